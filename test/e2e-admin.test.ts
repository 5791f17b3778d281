// An admin at the counter app: renames a service and adds a kiosk, in a real browser
// against a real server; the changes reach the server's files and the kiosk's screen.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gregorianToJalali, jalaliKey, jalaliToGregorian, suggestLunarHolidays } from '@desk/common';
import type { RunningOffice } from '../server/src/app';
import { launchBrowser, openPage, screenshot, type OpenedPage } from './helpers/browser';
import { assertAppsBuilt, freshDataDir, removeDataDir, startServer } from './helpers/server';

const WAIT = 30_000;
let browser: Browser;
let server: RunningOffice;
let dataDir: string;
const pages: OpenedPage[] = [];

beforeAll(async () => {
  assertAppsBuilt();
  dataDir = await freshDataDir();
  server = await startServer(dataDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const p of pages) await p.context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  await removeDataDir(dataDir);
});

/** The counter app, logged in as the admin, on its admin tab. */
async function adminPanel(): Promise<Page> {
  const admin = await openPage(browser, `${server.url}/counter/`, { width: 1366, height: 900 });
  pages.push(admin);
  const { page } = admin;
  await page.fill('[data-testid="login-username"]', 'admin');
  await page.fill('[data-testid="login-password"]', 'admin1234');
  await page.click('[data-testid="login-submit"]');
  await page.click('[data-testid="admin-tab"]', { timeout: WAIT });
  return page;
}

describe('an admin manages the office from the counter app', () => {
  it('renames a service, adds a kiosk and reads its pairing code', async () => {
    const page = await adminPanel();

    // services: edit the first one
    await page.click('[data-testid="admin-section-services"]', { timeout: WAIT });
    await page.locator('table.table tbody tr').first().getByRole('button', { name: 'ویرایش' }).click();
    const name = page.locator('[data-testid="service-name"] input, input[data-testid="service-name"]').first();
    await name.fill('آزادسازی مدرک تحصیلی (ویرایش‌شده)');
    await page.click('[data-testid="admin-save"]');
    await page.waitForSelector('[data-testid="admin-saved"]', { timeout: WAIT });
    await expect.poll(() => server.office.config.services.find((s) => s.id === 's01')?.name).toBe('آزادسازی مدرک تحصیلی (ویرایش‌شده)');
    expect(await page.locator('table.table').innerText()).toContain('آزادسازی مدرک تحصیلی (ویرایش‌شده)');

    // a bad edit is refused with a Persian reason and nothing is saved
    await page.locator('table.table tbody tr').first().getByRole('button', { name: 'ویرایش' }).click();
    await name.fill('');
    await page.click('[data-testid="admin-save"]');
    await page.waitForSelector('.field-problem', { timeout: WAIT });
    expect(await page.locator('.field-problem').first().innerText()).toMatch(/[\u0600-\u06FF]/);
    expect(server.office.config.services.find((s) => s.id === 's01')?.name).toBe('آزادسازی مدرک تحصیلی (ویرایش‌شده)');

    // devices: add a kiosk, see its code
    await page.click('[data-testid="admin-section-devices"]');
    await page.click('[data-testid="admin-new"]');
    await page.fill('[data-testid="device-name"]', 'کیوسک ورودی');
    await page.click('[data-testid="admin-save"]');
    const code = await page.locator('[data-testid="pairing-code"]').innerText({ timeout: WAIT });
    expect(code).toMatch(/^[۰-۹]{6}$/);
    await screenshot(page, 'counter-admin-devices');
    const saved = JSON.parse(await readFile(join(dataDir, 'office.json'), 'utf8')) as { devices: { name: string }[] };
    expect(saved.devices.map((d) => d.name)).toContain('کیوسک ورودی');
    expect(await page.locator('table.table').innerText()).toContain('کیوسک ورودی');
  });

  it("enters the office's closed days: a typed date, and next year's lunar holidays nudged a day", async () => {
    const page = await adminPanel();
    await page.click('[data-testid="admin-section-hours"]', { timeout: WAIT });
    const holidays = page.locator('[data-testid="holidays-admin"]');
    await holidays.waitFor({ timeout: WAIT });

    // a date that is not one is refused in Persian, and nothing is added
    await holidays.locator('[data-testid="holiday-date"] input, input[data-testid="holiday-date"]').first().fill('۱۴۰۵/۱۳/۴۰');
    await holidays.locator('[data-testid="holiday-add"]').click();
    expect(await holidays.locator('.field-problem').innerText()).toContain('تاریخ شمسی درست نیست');
    expect(await holidays.locator('[data-testid="holiday-list"] li').count()).toBe(0);

    // a closure the governor announced, typed in Persian digits
    await holidays.locator('[data-testid="holiday-date"] input, input[data-testid="holiday-date"]').first().fill('۱۴۰۵/۱۰/۰۵');
    await holidays.locator('[data-testid="holiday-add"]').click();
    await holidays.locator('[data-testid="holiday-list"] li[data-date="1405-10-05"]').waitFor({ timeout: WAIT });

    // next year's lunar holidays, as estimates; Eid al-Adha is moved a day later to match the official calendar
    const nextYear = Number((await holidays.locator('[data-testid="holiday-year"] option').last().getAttribute('value')) ?? 0);
    await holidays.locator('[data-testid="holiday-year"]').selectOption(String(nextYear));
    await holidays.locator('[data-testid="holiday-suggest"]').click();
    const suggestions = holidays.locator('[data-testid="holiday-suggestions"]');
    expect(await suggestions.innerText()).toContain('با تقویم رسمی تطبیق دهید');
    const eid = suggestLunarHolidays(nextYear).find((h) => h.nameEn === 'Eid al-Adha')!;
    const row = suggestions.locator('li', { hasText: 'عید سعید قربان' });
    const before = await row.innerText();
    await row.getByRole('button', { name: 'یک روز دیرتر' }).click();
    expect(await row.innerText()).not.toBe(before);
    await holidays.locator('[data-testid="holiday-take"]').click();
    const later = nudge(eid.date, 1);
    await holidays.locator(`[data-testid="holiday-list"] li[data-date="${later}"]`).waitFor({ timeout: WAIT });
    // moved a day, it is still named
    expect(await holidays.locator(`[data-testid="holiday-list"] li[data-date="${later}"]`).innerText()).toContain('عید سعید قربان');
    expect(await holidays.locator(`[data-testid="holiday-list"] li[data-date="${eid.date}"]`).count()).toBe(0);
    await screenshot(page, 'counter-admin-holidays');

    // saved: in the office's file, and the promised dates skip them from now on
    await holidays.locator('[data-testid="admin-save"]').click();
    await expect.poll(() => server.office.config.holidays ?? []).toContain(later);
    const saved = JSON.parse(await readFile(join(dataDir, 'office.json'), 'utf8')) as { holidays?: string[] };
    expect(saved.holidays).toContain('1405-10-05');
    expect(saved.holidays).toContain(later);
    expect(saved.holidays).not.toContain(eid.date);
  });
});

/** A Jalali day key moved by whole days. */
function nudge(key: string, days: number): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  const g = jalaliToGregorian({ year, month, day });
  const at = new Date(Date.UTC(g.year, g.month - 1, g.day + days, 8, 30));
  return jalaliKey(gregorianToJalali({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() }));
}
