// The contract between the main process, the preload and the pages: channel
// names, what each call answers, and who may call.
import type { ReceiptPrintState, TicketPrintState } from '@desk/common';
import type { Lang } from '@desk/common/persian';
// Type only: the preload and the pages never bundle the printers package.
import type { ReceiptPrint, TicketPrint } from '@desk/printers';
import type { ShellKind } from './kind';
import { isAllowedNavigation, isLocalPage } from './navigation';
import type { SettingsInput } from './settings';

/** Calls (invoke → answer). */
export const IPC_CHANNELS = {
  getSettings: 'desk-shell:settings:get',
  saveSettings: 'desk-shell:settings:save',
  setPin: 'desk-shell:settings:set-pin',
  print: 'desk-shell:print',
  printReceipt: 'desk-shell:print-receipt',
} as const;

/** Messages from main to the page. */
export const IPC_EVENTS = {
  /** A `TicketPrintState` whenever a ticket's print job changes. */
  printState: 'desk-shell:print-state',
  /** A `ReceiptPrintState` whenever an e-desk receipt's print job changes. */
  receiptPrintState: 'desk-shell:receipt-print-state',
} as const;

export type ShellErrorCode =
  | 'FORBIDDEN'
  | 'PIN_NOT_SET'
  | 'WRONG_PIN'
  | 'PIN_LOCKED'
  | 'INVALID_PIN'
  | 'INVALID_SETTINGS'
  | 'WRITE_FAILED'
  | 'INVALID_PRINT'
  | 'NO_PRINTER'
  | 'PRINTER_UNAVAILABLE';

export interface ShellError {
  code: ShellErrorCode;
  /** Persian, for the person at the machine. */
  message: string;
  /** The form field to point at, when there is one. */
  field?: 'serverUrl' | 'language' | 'printerUrl' | 'pin' | 'oldPin' | 'newPin';
}

export type ShellResult<T> = { ok: true; value: T } | { ok: false; error: ShellError };

/** What the settings page may read: never the PIN hash. */
export interface SettingsView {
  serverUrl: string;
  language: Lang;
  /** The kiosk's own printer; '' = none. */
  printerUrl: string;
  hasPin: boolean;
}

/** The answer to `print`: at once, with where the job stands (never after the paper). */
export type PrintAnswer = { ok: true; state: TicketPrintState } | { ok: false; error: ShellError };

/** The answer to `printReceipt`: the same, for a receipt. */
export type ReceiptPrintAnswer = { ok: true; state: ReceiptPrintState } | { ok: false; error: ShellError };

/**
 * `window.deskShell`. The settings calls exist only on the shell's settings page;
 * the print calls only in the kiosk shell's web app.
 */
export interface DeskShellApi {
  readonly kind: ShellKind;
  readonly version: string;
  getSettings?: () => Promise<ShellResult<SettingsView>>;
  saveSettings?: (pin: string, settings: SettingsInput) => Promise<ShellResult<SettingsView>>;
  /** `oldPin` is null for the first PIN on a fresh machine. */
  setPin?: (oldPin: string | null, newPin: string) => Promise<ShellResult<SettingsView>>;
  /** Print a ticket on the kiosk's own printer; the same ticket id prints once. */
  print?: (ticketId: string, data: TicketPrint) => Promise<PrintAnswer>;
  /** Hear how tickets print; answers the unsubscribe. */
  onPrintState?: (listener: (state: TicketPrintState) => void) => () => void;
  /** Print the receipt of a request the kiosk just took (data from the server); one tracking code prints once. */
  printReceipt?: (trackingCode: string, data: ReceiptPrint) => Promise<ReceiptPrintAnswer>;
  /** Hear how receipts print; answers the unsubscribe. */
  onReceiptPrintState?: (listener: (state: ReceiptPrintState) => void) => () => void;
}

/** Who sent a call, as the main process sees it. */
export interface IpcSender {
  webContentsId: number;
  /** URL of the sending frame, null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

/** A settings call is honoured only from the main frame of the shell's window showing the local settings page. */
export function isTrustedSettingsSender(
  sender: IpcSender,
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

/**
 * A print call is honoured only from the main frame of the shell's window showing
 * the kind's own web app on the configured server (`<server>/kiosk...`).
 */
export function isTrustedAppSender(
  sender: IpcSender,
  trusted: { webContentsId: number; serverUrl: string; kind: ShellKind },
): boolean {
  return (
    sender.webContentsId === trusted.webContentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAllowedNavigation(sender.frameUrl, trusted.serverUrl, trusted.kind)
  );
}

export const PRINT_FORBIDDEN: ShellError = {
  code: 'FORBIDDEN',
  message: 'چاپ فقط از برنامهٔ کیوسک روی سرور همین اداره پذیرفته می‌شود.',
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
