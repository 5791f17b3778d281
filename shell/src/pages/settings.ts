// The settings page: set the first admin PIN, change the server address, the
// language and (on a kiosk) its own ticket printer with the PIN, change the PIN. Talks to the shell only through
// `window.deskShell` (see src/preload).
import { toLatinDigits, toPersianDigits } from '@desk/common/persian';
import type { DeskShellApi, SettingsView, ShellError, ShellResult } from '../common/ipc';
import { isShellKind, KIND_LABELS } from '../common/kind';

declare global {
  interface Window {
    deskShell?: DeskShellApi;
  }
}

type SettingsApi = Required<Pick<DeskShellApi, 'getSettings' | 'saveSettings' | 'setPin'>>;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`settings page: #${id} is missing`);
  return found as T;
}

const status = element<HTMLParagraphElement>('status');
const forms = {
  firstPin: element<HTMLFormElement>('first-pin-form'),
  settings: element<HTMLFormElement>('settings-form'),
  changePin: element<HTMLFormElement>('change-pin-form'),
};
const fields = {
  firstPin: element<HTMLInputElement>('first-pin'),
  firstPinRepeat: element<HTMLInputElement>('first-pin-repeat'),
  serverUrl: element<HTMLInputElement>('server-url'),
  language: element<HTMLSelectElement>('language'),
  printerUrl: element<HTMLInputElement>('printer-url'),
  pin: element<HTMLInputElement>('pin'),
  oldPin: element<HTMLInputElement>('old-pin'),
  newPin: element<HTMLInputElement>('new-pin'),
  newPinRepeat: element<HTMLInputElement>('new-pin-repeat'),
};

function say(message: string, tone: 'info' | 'error' | 'success' = 'info'): void {
  status.textContent = message;
  status.className = tone === 'info' ? 'status' : `status ${tone}`;
}

function clearInvalid(): void {
  Object.values(fields).forEach((f) => f.removeAttribute('aria-invalid'));
}

function markInvalid(field: HTMLInputElement | HTMLSelectElement): void {
  field.setAttribute('aria-invalid', 'true');
  field.focus();
}

/** The form field an error from the shell points at, in the form that was sent. */
function fieldFor(error: ShellError, form: 'firstPin' | 'settings' | 'changePin'): HTMLInputElement | HTMLSelectElement | null {
  switch (error.field) {
    case 'serverUrl':
      return fields.serverUrl;
    case 'language':
      return fields.language;
    case 'printerUrl':
      return fields.printerUrl;
    case 'pin':
      return fields.pin;
    case 'oldPin':
      return fields.oldPin;
    case 'newPin':
      return form === 'firstPin' ? fields.firstPin : fields.newPin;
    default:
      return null;
  }
}

function sameDigits(a: string, b: string): boolean {
  return toLatinDigits(a.trim()) === toLatinDigits(b.trim());
}

function show(view: SettingsView): void {
  forms.firstPin.hidden = view.hasPin;
  forms.settings.hidden = !view.hasPin;
  element('change-pin-section').hidden = !view.hasPin;
  fields.serverUrl.value = view.serverUrl;
  fields.language.value = view.language;
  fields.printerUrl.value = view.printerUrl;
}

/** Runs one call with the form's button disabled; answers the result or null after an unexpected failure. */
async function call(
  form: HTMLFormElement,
  work: () => Promise<ShellResult<SettingsView>>,
): Promise<ShellResult<SettingsView> | null> {
  const buttons = Array.from(form.querySelectorAll('button'));
  buttons.forEach((b) => (b.disabled = true));
  try {
    return await work();
  } catch (error) {
    console.error(error);
    say('خطای غیرمنتظره‌ای رخ داد. لطفاً دوباره امتحان کنید.', 'error');
    return null;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

function wire(api: SettingsApi): void {
  forms.firstPin.addEventListener('submit', (event) => {
    event.preventDefault();
    clearInvalid();
    const pin = fields.firstPin.value;
    if (!sameDigits(pin, fields.firstPinRepeat.value)) {
      say('رمز و تکرار آن یکسان نیستند.', 'error');
      markInvalid(fields.firstPinRepeat);
      return;
    }
    void call(forms.firstPin, () => api.setPin(null, pin)).then((result) => {
      if (!result) return;
      if (!result.ok) {
        say(result.error.message, 'error');
        const field = fieldFor(result.error, 'firstPin');
        if (field) markInvalid(field);
        return;
      }
      forms.firstPin.reset();
      show(result.value);
      fields.pin.value = pin;
      say('رمز مدیر تعیین شد. اکنون نشانی سرور را بررسی و ذخیره کنید.', 'success');
      fields.serverUrl.focus();
    });
  });

  forms.settings.addEventListener('submit', (event) => {
    event.preventDefault();
    clearInvalid();
    const language = fields.language.value === 'en' ? 'en' : 'fa';
    const input = { serverUrl: fields.serverUrl.value, language, printerUrl: fields.printerUrl.value } as const;
    void call(forms.settings, () => api.saveSettings(fields.pin.value, input)).then((result) => {
      if (!result) return;
      if (!result.ok) {
        say(result.error.message, 'error');
        const field = fieldFor(result.error, 'settings');
        if (field) markInvalid(field);
        return;
      }
      show(result.value);
      fields.pin.value = '';
      say('تنظیمات ذخیره شد. دستگاه دوباره به سرور وصل می‌شود…', 'success');
    });
  });

  forms.changePin.addEventListener('submit', (event) => {
    event.preventDefault();
    clearInvalid();
    const newPin = fields.newPin.value;
    if (!sameDigits(newPin, fields.newPinRepeat.value)) {
      say('رمز جدید و تکرار آن یکسان نیستند.', 'error');
      markInvalid(fields.newPinRepeat);
      return;
    }
    void call(forms.changePin, () => api.setPin(fields.oldPin.value, newPin)).then((result) => {
      if (!result) return;
      if (!result.ok) {
        say(result.error.message, 'error');
        const field = fieldFor(result.error, 'changePin');
        if (field) markInvalid(field);
        return;
      }
      forms.changePin.reset();
      say('رمز مدیر تغییر کرد.', 'success');
    });
  });
}

async function start(): Promise<void> {
  const shell = window.deskShell;
  if (!shell?.getSettings || !shell.saveSettings || !shell.setPin) {
    element('unavailable').hidden = false;
    return;
  }
  const kindLabel = isShellKind(shell.kind) ? KIND_LABELS[shell.kind] : shell.kind;
  element('device').textContent = `${kindLabel} — نسخهٔ ${toPersianDigits(shell.version)}`;
  // Only a kiosk prints tickets; the others keep whatever the file says.
  element('printer-section').hidden = shell.kind !== 'kiosk';
  wire({ getSettings: shell.getSettings, saveSettings: shell.saveSettings, setPin: shell.setPin });

  const result = await shell.getSettings();
  if (!result.ok) {
    say(result.error.message, 'error');
    return;
  }
  show(result.value);
  (result.value.hasPin ? fields.serverUrl : fields.firstPin).focus();
}

void start();
