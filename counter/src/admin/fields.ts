// Reading typed form fields: people type Persian, Arabic or Latin digits, and
// Arabic ي/ك; what we send is Latin digits and Persian letters.
import { normalizePersianText, toLatinDigits } from '@desk/common';
import type { Problem, Problems } from '../problems';

/** One field read from a form: its value, or what is wrong with it. */
export type Read<T> = { value: T } | { problem: Problem };

/** Keep the value of a read field, noting its problem under `field` if it has one. */
export function take<T, F extends string>(problems: Problems<F>, field: F, read: Read<T>): T | undefined {
  if ('problem' in read) {
    problems[field] ??= read.problem;
    return undefined;
  }
  return read.value;
}

/** A whole number typed in any digits, or null when it is not one. */
export function parseWhole(text: string): number | null {
  const latin = toLatinDigits(text.trim());
  return /^\d{1,9}$/.test(latin) ? Number(latin) : null;
}

/** The number, or the problem «a whole number between min and max». */
export function wholeBetween(text: string, min: number, max: number): Read<number> {
  const n = parseWhole(text);
  if (n === null || n < min || n > max) return { problem: { key: 'form.wholeBetween', params: { min, max } } };
  return { value: n };
}

/** A name as stored, or the problem with it. */
export function nameField(text: string, min = 2, max = 300): Read<string> {
  const value = normalizePersianText(text);
  if (!value) return { problem: { key: 'form.required' } };
  if (value.length < min) return { problem: { key: 'form.tooShort', params: { min } } };
  if (value.length > max) return { problem: { key: 'form.tooLong', params: { max } } };
  return { value };
}

/** 'H:MM' or 'HH:MM' in any digits → 'HH:MM', or null. */
export function parseClockTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(toLatinDigits(text.trim()));
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** Same text for comparing names: normalised, case folded. */
export function sameName(a: string, b: string): boolean {
  return normalizePersianText(a).toLowerCase() === normalizePersianText(b).toLowerCase();
}
