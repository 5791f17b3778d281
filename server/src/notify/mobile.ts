// Iranian mobile numbers as people type them (+98, 0098, 98, 9…, Persian or Arabic
// digits, spaces and dashes) → the one form we store and send to: 09xxxxxxxxx.
import { toLatinDigits } from '@desk/common';

export function normalizeMobile(input: string): string | null {
  const digits = toLatinDigits(String(input))
    .trim()
    .replace(/^\+/, '00')
    .replace(/[\s\-().\u200c\u200e\u200f]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  let national: string;
  if (digits.startsWith('0098')) national = digits.slice(4);
  else if (digits.startsWith('98') && digits.length === 12) national = digits.slice(2);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else national = digits;
  return /^9\d{9}$/.test(national) ? `0${national}` : null;
}

/** 09121234567 → 989121234567, for gateways that want the international form. */
export function internationalMobile(mobile: string): string {
  return `98${mobile.slice(1)}`;
}

/** 09121234567 → 0912***4567, for logs people may read over a shoulder. */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 4)}***${mobile.slice(7)}` : '***';
}
