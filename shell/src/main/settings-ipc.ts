// The settings channels. Only the shell's own settings page may call them.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { FORBIDDEN, IPC_CHANNELS, isTrustedSettingsSender, type SettingsView, type ShellResult } from '../common/ipc';
import type { SettingsService } from '../node/settings-service';
import { senderOf } from './ipc-sender';

export interface SettingsIpcOptions {
  service: SettingsService;
  /** The shell window's web contents id and settings page, read at each call. */
  trusted: () => { webContentsId: number; settingsPageUrl: string };
  /** After a successful save: the shell goes back to the (maybe new) server. */
  onSaved: () => void;
}

export function registerSettingsIpc(options: SettingsIpcOptions): void {
  const guarded =
    (work: (...args: unknown[]) => Promise<ShellResult<SettingsView>>) =>
    (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<ShellResult<SettingsView>> => {
      if (!isTrustedSettingsSender(senderOf(event), options.trusted())) {
        console.warn(`[desk-shell] refused a settings call from ${event.senderFrame?.url ?? 'a closed frame'}`);
        return Promise.resolve({ ok: false, error: FORBIDDEN });
      }
      return work(...args);
    };

  ipcMain.handle(
    IPC_CHANNELS.getSettings,
    guarded(async () => ({ ok: true, value: options.service.view() })),
  );
  ipcMain.handle(
    IPC_CHANNELS.saveSettings,
    guarded(async (pin, settings) => {
      const result = await options.service.save(pin, settings);
      if (result.ok) options.onSaved();
      return result;
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.setPin,
    guarded((oldPin, newPin) => options.service.setPin(oldPin, newPin)),
  );
}
