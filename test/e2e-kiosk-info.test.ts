// End to end: a visitor at the kiosk reads a service's info package (شناسنامه خدمت),
// sees the QR to apply on a phone, and takes a ticket from there.
import { describe, it, expect } from 'vitest';
import { screenshot } from './helpers/browser';
import { useE2eOffice } from './helpers/office';

const WAIT = 30_000;
const office = useE2eOffice({ server: { publicUrl: 'http://desk.example' } });

describe("a service's info package at the kiosk", () => {
  it("shows the documents, steps, fee and the office's own note, offers the phone QR, and gives a ticket", async () => {
    // the office's note for the service (a local detail of the catalogue), published before the kiosk loads
    const store = office.server.edesk.catalogue;
    const draft = store.draft();
    draft.services.find((d) => d.serviceId === 's07')!.package.notes = 'پنجشنبه‌ها این خدمت ارائه نمی‌شود.';
    expect((await store.saveDraft(draft)).ok).toBe(true);
    expect((await store.publish('مدیر سامانه')).ok).toBe(true);
    const kiosk = await office.open(`/kiosk/`, { width: 1080, height: 1920 });
    await kiosk.page.click('[data-testid="service-s07"]', { timeout: WAIT });
    await kiosk.page.click('[data-testid="open-info"]', { timeout: WAIT });
    const info = kiosk.page.locator('[data-testid="service-info"]');
    await info.waitFor({ timeout: WAIT });
    const def = office.server.edesk.desk.catalogue.services.find((d) => d.serviceId === 's07')!;
    const text = (await info.textContent()) ?? '';
    for (const d of def.package.documents) expect(text).toContain(d.title);
    expect(text).toContain(def.workflow.steps[0]!.title);
    expect(text).toContain('روز کاری');
    expect(await kiosk.page.textContent('[data-testid="info-notes"]')).toBe('پنجشنبه‌ها این خدمت ارائه نمی‌شود.');
    expect(await kiosk.page.getAttribute('[data-testid="info-apply"] [data-testid="ticket-qr"]', 'data-url')).toBe('http://desk.example/portal/s/s07/apply');
    await screenshot(kiosk.page, 'kiosk-service-info');
    await kiosk.page.click('[data-testid="info-ticket"]');
    const number = await kiosk.page.waitForSelector('[data-testid="ticket-number"]', { timeout: WAIT });
    expect(((await number.textContent()) ?? '').trim()).toMatch(/^الف-[۰-۹]+$/);
  });
});
