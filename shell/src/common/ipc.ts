// The contract between the main process, the preload and the settings page:
// channel names, what each call answers, and who may call.
import type { Lang } from '@desk/common/persian';
import type { ShellKind } from './kind';
import { isLocalPage } from './navigation';
import type { SettingsInput } from './settings';

export const IPC_CHANNELS = {
  getSettings: 'desk-shell:settings:get',
  saveSettings: 'desk-shell:settings:save',
  setPin: 'desk-shell:settings:set-pin',
} as const;

export type ShellErrorCode =
  | 'FORBIDDEN'
  | 'PIN_NOT_SET'
  | 'WRONG_PIN'
  | 'PIN_LOCKED'
  | 'INVALID_PIN'
  | 'INVALID_SETTINGS'
  | 'WRITE_FAILED';

export interface ShellError {
  code: ShellErrorCode;
  /** Persian, for the person at the machine. */
  message: string;
  /** The form field to point at, when there is one. */
  field?: 'serverUrl' | 'language' | 'pin' | 'oldPin' | 'newPin';
}

export type ShellResult<T> = { ok: true; value: T } | { ok: false; error: ShellError };

/** What the settings page may read: never the PIN hash. */
export interface SettingsView {
  serverUrl: string;
  language: Lang;
  hasPin: boolean;
}

/** `window.deskShell`. The settings calls exist only on the shell's settings page. */
export interface DeskShellApi {
  readonly kind: ShellKind;
  readonly version: string;
  getSettings?: () => Promise<ShellResult<SettingsView>>;
  saveSettings?: (pin: string, settings: SettingsInput) => Promise<ShellResult<SettingsView>>;
  /** `oldPin` is null for the first PIN on a fresh machine. */
  setPin?: (oldPin: string | null, newPin: string) => Promise<ShellResult<SettingsView>>;
}

/** Who sent a settings call, as the main process sees it. */
export interface SettingsSender {
  webContentsId: number;
  /** URL of the sending frame, null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

/** A settings call is honoured only from the main frame of the shell's window showing the local settings page. */
export function isTrustedSettingsSender(
  sender: SettingsSender,
  trusted: { webContentsId: number; settingsPageUrl: string },
): boolean {
  return (
    sender.webContentsId === trusted.webContentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isLocalPage(sender.frameUrl, [trusted.settingsPageUrl])
  );
}

export const FORBIDDEN: ShellError = {
  code: 'FORBIDDEN',
  message: 'این درخواست فقط از صفحهٔ تنظیمات دستگاه پذیرفته می‌شود.',
};

// Main tells the preload its kind, version and settings page through the renderer's argv.
const ARG_KIND = '--desk-kind=';
const ARG_VERSION = '--desk-version=';
const ARG_SETTINGS_PAGE = '--desk-settings-page=';

export interface RendererArgs {
  kind: ShellKind;
  version: string;
  settingsPageUrl: string;
}

export function rendererArgs(args: RendererArgs): string[] {
  return [`${ARG_KIND}${args.kind}`, `${ARG_VERSION}${args.version}`, `${ARG_SETTINGS_PAGE}${args.settingsPageUrl}`];
}

export function readRendererArgs(argv: readonly string[]): { kind: string; version: string; settingsPageUrl: string } {
  const value = (prefix: string): string => argv.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? '';
  return { kind: value(ARG_KIND), version: value(ARG_VERSION), settingsPageUrl: value(ARG_SETTINGS_PAGE) };
}
