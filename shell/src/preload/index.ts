// The only bridge between a page and the shell: `window.deskShell`. Every page
// learns the kind and version; only the shell's local settings page gets the
// settings calls, and only the kiosk's web app the print calls (the main process
// checks the sender of each call again).
import type { ReceiptPrintState, TicketPrintState } from '@desk/common';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, IPC_EVENTS, readRendererArgs, type DeskShellApi } from '../common/ipc';
import { isShellKind } from '../common/kind';
import { isLocalPage } from '../common/navigation';
import type { SettingsInput } from '../common/settings';

const args = readRendererArgs(process.argv);

if (isShellKind(args.kind)) {
  const onSettingsPage = args.settingsPageUrl !== '' && isLocalPage(window.location.href, [args.settingsPageUrl]);
  // The web app comes from the server; the shell's own pages are files.
  const onWebApp = !window.location.href.startsWith('file:');
  const api: DeskShellApi = {
    kind: args.kind,
    version: args.version,
    ...(onSettingsPage
      ? {
          getSettings: () => ipcRenderer.invoke(IPC_CHANNELS.getSettings),
          saveSettings: (pin: string, settings: SettingsInput) =>
            ipcRenderer.invoke(IPC_CHANNELS.saveSettings, pin, {
              serverUrl: settings.serverUrl,
              language: settings.language,
              printerUrl: settings.printerUrl,
            }),
          setPin: (oldPin: string | null, newPin: string) => ipcRenderer.invoke(IPC_CHANNELS.setPin, oldPin, newPin),
        }
      : {}),
    ...(args.kind === 'kiosk' && onWebApp && !onSettingsPage
      ? {
          print: (ticketId, data) => ipcRenderer.invoke(IPC_CHANNELS.print, ticketId, data),
          onPrintState: (listener) => {
            // The page gets the state only, never Electron's event object.
            const forward = (_event: IpcRendererEvent, state: TicketPrintState) => listener(state);
            ipcRenderer.on(IPC_EVENTS.printState, forward);
            return () => void ipcRenderer.removeListener(IPC_EVENTS.printState, forward);
          },
          printReceipt: (trackingCode, data) => ipcRenderer.invoke(IPC_CHANNELS.printReceipt, trackingCode, data),
          onReceiptPrintState: (listener) => {
            const forward = (_event: IpcRendererEvent, state: ReceiptPrintState) => listener(state);
            ipcRenderer.on(IPC_EVENTS.receiptPrintState, forward);
            return () => void ipcRenderer.removeListener(IPC_EVENTS.receiptPrintState, forward);
          },
        }
      : {}),
  };
  contextBridge.exposeInMainWorld('deskShell', api);
} else {
  console.error(`[desk-shell] preload started without a valid --desk-kind (${args.kind || 'none'})`);
}
