// End to end, the staff side of the e-desk (میز خدمت): a clerk registers a client's
// request in person, hands the printed receipt, and the case walks through the units'
// inboxes (review, the civil-registry inquiry answered by the agency's system, the
// finance decision) to the response at the desk. A clerk of another unit sees the case
// but may not act on it. Needs the built screens and Chromium, like test/e2e.test.ts.
import { describe, it, expect } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toLatinDigits, toPersianDigits } from '@desk/common';
import { SCREENSHOT_DIR, screenshot, type OpenedPage } from './helpers/browser';
import { useE2eOffice } from './helpers/office';

/** Generous: the machine is small and shared; we wait for states, never time them. */
const WAIT = 30_000;
const COUNTER_VIEWPORT = { width: 1366, height: 768 };

const office = useE2eOffice({ printer: true });

/** A small but well-formed one-page PDF (the server checks the bytes, not the name). */
function tinyPdf(title: string): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 20 100 Td (${title}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

async function signIn(username: string): Promise<OpenedPage> {
  const opened = await office.open('/counter/', COUNTER_VIEWPORT);
  const { page } = opened;
  await page.fill('[data-testid="login-username"]', username, { timeout: WAIT });
  await page.fill('[data-testid="login-password"]', 'clerk1234');
  await page.click('[data-testid="login-submit"]');
  await page.click('[data-testid="edesk-tab"]', { timeout: WAIT });
  await page.waitForSelector('[data-testid="edesk-inbox"] tbody tr', { timeout: WAIT });
  return opened;
}

/** Press the action, type in the dialog's box (if given), send with Enter; the notice says it was done. */
async function act(page: Page, action: string, dialog: string, fill?: { selector: string; text: string }): Promise<void> {
  await page.click(`[data-testid="${action}"]:not([disabled])`, { timeout: WAIT });
  await page.waitForSelector(`[data-testid="${dialog}"]`, { timeout: WAIT });
  if (fill) await page.fill(fill.selector, fill.text);
  else await page.focus(`[data-testid="${dialog}"] textarea`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid="${dialog}"]`, { state: 'detached', timeout: WAIT });
  await page.waitForSelector('[data-testid="case-notice"]', { timeout: WAIT });
}

const currentStep = (page: Page) => page.textContent('[data-testid="case-current-step"]');

describe('the e-desk at the counter', () => {
  it('a clerk registers an in-person request, prints the receipt, and the case goes through the units to the response', async () => {
    const files = join(office.dataDir, 'client-files');
    await mkdir(files, { recursive: true });
    const pdf = async (name: string) => {
      const path = join(files, name);
      await writeFile(path, tinyPdf(name));
      return path;
    };

    // ── clerk1 (desk, management, HR, finance) registers a death grant (s07) for a client at the desk ──
    const clerk1 = await signIn('clerk1');
    const p1 = clerk1.page;
    await p1.click('[data-testid="edesk-register-tab"]');
    await p1.fill('[data-testid="service-search"]', 'کمک‌هزینه فوت');
    await p1.click('[data-testid="service-s07"]', { timeout: WAIT });
    await p1.waitForSelector('[data-testid="register-form"]', { timeout: WAIT });
    expect(await p1.textContent('[data-testid="register-service"]')).toContain('فوت');

    // a wrong national ID is caught before anything is sent, in the server's Persian words
    await p1.fill('[data-testid="client-nationalId"]', '۰۰۱۲۳۴۵۶۷۸');
    await p1.click('[data-testid="register-submit"]');
    await p1.locator('.field-problem', { hasText: 'کد ملی درست نیست' }).first().waitFor({ timeout: WAIT });

    await p1.fill('[data-testid="client-nationalId"]', '۰۰۱۲۳۴۵۶۷۹');
    await p1.fill('[data-testid="client-name"]', 'مریم احمدی');
    await p1.fill('[data-testid="client-mobile"]', '۰۹۱۲۱۲۳۴۵۶۷');
    await p1.fill('[data-testid="field-deceasedNationalId"]', '2271334561');
    await p1.fill('[data-testid="field-deceasedName"]', 'رضا کریمی');
    await p1.fill('[data-testid="field-deathOn"]', '۱۴۰۵/۰۸/۰۱');
    await p1.selectOption('[data-testid="field-relationship"]', 'spouse');
    await p1.fill('[data-testid="field-sheba"]', 'IR120170000000123456789012');
    await p1.setInputFiles('[data-testid="file-doc-death-certificate"]', await pdf('death-certificate.pdf'));
    await p1.setInputFiles('[data-testid="file-doc-heirship"]', await pdf('heirship.pdf'));
    await p1.setInputFiles('[data-testid="file-doc-retirement-decree"]', await pdf('retirement-decree.pdf'));
    for (const slot of ['doc-death-certificate', 'doc-heirship', 'doc-retirement-decree']) {
      await p1.locator(`[data-testid="file-${slot}-list"] li`).first().waitFor({ timeout: WAIT });
    }
    // the whole form, as long as it is
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await p1.screenshot({ path: join(SCREENSHOT_DIR, 'edesk-register-form.png'), fullPage: true });
    await p1.click('[data-testid="register-submit"]');

    // the receipt: the tracking code large, the promised date, printed on the office printer
    const codeBox = p1.locator('[data-testid="receipt-code"]');
    await codeBox.waitFor({ timeout: WAIT });
    const shownCode = ((await codeBox.textContent()) ?? '').trim();
    expect(shownCode).toMatch(/^[۰-۹]{4}-[۰-۹]{4}-[۰-۹]{3}$/);
    const code = toLatinDigits(shownCode).replace(/-/g, '');
    expect(await p1.textContent('[data-testid="receipt-promised"]')).toMatch(/[۰-۹]+ \S+ ۱۴۰[۵-۶]/);
    expect(await p1.textContent('[data-testid="receipt"]')).toContain('مریم احمدی');
    await p1.click('[data-testid="receipt-print"]');
    await p1.locator('[data-testid="receipt-notice"]', { hasText: 'چاپگر' }).waitFor({ timeout: WAIT });
    await expect.poll(() => office.printer.jobs.length, { timeout: WAIT }).toBe(1);
    await screenshot(p1, 'edesk-receipt');

    // ── the case waits in clerk1's inbox, at the HR review ──
    await p1.click('[data-testid="edesk-inbox-tab"]');
    const row = p1.locator(`[data-testid="inbox-row-${code}"]`);
    await row.waitFor({ timeout: WAIT });
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain(shownCode);
    expect(rowText).toContain('مریم احمدی');
    expect(rowText).toContain('بررسی مدارک ورثه');
    expect(rowText).toContain('امور اداری و منابع انسانی');
    expect(rowText).toContain('کاری مانده');
    await screenshot(p1, 'edesk-inbox');

    await row.click();
    await p1.waitForSelector('[data-testid="case-view"]', { timeout: WAIT });
    expect(await p1.textContent('[data-testid="case-code"]')).toBe(shownCode);
    const form = (await p1.textContent('[data-testid="case-form"]')) ?? '';
    expect(form).toContain('رضا کریمی');
    expect(form).toContain('همسر');
    expect(form).toContain('۱۴۰۵/۰۸/۰۱');
    expect(await p1.locator('[data-testid="case-documents"] li').count()).toBe(3);
    expect(await p1.textContent('[data-testid="case-status"]')).toBe('در دست بررسی');
    await screenshot(p1, 'edesk-case');

    // Esc closes a dialog without acting; rejecting needs a reason
    await p1.click('[data-testid="action-reject"]');
    await p1.waitForSelector('[data-testid="dialog-reject"]', { timeout: WAIT });
    await p1.keyboard.press('Enter');
    await p1.locator('[data-testid="dialog-reject"] .field-problem', { hasText: 'دلیل' }).waitFor({ timeout: WAIT });
    await p1.keyboard.press('Escape');
    await p1.waitForSelector('[data-testid="dialog-reject"]', { state: 'detached', timeout: WAIT });

    // review done (note optional, sent with Enter) → the civil-registry inquiry step
    await act(p1, 'action-complete', 'dialog-complete');
    expect(await currentStep(p1)).toContain('استعلام هویت و وضعیت حیات');
    // the inquiry step cannot be approved before its inquiry is answered
    expect(await p1.isDisabled('[data-testid="action-complete"]')).toBe(true);

    // the inquiry goes to ثبت احوال; the agency's system answers by itself
    await act(p1, 'action-send-inquiry', 'dialog-inquiry');
    const inquiry = p1.locator('[data-testid="inquiry-civil-registry"][data-state="answered"]');
    await inquiry.waitFor({ timeout: WAIT });
    expect(await inquiry.textContent()).toContain('تأیید شد');
    await act(p1, 'action-complete', 'dialog-complete', { selector: '[data-testid="note-input"]', text: 'هویت و فوت تأیید شد.' });
    expect(await currentStep(p1)).toContain('امور مالی و ذی‌حسابی');
    expect(await p1.textContent('[data-testid="step-row-1"]')).toContain('هویت و فوت تأیید شد.');

    // ── clerk2 (desk, economy): not in their inbox; opened by its code, it is theirs to see, not to act on ──
    const clerk2 = await signIn('clerk2');
    const p2 = clerk2.page;
    await p2.waitForSelector('[data-testid="edesk-inbox"] tbody tr', { timeout: WAIT });
    expect(await p2.locator(`[data-testid="inbox-row-${code}"]`).count()).toBe(0);
    await p2.fill('[data-testid="find-code"]', toPersianDigits(code));
    await p2.keyboard.press('Enter');
    await p2.waitForSelector('[data-testid="case-view"]', { timeout: WAIT });
    expect(await p2.textContent('[data-testid="not-my-step"]')).toContain('امور مالی و ذی‌حسابی');
    expect(await p2.locator('[data-testid^="action-"]').count()).toBe(0);
    await screenshot(p2, 'edesk-case-other-unit');

    // ── clerk1: the finance decision, then the response at the desk ──
    await act(p1, 'action-complete', 'dialog-complete');
    expect(await currentStep(p1)).toContain('ابلاغ پاسخ');
    await p1.click('[data-testid="action-response"]', { timeout: WAIT });
    await p1.waitForSelector('[data-testid="dialog-response"]', { timeout: WAIT });
    await p1.check('[data-testid="response-outcome-approved"]');
    await p1.fill('[data-testid="response-text"]', 'کمک‌هزینهٔ فوت برقرار شد و به حساب اعلام‌شده واریز می‌شود.');
    await p1.keyboard.press('Enter');
    await p1.locator('[data-testid="case-notice"]', { hasText: 'پاسخ داده شد' }).waitFor({ timeout: WAIT });
    expect(await p1.textContent('[data-testid="case-status"]')).toBe('پاسخ صادر شد');
    expect(await p1.textContent('[data-testid="response-outcome"]')).toBe('موافقت');
    expect(await p1.textContent('[data-testid="case-response"]')).toContain('واریز می‌شود');
    expect(await p1.locator('[data-testid="action-complete"]').count()).toBe(0);
    await screenshot(p1, 'edesk-case-answered');

    // and it has left the inbox
    await p1.click('[data-testid="case-back"]');
    await p1.waitForSelector('[data-testid="edesk-inbox"] tbody tr', { timeout: WAIT });
    await expect.poll(() => p1.locator(`[data-testid="inbox-row-${code}"]`).count(), { timeout: WAIT }).toBe(0);
  });
});
