// The central comparison board in Chromium: an office syncs its tickets, and a viewer
// with the admin token sees it listed with today's figures, in Persian digits.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startOfficeServer, type RunningOffice } from '../../server/src/app';
import { startOfficeSync, type SyncClient } from '../../server/src/sync/index';
import { Client, deviceToken } from '../../server/test/live-helpers';
import { launchBrowser, openPage, screenshot, type OpenedPage } from '../../test/helpers/browser';
import { startCentralServer, type RunningCentral } from '../src/server';
import { ADMIN_TOKEN, createTestDatabase, registerOffice, until, type TestDatabase } from './helpers';

let db: TestDatabase | undefined;
let central: RunningCentral | undefined;
let office: RunningOffice | undefined;
let sync: SyncClient | null = null;
let browser: Browser | undefined;
let page: OpenedPage | undefined;
let dir = '';

afterAll(async () => {
  await page?.context.close().catch(() => undefined);
  await browser?.close();
  await sync?.stop();
  await office?.close();
  await central?.close();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the central comparison board', () => {
  it("lists a synced office with today's tickets", async () => {
    db = await createTestDatabase();
    central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN });
    dir = await mkdtemp(join(tmpdir(), 'desk-central-board-'));
    office = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1' });
    const officeId = office.office.config.office.id;
    const token = await registerOffice(central.url, officeId);
    sync = await startOfficeSync(office.office, dir, { url: central.url, officeId, token });
    await until(() => sync!.status().connected);
    const kiosk = await Client.connect(office.url, await deviceToken(office.url, 'kiosk'));
    for (const serviceId of ['s01', 's02', 's03', 's04']) expect((await kiosk.send({ type: 'ticket.issue', serviceId })).ok).toBe(true);
    kiosk.close();
    await until(() => sync!.status().waiting === 0 && sync!.status().lastAckedSeq === office!.office.seq);

    browser = await launchBrowser();
    page = await openPage(browser, `${central.url}/`, { width: 1366, height: 768 });
    // a wrong key is refused in Persian; the admin's key opens the board
    await page.page.fill('[data-testid="central-token"]', 'not-a-token', { timeout: 30_000 });
    await page.page.click('[data-testid="central-enter"]');
    await page.page.locator('#error:not(:empty)').waitFor({ timeout: 30_000 });
    expect(await page.page.textContent('#error')).toMatch(/[\u0600-\u06FF]/);
    await page.page.fill('[data-testid="central-token"]', ADMIN_TOKEN);
    await page.page.click('[data-testid="central-enter"]');
    const row = page.page.locator(`[data-testid="central-offices"] tr[data-office="${officeId}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('td[data-col="issued"]').textContent()).toBe('۴');
    expect(await row.textContent()).toContain('متصل');
    await screenshot(page.page, 'central-board');
  });
});
