// The tracking code (کد رهگیری) given the moment a request is accepted.
// Digits only, so it is typed on a phone keypad and read aloud in Persian without
// ambiguity: 10 random digits (the first never 0, so it cannot be taken for a
// mobile number «09…» or lose a leading zero in a spreadsheet) and a Damm check
// digit, which catches every single wrong digit and every swap of two neighbours.
import { toLatinDigits, toPersianDigits, type Lang } from '../persian';
import { caseMessage, type CaseMessageKey } from './messages';

export const TRACKING_CODE_LENGTH = 11;

/** Damm's totally anti-symmetric quasigroup of order 10. */
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function dammInterim(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]![ch.charCodeAt(0) - 48]!;
  return interim;
}

/** The digit to append to `digits` (Latin digits only). */
export function dammCheckDigit(digits: string): number {
  return dammInterim(digits);
}

/** A digit string whose last digit is its Damm check digit. */
export function hasValidCheckDigit(code: string): boolean {
  return /^\d+$/.test(code) && dammInterim(code) === 0;
}

/** Fills a buffer with random bytes; injectable so tests are repeatable. */
export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/** Uniform random digits from random bytes (bytes ≥ 250 are dropped: no modulo bias). */
function randomDigits(count: number, random: RandomBytes, first = 0): string {
  let out = '';
  while (out.length < count) {
    for (const byte of random(count * 2)) {
      if (byte >= 250) continue;
      const digit = byte % 10;
      if (out.length === 0 && digit < first) continue;
      out += String(digit);
      if (out.length === count) break;
    }
  }
  return out;
}

/** A fresh tracking code: 11 Latin digits. Uniqueness against existing cases is the caller's (the engine retries). */
export function createTrackingCode(random: RandomBytes = cryptoRandomBytes): string {
  const body = randomDigits(TRACKING_CODE_LENGTH - 1, random, 1);
  return body + String(dammCheckDigit(body));
}

/**
 * A code no existing case has. With 9·10⁹ codes a clash is rare but not
 * impossible (a birthday collision is even odds by ~100 000 cases), so the engine
 * draws again until the code is free; undefined after `attempts` clashes.
 */
export function nextFreeTrackingCode(generate: () => string, isTaken: (code: string) => boolean, attempts = 20): string | undefined {
  for (let i = 0; i < attempts; i++) {
    const code = generate();
    if (!isTaken(code)) return code;
  }
  return undefined;
}

/**
 * «۱۲۳۴-۵۶۷۸-۹۰۱»: groups of 4-4-3 joined by hyphens. A hyphen between digits
 * keeps the groups in reading order inside right-to-left text; a space would let
 * the bidi algorithm lay the groups out right to left.
 */
export function formatTrackingCode(code: string, lang: Lang = 'fa'): string {
  const latin = toLatinDigits(code).replace(/\D/g, '');
  const grouped = [latin.slice(0, 4), latin.slice(4, 8), latin.slice(8)].filter(Boolean).join('-');
  return lang === 'fa' ? toPersianDigits(grouped) : grouped;
}

export type TrackingCodeError = Extract<CaseMessageKey, `tracking.${string}`>;

export type ParsedTrackingCode = { ok: true; code: string } | { ok: false; error: { code: TrackingCodeError; message: string } };

/** What a person typed (Persian, Arabic or Latin digits; spaces, dashes) → the stored code. */
export function parseTrackingCode(input: string, lang: Lang = 'fa'): ParsedTrackingCode {
  const compact = toLatinDigits(input).replace(/[\s\-‐‑‒–—_.\u200c\u200e\u200f]/g, '');
  const fail = (code: TrackingCodeError): ParsedTrackingCode => ({ ok: false, error: { code, message: caseMessage(code, undefined, lang) } });
  if (!new RegExp(`^\\d{${TRACKING_CODE_LENGTH}}$`).test(compact)) return fail('tracking.format');
  if (!hasValidCheckDigit(compact)) return fail('tracking.checkDigit');
  return { ok: true, code: compact };
}
