// What the settings page may do: read the settings, change them with the admin
// PIN, set or change the PIN. Every answer is a value with a Persian message.
import { toPersianDigits } from '@desk/common/persian';
import type { ShellError, ShellResult, SettingsView } from '../common/ipc';
import { normalizePin } from '../common/pin';
import { afterWrongPin, NO_PIN_FAILURES, pinLockRemaining, type PinAttempts } from '../common/pin-attempts';
import { checkSettingsInput, DEFAULT_SETTINGS, seedServerUrl, type Settings } from '../common/settings';
import { hashPin, verifyPin } from './pin-hash';
import type { SettingsStore } from './settings-store';

type Log = (message: string) => void;

/**
 * The settings at start-up. A machine with no file yet takes the server from
 * `--server=` or `DESK_SERVER_URL` and writes it down, so later starts (and the
 * settings page) own the value.
 */
export async function loadOrSeedSettings(
  store: SettingsStore,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  log: Log = console.warn,
): Promise<Settings> {
  const seed = seedServerUrl(argv, env);
  seed.warnings.forEach((w) => log(`[desk-shell] ${w}`));
  const loaded = await store.load();
  if (loaded.state === 'ok') {
    loaded.problems.forEach((p) => log(`[desk-shell] ${store.file}: ${p}`));
    if (seed.source !== 'default' && seed.serverUrl !== loaded.settings.serverUrl) {
      log(
        `[desk-shell] ${store.file} already names ${loaded.settings.serverUrl}; ` +
          `${seed.serverUrl} from the ${seed.source} is ignored (change it with Ctrl+Shift+F12)`,
      );
    }
    return loaded.settings;
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, serverUrl: seed.serverUrl };
  try {
    await store.save(settings);
  } catch (error) {
    log(`[desk-shell] could not write ${store.file}: ${String(error)}`);
  }
  return settings;
}

export interface SettingsService {
  current(): Settings;
  view(): SettingsView;
  save(pin: unknown, input: unknown): Promise<ShellResult<SettingsView>>;
  setPin(oldPin: unknown, newPin: unknown): Promise<ShellResult<SettingsView>>;
}

export function createSettingsService(
  store: SettingsStore,
  initial: Settings,
  options: { now?: () => number } = {},
): SettingsService {
  const now = options.now ?? Date.now;
  let settings = { ...initial };
  let attempts: PinAttempts = NO_PIN_FAILURES;
  // One change at a time: two quick clicks must not interleave read-check-write.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const view = (): SettingsView => ({
    serverUrl: settings.serverUrl,
    language: settings.language,
    printerUrl: settings.printerUrl,
    hasPin: settings.adminPinHash !== null,
  });
  const fail = (error: ShellError): ShellResult<SettingsView> => ({ ok: false, error });

  /** null when `typed` is the admin PIN, else why not. */
  async function checkAdminPin(typed: unknown, field: 'pin' | 'oldPin'): Promise<ShellError | null> {
    if (settings.adminPinHash === null) {
      return { code: 'PIN_NOT_SET', message: 'ابتدا رمز مدیر را تعیین کنید.', field };
    }
    const wait = pinLockRemaining(attempts, now());
    if (wait > 0) {
      const seconds = toPersianDigits(Math.ceil(wait / 1000));
      return {
        code: 'PIN_LOCKED',
        message: `چند بار رمز نادرست وارد شد. لطفاً ${seconds} ثانیهٔ دیگر دوباره امتحان کنید.`,
        field,
      };
    }
    const pin = normalizePin(typed);
    if (!pin.ok) return { code: 'INVALID_PIN', message: pin.message, field };
    if (!(await verifyPin(pin.pin, settings.adminPinHash))) {
      attempts = afterWrongPin(attempts, now());
      return { code: 'WRONG_PIN', message: 'رمز مدیر درست نیست.', field };
    }
    attempts = NO_PIN_FAILURES;
    return null;
  }

  async function write(next: Settings): Promise<ShellResult<SettingsView>> {
    try {
      await store.save(next);
    } catch (error) {
      return fail({ code: 'WRITE_FAILED', message: `ذخیرهٔ تنظیمات روی این دستگاه ممکن نشد (${String(error)}).` });
    }
    settings = next;
    return { ok: true, value: view() };
  }

  return {
    current: () => ({ ...settings }),
    view,
    save: (pin, input) =>
      serialized(async () => {
        const pinError = await checkAdminPin(pin, 'pin');
        if (pinError) return fail(pinError);
        const checked = checkSettingsInput(input);
        if (!checked.ok) return fail({ code: 'INVALID_SETTINGS', message: checked.message, field: checked.field });
        return write({ ...settings, ...checked.value });
      }),
    setPin: (oldPin, newPin) =>
      serialized(async () => {
        if (settings.adminPinHash !== null) {
          const pinError = await checkAdminPin(oldPin, 'oldPin');
          if (pinError) return fail(pinError);
        }
        const next = normalizePin(newPin);
        if (!next.ok) return fail({ code: 'INVALID_PIN', message: next.message, field: 'newPin' });
        return write({ ...settings, adminPinHash: await hashPin(next.pin) });
      }),
  };
}
