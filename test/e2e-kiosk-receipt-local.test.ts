// End to end, in Chromium: a kiosk that prints on its own printer (device printer
// 'local', an Electron shell around the page) takes a request, and its receipt goes to
// the shell, not to the office printer. The shell is a stub `window.deskShell` that
// records the call and, like the real one, answers «queued» then tells «printed».
// Needs the built kiosk (`npm run build --workspace kiosk`).
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ReceiptPrint } from '@desk/printers';
import { toLatinDigits } from '@desk/common';
import { screenshot } from './helpers/browser';
import { atStep, newOtp, next, smsTo, tapDigits, text, typePersian, WAIT } from './helpers/kiosk-edesk';
import { useE2eOffice } from './helpers/office';

const KIOSK = { width: 1080, height: 1920 };
const VISITOR = { nationalId: '0012345679', name: 'مریم احمدی', mobile: '09121234567' };
/** A question to the Article 99 commission: two fields, no documents. */
const SERVICE = 's32';

const office = useE2eOffice({ printer: true });

/** The shell's print bridge, as its preload exposes it; it keeps what it was asked in `window.receiptsAsked`. */
function stubShell(): void {
  type State = { trackingCode: string; printerId: string; state: string };
  const listeners = new Set<(state: State) => void>();
  const w = window as unknown as { deskShell: unknown; receiptsAsked: unknown[] };
  w.receiptsAsked = [];
  w.deskShell = {
    kind: 'kiosk',
    version: 'test',
    printReceipt: async (trackingCode: string, data: unknown) => {
      w.receiptsAsked.push({ trackingCode, data });
      setTimeout(() => listeners.forEach((l) => l({ trackingCode, printerId: 'local', state: 'printed' })), 300);
      return { ok: true, state: { trackingCode, printerId: 'local', state: 'queued' } };
    },
    onReceiptPrintState: (listener: (state: State) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The admin sets the kiosk's printer: 'local' (its shell) or 'office' (the server's). */
async function setKioskPrinter(printer: string): Promise<void> {
  const device = office.server.office.config.devices.find((d) => d.kind === 'kiosk')!;
  const login = await fetch(`${office.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'admin1234' }) });
  const { token } = (await login.json()) as { token: string };
  const put = await fetch(`${office.server.url}/api/admin/devices/${device.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: device.name, printer }),
  });
  expect(put.status).toBe(200);
}

/** The visitor asks the Article 99 commission a question at the kiosk, by touch, up to «ثبت درخواست». */
async function takeRequest(page: Page, visitor: typeof VISITOR = VISITOR): Promise<void> {
  await page.click(`[data-testid="service-${SERVICE}"]`, { timeout: WAIT });
  await page.click('[data-testid="open-info"]', { timeout: WAIT });
  await page.click('[data-testid="info-apply-here"]', { timeout: WAIT });
  await atStep(page, 'nationalId');
  await tapDigits(page, visitor.nationalId);
  await next(page);
  await atStep(page, 'mobile');
  const codesBefore = (await smsTo(office.dataDir, visitor.mobile)).filter((t) => t.includes('کد یکبارمصرف')).length;
  await tapDigits(page, visitor.mobile);
  await next(page);
  await atStep(page, 'otp');
  await tapDigits(page, await newOtp(office.dataDir, visitor.mobile, codesBefore));
  await atStep(page, 'name');
  await typePersian(page, visitor.name);
  await next(page);
  await atStep(page, 'field-topic');
  await page.click('[data-testid="option-status"]');
  await next(page);
  await atStep(page, 'field-fileNumber');
  await next(page);
  await atStep(page, 'field-question');
  await typePersian(page, 'وضعیت پرونده من چیست');
  await next(page);
  await atStep(page, 'review');
  await page.click('[data-testid="review-submit"]');
}

describe('a kiosk that prints itself', () => {
  it('hands the receipt of the request it took to its shell, and the visitor is told to take it', { timeout: 300_000 }, async () => {
    const kiosk = await office.open('/kiosk/', KIOSK);
    const page = kiosk.page;
    await page.locator(`[data-testid="service-${SERVICE}"]`).waitFor({ timeout: WAIT });
    // the admin says this kiosk prints on its own printer; the page now runs in its shell
    await setKioskPrinter('local');
    await kiosk.context.addInitScript(stubShell);
    await page.reload();

    await takeRequest(page);

    // the visitor sees the code, and then that the receipt came out of this kiosk
    await page.locator('[data-testid="accepted-code"]').waitFor({ timeout: WAIT });
    const submitted = [...office.server.edesk.desk.state.cases.values()][0]!;
    const code = submitted.trackingCode;
    expect(toLatinDigits(await text(page, 'accepted-code')).replace(/-/g, '')).toBe(code);
    await page.locator('[data-testid="receipt-print"]', { hasText: 'رسید را از دستگاه بردارید.' }).waitFor({ timeout: WAIT });
    await screenshot(page, 'kiosk-edesk-receipt-local');

    // the shell was asked once, for this request's receipt, with its promised date
    const asked = await page.evaluate(() => (window as unknown as { receiptsAsked: { trackingCode: string; data: ReceiptPrint }[] }).receiptsAsked);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.trackingCode).toBe(code);
    expect(asked[0]!.data).toMatchObject({ trackingCode: code, responseDueAt: Date.parse(submitted.promisedResponseAt), client: { name: VISITOR.name } });
    // and nothing went to the office printer
    expect(office.printer.jobs).toHaveLength(0);
  });

  it('on the office printer out of paper, the visitor is told it did not print, and then that it did once paper is in', { timeout: 300_000 }, async () => {
    const kiosk = await office.open('/kiosk/', KIOSK);
    const page = kiosk.page;
    await page.locator(`[data-testid="service-${SERVICE}"]`).waitFor({ timeout: WAIT });
    await setKioskPrinter('office');
    await page.reload();
    await office.printer.setFault('paper-out');
    try {
      // a new visitor (a returning one is offered her name instead of typing it)
      await takeRequest(page, { nationalId: '0084575948', name: 'زهرا کریمی', mobile: '09351234567' });
      await page.locator('[data-testid="accepted-code"]').waitFor({ timeout: WAIT });
      const status = page.locator('[data-testid="receipt-print"]');
      await status.filter({ hasText: 'رسید چاپ نشد' }).waitFor({ timeout: WAIT });
      expect(await status.innerText()).toMatch(/کاغذ/);
      expect(await status.getAttribute('role')).toBe('alert');
      await screenshot(page, 'kiosk-edesk-receipt-no-paper');
      // the paper is loaded: the same screen says the receipt is out
      await office.printer.setFault(null);
      await status.filter({ hasText: 'رسید را از دستگاه بردارید.' }).waitFor({ timeout: WAIT });
      expect(office.printer.jobs).toHaveLength(1);
    } finally {
      await office.printer.setFault(null);
    }
  });
});
