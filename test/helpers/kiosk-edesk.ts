// A visitor's fingers on the kiosk's e-desk screens (the digit pad, the Persian
// keyboard, «ادامه»), and the phone that receives the SMS code (the file outbox).
// For the end-to-end tests of a request made at the kiosk.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { toLatinDigits, toPersianDigits } from '@desk/common';

/** Generous: the machine is small and shared; we wait for states, never time them. */
export const WAIT = 30_000;

export const tapDigits = async (page: Page, digits: string) => {
  for (const d of digits) await page.click(`[data-testid="keypad"] [data-key="${d}"]`);
};
/** On the Persian keyboard: letters, spaces, and digits in their Persian shapes. */
export const typePersian = async (page: Page, text: string) => {
  for (const ch of toPersianDigits(text)) await page.click(`[data-testid="keyboard"] [data-key="${ch}"]`);
};
export const next = (page: Page) => page.click('[data-testid="edesk-next"]');
export const atStep = (page: Page, step: string) => page.locator(`[data-testid="edesk-step"][data-step="${step}"]`).waitFor({ timeout: WAIT });
export const text = async (page: Page, testId: string) => ((await page.locator(`[data-testid="${testId}"]`).first().textContent({ timeout: WAIT })) ?? '').trim();

/** The SMS texts the office sent to `mobile`, oldest first. */
export async function smsTo(dataDir: string, mobile: string): Promise<string[]> {
  const raw = await readFile(join(dataDir, 'outbox', 'sms.jsonl'), 'utf8').catch(() => '');
  return raw
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { to: string; text: string })
    .filter((m) => m.to === mobile)
    .map((m) => m.text);
}

/** The one-time code in the newest SMS, once more than `before` codes have arrived. */
export async function newOtp(dataDir: string, mobile: string, before: number): Promise<string> {
  let code = '';
  await expect
    .poll(async () => {
      const codes = (await smsTo(dataDir, mobile)).filter((t) => t.includes('کد یکبارمصرف'));
      code = codes.length > before ? (/\d{6}/.exec(toLatinDigits(codes.at(-1)!))?.[0] ?? '') : '';
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code;
}
