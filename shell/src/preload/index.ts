// The only bridge between a page and the shell: `window.deskShell`. Every page
// learns the kind and version; only the shell's local settings page gets the
// settings calls (and the main process checks the sender again).
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, readRendererArgs, type DeskShellApi } from '../common/ipc';
import { isShellKind } from '../common/kind';
import { isLocalPage } from '../common/navigation';
import type { SettingsInput } from '../common/settings';

const args = readRendererArgs(process.argv);

if (isShellKind(args.kind)) {
  const onSettingsPage = args.settingsPageUrl !== '' && isLocalPage(window.location.href, [args.settingsPageUrl]);
  const api: DeskShellApi = {
    kind: args.kind,
    version: args.version,
    ...(onSettingsPage
      ? {
          getSettings: () => ipcRenderer.invoke(IPC_CHANNELS.getSettings),
          saveSettings: (pin: string, settings: SettingsInput) =>
            ipcRenderer.invoke(IPC_CHANNELS.saveSettings, pin, { serverUrl: settings.serverUrl, language: settings.language }),
          setPin: (oldPin: string | null, newPin: string) => ipcRenderer.invoke(IPC_CHANNELS.setPin, oldPin, newPin),
        }
      : {}),
  };
  contextBridge.exposeInMainWorld('deskShell', api);
} else {
  console.error(`[desk-shell] preload started without a valid --desk-kind (${args.kind || 'none'})`);
}
