// The admin PIN as typed: Persian, Arabic-Indic or Latin digits, 4 to 8 of them.
import { toLatinDigits } from '@desk/common/persian';

export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;

/** `'۱۲۳۴'`, `'١٢٣٤'` and `'1234'` are the same PIN: `'1234'`. */
export function normalizePin(input: unknown): { ok: true; pin: string } | { ok: false; message: string } {
  if (typeof input !== 'string') return { ok: false, message: 'رمز مدیر را وارد کنید.' };
  const pin = toLatinDigits(input.trim());
  if (pin === '') return { ok: false, message: 'رمز مدیر را وارد کنید.' };
  if (!/^[0-9]+$/.test(pin)) return { ok: false, message: 'رمز مدیر فقط از رقم تشکیل می‌شود.' };
  if (pin.length < PIN_MIN_DIGITS || pin.length > PIN_MAX_DIGITS) {
    return { ok: false, message: 'رمز مدیر باید ۴ تا ۸ رقم باشد.' };
  }
  return { ok: true, pin };
}
