// Oversight in Chromium: a province's inspector logs in with their token, sees their
// province's office (and not another province's), opens its self-assessment for summer
// 1405, fills in the inspection and signs it.
import { describe, it, expect, afterAll } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, type OpenedPage } from '../../test/helpers/browser';
import type { BatchReply, SyncRecord } from '../../server/src/sync/protocol';
import { startCentralServer, type RunningCentral } from '../src/server';
import type { Inspection } from '../src/oversight/types';
import { ADMIN_TOKEN, api, createTestDatabase, registerOffice, type TestDatabase } from './helpers';
import { CaseJournal, tehran } from './oversight-fixtures';

let db: TestDatabase | undefined;
let central: RunningCentral | undefined;
let socket: Socket | undefined;
let browser: Browser | undefined;
let page: OpenedPage | undefined;

afterAll(async () => {
  await page?.context.close().catch(() => undefined);
  await browser?.close();
  socket?.close();
  await central?.close();
  await db?.drop();
});

async function syncCases(officeId: string, token: string, journal: CaseJournal): Promise<void> {
  socket = io(`${central!.url}/office`, { auth: { officeId, token }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket!.once('connect', () => resolve());
    socket!.once('connect_error', reject);
  });
  const events = journal.events as unknown as SyncRecord[];
  const reply = (await socket.timeout(10_000).emitWithAck('events', { stream: 'cases', after: 0, head: events.length, tail: true, events })) as BatchReply;
  expect(reply.ok).toBe(true);
}

describe('oversight in the browser', () => {
  it("an inspector sees their province's office, its self-assessment, and records and signs an inspection", async () => {
    db = await createTestDatabase();
    const now = new Date(tehran('1405/07/23 10:00'));
    central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN, clock: () => now });
    const token = await registerOffice(central.url, 'chalus-governorate', 'مازندران');
    await registerOffice(central.url, 'rasht-governorate', 'گیلان');
    const journal = new CaseJournal();
    journal
      .submit({ at: tehran('1405/05/10 09:00'), channel: 'web', documents: 1 })
      .workUntilResponse(tehran('1405/05/10 12:00'))
      .respond(tehran('1405/05/11 10:00'))
      .acknowledge(tehran('1405/05/11 12:00'), 'web')
      .survey(tehran('1405/05/11 12:05'), 'web');
    journal.submit({ at: tehran('1405/05/12 09:00'), channel: 'kiosk' });
    journal.submit({ at: tehran('1405/06/31 23:30'), channel: 'counter' });
    await syncCases('chalus-governorate', token, journal);
    const issued = await api<{ token: string }>(central.url, 'POST', '/admin/inspectors', { name: 'زهرا کریمی', province: 'مازندران' });
    expect(issued.status).toBe(201);

    browser = await launchBrowser();
    page = await openPage(browser, `${central.url}/#/oversight`, { width: 1366, height: 900 });
    const p = page.page;
    p.on('dialog', (d) => void d.accept());
    await p.fill('[data-testid="central-token"]', issued.json.token, { timeout: 30_000 });
    await p.click('[data-testid="central-enter"]');

    // the province at a glance: their office, not Gilan's
    await p.selectOption('[data-testid="oversight-quarter"]', '1405-Q2', { timeout: 30_000 });
    await p.locator('#oversight-overview-title:has-text("تابستان ۱۴۰۵")').waitFor({ timeout: 30_000 });
    const row = p.locator('[data-testid="oversight-summary"] tr[data-office="chalus-governorate"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await p.locator('[data-testid="oversight-summary"] tr[data-office="rasht-governorate"]').count()).toBe(0);
    expect(await p.textContent('[data-testid="oversight-province"]')).toContain('مازندران');
    expect(await row.locator('td[data-col="inspection"]').textContent()).toContain('بازرسی نشده');
    expect(await p.textContent('[data-testid="oversight-not-inspected"]')).toContain('تابستان ۱۴۰۵');
    await screenshot(p, 'central-oversight-province');

    // its self-assessment for summer: three requests, two of them online, in Persian digits
    await p.click('[data-testid="oversight-open-chalus-governorate"]');
    const c2 = p.locator('[data-testid="oversight-assessment"] tr[data-criterion="c2"]');
    await c2.waitFor({ timeout: 30_000 });
    expect(await c2.locator('[data-measure="accepted"]').textContent()).toContain('۳');
    expect(await c2.locator('[data-measure="electronic"]').textContent()).toContain('۲ از ۳');
    expect(await c2.locator('[data-col="status"]').textContent()).toBe('برآورده');
    expect(await p.locator('[data-testid="oversight-assessment"] tr[data-criterion="c8"] [data-col="status"]').textContent()).toBe('داده‌ای در دسترس نیست');

    // the inspection: a level for every criterion, findings, an action; saved, then signed
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'p1', 'p2']) {
      await p.selectOption(`[data-testid="oversight-level-${id}"]`, id === 'c8' ? 'notMet' : 'met');
    }
    await p.fill('[data-testid="oversight-score-c2"]', '۹۰');
    await p.fill('[data-testid="oversight-findings"]', 'بستهٔ اطلاع‌رسانی خدمات در درگاه منتشر نشده است.');
    await p.click('[data-testid="oversight-add-action"]');
    await p.fill('[data-testid="oversight-action-text-0"]', 'انتشار بستهٔ اطلاع‌رسانی همهٔ خدمات');
    await p.fill('[data-testid="oversight-action-due-0"]', '۱۴۰۵/۰۹/۳۰');
    await p.click('[data-testid="oversight-save"]');
    await p.locator('[data-testid="oversight-form-status"]:has-text("پیش‌نویس ذخیره شد")').waitFor({ timeout: 30_000 });
    await p.click('[data-testid="oversight-sign"]');
    await p.locator('[data-testid="oversight-signed"]').waitFor({ timeout: 30_000 });
    expect(await p.textContent('[data-testid="oversight-signed"]')).toContain('زهرا کریمی');
    await p.locator('[data-testid="oversight-history"] tr[data-status="signed"]').waitFor({ timeout: 30_000 });
    await screenshot(p, 'central-oversight');

    const history = await api<{ inspections: Inspection[] }>(central.url, 'GET', '/oversight/offices/chalus-governorate/inspections', undefined, issued.json.token);
    expect(history.json.inspections).toHaveLength(1);
    const signed = history.json.inspections[0]!;
    expect(signed).toMatchObject({ status: 'signed', quarter: '1405-Q2', signedBy: 'زهرا کریمی', actions: [{ text: 'انتشار بستهٔ اطلاع‌رسانی همهٔ خدمات', due: '1405/09/30' }] });
    expect(signed.scores.c2).toEqual({ level: 'met', score: 90 });
    expect(signed.scores.c8!.level).toBe('notMet');
    expect(page.problems.filter((x) => !x.includes('HTTP 401'))).toEqual([]);
  });
});
