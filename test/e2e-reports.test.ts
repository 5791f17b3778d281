// End to end, the reports screen: a known day is produced through the real sockets (a
// kiosk issues 6 tickets for s01 and 2 for s02, clerk1 opens counter 1 and serves 3),
// then the supervisor builds today's report in the counter app and reads the same
// figures in Persian digits, sees the charts, downloads the XLSX and a table's CSV, and
// compares with the previous day; clerk1 gets a report of their own desk only.
// Needs the built screens and Chromium, like test/e2e.test.ts.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseCsv, type Ticket } from '@desk/common';
import type { RunningOffice } from '../server/src/app';
import { stopReportWorker } from '../server/src/reports';
import { Client, deviceToken, login } from '../server/test/live-helpers';
import { SCREENSHOT_DIR, describeViolations, launchBrowser, openPage, screenshot, seriousAxeViolations, type OpenedPage } from './helpers/browser';
import { assertAppsBuilt, freshDataDir, removeDataDir, startServer } from './helpers/server';

/** Generous: the machine is small and shared; we wait for states, never time them. */
const WAIT = 30_000;
const COUNTER_VIEWPORT = { width: 1366, height: 768 };

let browser: Browser | undefined;
let server: RunningOffice | undefined;
let dataDir: string | undefined;
const pages: OpenedPage[] = [];

beforeAll(async () => {
  assertAppsBuilt();
  dataDir = await freshDataDir();
  server = await startServer(dataDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const p of pages) {
    if (p.problems.length > 0) console.warn(`browser problems on ${p.page.url()}:\n  ${p.problems.join('\n  ')}`);
    await p.context.close().catch(() => undefined);
  }
  await browser?.close();
  await stopReportWorker();
  await server?.close();
  await removeDataDir(dataDir);
});

/** The day the report must find: 8 tickets issued (6 × s01, 2 × s02), 3 served at counter 1 by clerk1. */
async function produceTheDay(base: string): Promise<void> {
  const kiosk = await Client.connect(base, await deviceToken(base, 'kiosk'));
  const issue = async (serviceId: string) => {
    const a = (await kiosk.send({ type: 'ticket.issue', serviceId })) as unknown as { ok: boolean; ticket: Ticket };
    expect(a.ok).toBe(true);
  };
  for (let i = 0; i < 6; i++) await issue('s01');
  for (let i = 0; i < 2; i++) await issue('s02');
  const clerk = await Client.connect(base, await login(base, 'clerk1', 'clerk1234'));
  expect((await clerk.send({ type: 'counter.open', counterId: 'c1' })).ok).toBe(true);
  for (let i = 0; i < 3; i++) {
    expect((await clerk.send({ type: 'ticket.callNext', counterId: 'c1' })).ok).toBe(true);
    expect((await clerk.send({ type: 'ticket.start', counterId: 'c1' })).ok).toBe(true);
    expect((await clerk.send({ type: 'ticket.finish', counterId: 'c1' })).ok).toBe(true);
  }
  kiosk.close();
  clerk.close();
}

async function signInToReports(username: string, password: string): Promise<OpenedPage> {
  const opened = await openPage(browser!, `${server!.url}/counter/`, COUNTER_VIEWPORT);
  pages.push(opened);
  const { page } = opened;
  await page.fill('[data-testid="login-username"]', username, { timeout: WAIT });
  await page.fill('[data-testid="login-password"]', password);
  await page.click('[data-testid="login-submit"]');
  await page.click('[data-testid="reports-tab"]', { timeout: WAIT });
  await page.waitForSelector('[data-testid="report-controls"]', { timeout: WAIT });
  return opened;
}

/** «ساختن گزارش», then the finished report. */
async function build(page: Page): Promise<void> {
  await page.click('[data-testid="report-build"]');
  await page.waitForSelector('[data-testid="report"]', { timeout: WAIT });
}

/** The summary tile whose measure is `measure`: its value as shown. */
async function tile(page: Page, measure: string): Promise<string> {
  const t = page.locator('[data-testid="report-tiles-queue.summary"] .report-tile', { has: page.locator('dt', { hasText: new RegExp(`^${measure}$`) }) });
  return ((await t.locator('dd').textContent({ timeout: WAIT })) ?? '').trim();
}

describe('reports in the counter app', () => {
  it("the supervisor builds today's report, reads the day's figures, sees the charts and downloads XLSX and CSV; clerk1 sees only their desk", async () => {
    await produceTheDay(server!.url);

    // ── the supervisor: today's report for the whole office ──
    const supervisor = await signInToReports('super', 'super1234');
    const page = supervisor.page;
    expect(await page.isVisible('[data-testid="report-place"]')).toBe(true);
    // the form starts at today: a day, with today's Jalali date in Persian digits
    expect(await page.isChecked('[data-testid="report-kind-day"]')).toBe(true);
    expect(await page.inputValue('[data-testid="report-date"]')).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);

    // a date that does not exist is refused before anything is sent, in Persian
    await page.fill('[data-testid="report-date"]', '۱۴۰۵/۱۳/۴۰');
    await page.click('[data-testid="report-build"]');
    await page.locator('.field-problem', { hasText: 'تاریخ را' }).waitFor({ timeout: WAIT });
    await page.click('[data-testid="report-preset-day"]');

    await build(page);
    expect(await tile(page, 'نوبت‌های صادرشده')).toBe('۸');
    expect(await tile(page, 'خدمت‌گرفته')).toBe('۳');
    expect(await page.textContent('[data-testid="report-place-label"]')).toContain('کل اداره');

    // the per-service table: a row for each service, Persian digits, right-aligned numbers
    const byService = page.locator('[data-testid="report-table-queue.byService"] tbody tr');
    await byService.first().waitFor({ timeout: WAIT });
    expect(await byService.count()).toBe(2);
    const s01 = byService.filter({ hasText: 'آزادسازی مدرک تحصیلی' });
    const s02 = byService.filter({ hasText: 'ثبت شکایت' });
    expect((await s01.locator('td[data-key="issued"]').textContent())?.trim()).toBe('۶');
    expect((await s02.locator('td[data-key="issued"]').textContent())?.trim()).toBe('۲');
    const align = await s01.locator('td[data-key="issued"]').evaluate((el) => getComputedStyle(el).textAlign);
    expect(align).toBe('right');
    expect(await page.textContent('[data-testid="report-table-queue.byService"]')).not.toMatch(/[0-9]/);

    // the charts: bars per service (issued, served), the heat map of hours × weekdays
    const bars = page.locator('[data-testid="chart-queue.byService"] svg rect.chart-bar');
    expect(await bars.count()).toBe(4);
    expect(await page.locator('[data-testid="chart-queue.byService"] svg title').first().textContent()).toBe('نوبت‌ها به تفکیک خدمت');
    expect(await page.locator('[data-testid="chart-queue.byHour"] svg rect.heat-cell').count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator('[data-testid="chart-queue.byCounter.chart"] svg rect.chart-bar').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'reports-supervisor');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'reports-supervisor-full.png'), fullPage: true });
    await page.locator('[data-testid="report-section-queue.byHour"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-heatmap');

    const violations = await seriousAxeViolations(page);
    if (violations.length > 0) console.error(`axe on the report:\n${describeViolations(violations)}`);
    expect(violations.map((v) => `${v.impact} ${v.id}`)).toEqual([]);

    // the whole report as XLSX (a zip: 'PK')
    const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.click('[data-testid="report-xlsx"]')]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsxBytes = await readFile((await xlsx.path())!);
    expect(xlsxBytes.subarray(0, 2).toString()).toBe('PK');

    // one table as CSV: the issued count of s01 is 6
    const [csv] = await Promise.all([page.waitForEvent('download', { timeout: WAIT }), page.click('[data-testid="report-csv-queue.byService"]')]);
    expect(csv.suggestedFilename()).toMatch(/queue\.byService\.csv$/);
    const rows = parseCsv(await readFile((await csv.path())!, 'utf8'));
    const issuedAt = rows[0]!.indexOf('صادرشده');
    expect(issuedAt).toBeGreaterThanOrEqual(0);
    const csvS01 = rows.find((r) => r[0] === 's01')!;
    expect(csvS01[issuedAt]).toBe('6');

    // the print stylesheet: only the report, right to left
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid="report-controls"]')).toBe(false);
    expect(await page.isVisible('.topbar')).toBe(false);
    expect(await page.isVisible('[data-testid="report"]')).toBe(true);
    // what «ذخیره به PDF» gives (A4 landscape from the print stylesheet), kept beside the screenshots
    const pdf = await page.pdf({ path: join(SCREENSHOT_DIR, 'reports.pdf'), preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: null });

    // compared with the day before (nothing then): the side-by-side tables appear
    await page.click('[data-testid="report-compare-previous"]');
    await build(page);
    await page.waitForSelector('[data-testid="report-comparison"]', { timeout: WAIT });
    const compared = page.locator('[data-testid="report-table-compare.queue.byService"] tbody tr');
    expect(await compared.count()).toBe(2);
    await page.locator('[data-testid="report-comparison"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-comparison');

    // ── clerk1: their own desk, no place picker ──
    const clerk = await signInToReports('clerk1', 'clerk1234');
    const cp = clerk.page;
    expect(await cp.isVisible('[data-testid="report-own-desk"]')).toBe(true);
    expect(await cp.locator('[data-testid="report-place"]').count()).toBe(0);
    await screenshot(cp, 'reports-clerk-form');
    await build(cp);
    expect(await cp.textContent('[data-testid="report-place-label"]')).toContain('کارمند');
    expect(await tile(cp, 'خدمت‌گرفته')).toBe('۳');
    // the staff daily report (table 2): the three tickets clerk1 handled, printable on its own
    const daily = cp.locator('[data-testid="report-table-staff.daily"] tbody tr');
    await daily.first().waitFor({ timeout: WAIT });
    expect(await daily.count()).toBe(3);
    expect(await cp.isVisible('[data-testid="report-print-staff.daily"]')).toBe(true);
    await screenshot(cp, 'reports-clerk');
  });
});
