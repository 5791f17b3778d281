// The shell's settings: what they may hold, how they are checked (with
// Persian messages a person can act on) and where the first value comes from.
import { toLatinDigits, type Lang } from '@desk/common/persian';
import { parsePrinterUrl } from '@desk/printers/printer-url';

export interface Settings {
  /** Origin of the office server, e.g. `http://192.168.1.10:8080` (no path). */
  serverUrl: string;
  /** `scrypt$<salt b64>$<hash b64>`, or null before the first settings visit. */
  adminPinHash: string | null;
  language: Lang;
  /**
   * A kiosk's own ticket printer (printers/README.md: `serial:///dev/ttyUSB0?baud=19200`,
   * `file:///dev/usb/lp0`, `\\.\COM3`, `tcp://192.168.1.50:9100`); '' = none.
   */
  printerUrl: string;
}

/** What the settings page may change; the PIN changes through its own call. */
export interface SettingsInput {
  serverUrl: string;
  language: Lang;
  /** Absent: left as it is. */
  printerUrl?: string;
}

export const DEFAULT_SERVER_URL = 'http://localhost:8080';
export const DEFAULT_SETTINGS: Settings = { serverUrl: DEFAULT_SERVER_URL, adminPinHash: null, language: 'fa', printerUrl: '' };
export const SETTINGS_FILE_NAME = 'desk-settings.json';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const SERVER_URL_EXAMPLE = 'http://192.168.1.10:8080';

/** A server address as typed → its origin, or a Persian message saying what to fix. */
export function checkServerUrl(input: unknown): Checked<string> {
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, message: `نشانی سرور را وارد کنید؛ مثلاً ${SERVER_URL_EXAMPLE}` };
  }
  let url: URL;
  try {
    // Digits typed on a Persian keyboard are still digits.
    url = new URL(toLatinDigits(input.trim()));
  } catch {
    return { ok: false, message: `نشانی سرور درست نیست. نمونهٔ درست: ${SERVER_URL_EXAMPLE}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `نشانی سرور باید با http:// یا https:// شروع شود؛ مثلاً ${SERVER_URL_EXAMPLE}` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: 'نشانی سرور نباید نام کاربری یا رمز داشته باشد.' };
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return {
      ok: false,
      message: `فقط نشانی و درگاه سرور را بنویسید، بدون مسیر؛ مثلاً ${SERVER_URL_EXAMPLE}`,
    };
  }
  return { ok: true, value: url.origin };
}

export function checkLanguage(input: unknown): Checked<Lang> {
  return input === 'fa' || input === 'en'
    ? { ok: true, value: input }
    : { ok: false, message: 'زبان باید «فارسی» یا «انگلیسی» باشد.' };
}

/** Left-to-right text inside a Persian sentence, kept whole (Unicode isolates: LRI … PDI). */
const ltr = (text: string): string => `\u2066${text}\u2069`;
const PRINTER_URL_EXAMPLES = [
  ltr('serial:///dev/ttyUSB0?baud=19200'),
  ltr('\\\\.\\COM3'),
  ltr('file:///dev/usb/lp0'),
  ltr('tcp://192.168.1.50:9100'),
].join('، ');

/**
 * A printer address as typed → the address to print on ('' = no printer of its own),
 * or a Persian message saying what to fix. The check is the printers package's own parser.
 */
export function checkPrinterUrl(input: unknown): Checked<string> {
  if (input === undefined || input === null) return { ok: true, value: '' };
  if (typeof input !== 'string') return { ok: false, message: 'نشانی چاپگر باید متن باشد.' };
  // Digits typed on a Persian keyboard are still digits (a port, a baud rate).
  const text = toLatinDigits(input.trim());
  if (text === '') return { ok: true, value: '' };
  try {
    parsePrinterUrl(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `نشانی چاپگر درست نیست. نمونه‌ها: ${PRINTER_URL_EXAMPLES}. اگر این دستگاه چاپگر ندارد، خالی بگذارید. (${ltr(detail)})`,
    };
  }
  return { ok: true, value: text };
}

export type SettingsInputField = keyof SettingsInput;

/** What the settings page sent → checked input, or the first field to fix. */
export function checkSettingsInput(
  input: unknown,
): { ok: true; value: SettingsInput } | { ok: false; field: SettingsInputField; message: string } {
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const serverUrl = checkServerUrl(record.serverUrl);
  if (!serverUrl.ok) return { ok: false, field: 'serverUrl', message: serverUrl.message };
  const language = checkLanguage(record.language);
  if (!language.ok) return { ok: false, field: 'language', message: language.message };
  const value: SettingsInput = { serverUrl: serverUrl.value, language: language.value };
  if (record.printerUrl !== undefined) {
    const printerUrl = checkPrinterUrl(record.printerUrl);
    if (!printerUrl.ok) return { ok: false, field: 'printerUrl', message: printerUrl.message };
    value.printerUrl = printerUrl.value;
  }
  return { ok: true, value };
}

const PIN_HASH_PATTERN = /^scrypt\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/;

/**
 * The settings file's text → settings. A field that is missing or wrong falls
 * back to its default and is reported, so a hand-edited file cannot keep a
 * kiosk from starting.
 */
export function parseSettingsFile(text: string): { settings: Settings; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['the settings file is not valid JSON; using defaults'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['the settings file is not a JSON object; using defaults'] };
  }
  const record = data as Record<string, unknown>;
  const problems: string[] = [];

  const serverUrl = checkServerUrl(record.serverUrl);
  if (!serverUrl.ok) problems.push(`serverUrl ${JSON.stringify(record.serverUrl)} is not valid; using ${DEFAULT_SERVER_URL}`);

  const language = checkLanguage(record.language);
  if (!language.ok) problems.push(`language ${JSON.stringify(record.language)} is not valid; using fa`);

  let adminPinHash: string | null = null;
  if (typeof record.adminPinHash === 'string' && PIN_HASH_PATTERN.test(record.adminPinHash)) {
    adminPinHash = record.adminPinHash;
  } else if (record.adminPinHash !== null && record.adminPinHash !== undefined) {
    problems.push('adminPinHash is not a valid scrypt hash; the next settings visit sets a new PIN');
  }

  // A file from before printing, or without a printer: no printer of its own.
  const printerUrl = checkPrinterUrl(record.printerUrl);
  if (!printerUrl.ok) problems.push(`printerUrl ${JSON.stringify(record.printerUrl)} is not a printer address; printing locally is off`);

  return {
    settings: {
      serverUrl: serverUrl.ok ? serverUrl.value : DEFAULT_SERVER_URL,
      adminPinHash,
      language: language.ok ? language.value : 'fa',
      printerUrl: printerUrl.ok ? printerUrl.value : '',
    },
    problems,
  };
}

export function serializeSettings(settings: Settings): string {
  const { serverUrl, adminPinHash, language, printerUrl } = settings;
  return `${JSON.stringify({ serverUrl, adminPinHash, language, printerUrl }, null, 2)}\n`;
}

/**
 * The server address for a machine with no settings file yet: `--server=` on
 * the command line, else `DESK_SERVER_URL`, else the default. Once the file
 * exists it wins; the settings page is how the address changes afterwards.
 */
export function seedServerUrl(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { serverUrl: string; source: 'argument' | 'environment' | 'default'; warnings: string[] } {
  const warnings: string[] = [];
  const argument = argv.find((a) => a.startsWith('--server='))?.slice('--server='.length);
  if (argument !== undefined) {
    const checked = checkServerUrl(argument);
    if (checked.ok) return { serverUrl: checked.value, source: 'argument', warnings };
    warnings.push(`--server=${argument} is not a valid server address (${checked.message}); ignored`);
  }
  const fromEnv = env.DESK_SERVER_URL;
  if (fromEnv !== undefined && fromEnv !== '') {
    const checked = checkServerUrl(fromEnv);
    if (checked.ok) return { serverUrl: checked.value, source: 'environment', warnings };
    warnings.push(`DESK_SERVER_URL=${fromEnv} is not a valid server address (${checked.message}); ignored`);
  }
  return { serverUrl: DEFAULT_SERVER_URL, source: 'default', warnings };
}
