// End to end, printing: a visitor taps a service at the kiosk in Chromium; the virtual
// printer (a real TCP socket) receives a ticket whose OCR matches the number on screen.
// With the printer out of paper the visitor still has the ticket on screen, is told in
// Persian, and gets a QR to photograph; a phone opening that QR sees the ticket live.
import { describe, it, expect } from 'vitest';
import { toLatinDigits } from '@desk/common';
import { screenshot, type OpenedPage } from './helpers/browser';
import { useE2eOffice } from './helpers/office';
import { ocrKey, ocrTicket } from '../printers/test/helpers';

const WAIT = 30_000;
const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
const PHONE_VIEWPORT = { width: 390, height: 844 };
const COUNTER_VIEWPORT = { width: 1366, height: 768 };

const office = useE2eOffice({ printer: true });
const open = (path: string, viewport: { width: number; height: number }) => office.open(path, viewport);

/** Tap a service and take a normal (not priority) ticket; the label as the screen shows it. */
async function takeTicket(kiosk: OpenedPage, serviceId: string): Promise<string> {
  await kiosk.page.click(`[data-testid="service-${serviceId}"]`, { timeout: WAIT });
  const next = await kiosk.page.waitForSelector('[data-testid="priority-normal"], [data-testid="ticket-number"]', { timeout: WAIT });
  if ((await next.getAttribute('data-testid')) === 'priority-normal') await next.click();
  const label = ((await kiosk.page.textContent('[data-testid="ticket-number"]', { timeout: WAIT })) ?? '').trim();
  expect(label).not.toBe('');
  return label;
}

describe('printed tickets', () => {
  it('the paper that comes out carries the number on the screen; out of paper, the screen says so and offers the QR', async () => {
    const kiosk = await open('/kiosk/', KIOSK_VIEWPORT);
    await kiosk.page.waitForSelector('[data-testid="service-s05"]', { timeout: WAIT });

    const label = await takeTicket(kiosk, 's05');
    await kiosk.page.locator('[data-testid="print-state"]', { hasText: 'بردارید' }).waitFor({ timeout: WAIT });
    await expect.poll(() => office.printer.jobs.length, { timeout: WAIT }).toBe(1);
    const text = ocrKey(await ocrTicket(office.printer.jobs[0]!.raster, office.dataDir, 'e2e-ticket'));
    expect(text).toContain(ocrKey(toLatinDigits(label)));
    await screenshot(kiosk.page, 'kiosk-ticket-printed');

    await kiosk.page.click('[data-testid="ticket-view"] .kiosk-done');
    await office.printer.setFault('paper-out');
    const second = await takeTicket(kiosk, 's06');
    const alert = kiosk.page.locator('[data-testid="print-state"]', { hasText: 'چاپ نشد' });
    await alert.waitFor({ timeout: WAIT });
    expect(await alert.textContent()).toContain('کاغذ ندارد');
    const qr = kiosk.page.locator('[data-testid="ticket-qr"]');
    await qr.waitFor({ timeout: WAIT });
    const statusUrl = (await qr.getAttribute('data-url')) ?? '';
    expect(statusUrl).toMatch(/\/portal\/t\/[0-9a-f-]{36}$/);
    await screenshot(kiosk.page, 'kiosk-ticket-unprinted');
    expect(office.printer.jobs.length).toBe(1);

    // the visitor's phone opens the QR's link (on this machine, the server's own address)
    const phone = await open(new URL(statusUrl).pathname, PHONE_VIEWPORT);
    const shown = phone.page.locator('[data-testid="ticket-number"]');
    await shown.waitFor({ timeout: WAIT });
    expect((await shown.textContent())?.trim()).toBe(second);
    expect(await phone.page.textContent('[data-testid="ticket-state"]')).toMatch(/نفر|شما هستید/);
    await screenshot(phone.page, 'portal-ticket-status');

    // the clerk's screen shows the printer's trouble in its top bar
    const counter = await open('/counter/', COUNTER_VIEWPORT);
    await counter.page.fill('[data-testid="login-username"]', 'clerk6', { timeout: WAIT });
    await counter.page.fill('[data-testid="login-password"]', 'clerk1234');
    await counter.page.click('[data-testid="login-submit"]');
    const chip = counter.page.locator('[data-testid="printer-office"]');
    await counter.page.locator('[data-testid="printer-office"][data-state="paper-out"]').waitFor({ timeout: WAIT });
    expect(await chip.textContent()).toContain('کاغذ ندارد');
    await screenshot(counter.page, 'counter-printer-paper-out');

    // paper back: the kept job prints, once, and the chip says so
    await office.printer.setFault(null);
    await expect.poll(() => office.printer.jobs.length, { timeout: WAIT }).toBe(2);
    await counter.page.locator('[data-testid="printer-office"][data-state="online"]').waitFor({ timeout: WAIT });

    // the visitor lost the paper: the clerk calls the ticket and reprints it
    await counter.page.click('[data-testid="counter-open-c6"]', { timeout: WAIT });
    await counter.page.click('[data-testid="call-next"]', { timeout: WAIT });
    await counter.page.locator('[data-testid="current-ticket"]', { hasText: label }).waitFor({ timeout: WAIT });
    await counter.page.click('[data-testid="reprint"]');
    await expect.poll(() => office.printer.jobs.length, { timeout: WAIT }).toBe(3);
    const again = ocrKey(await ocrTicket(office.printer.jobs[2]!.raster, office.dataDir, 'e2e-reprint'));
    expect(again).toContain(ocrKey(toLatinDigits(label)));
  });
});
