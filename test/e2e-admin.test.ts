// An admin at the counter app: renames a service and adds a kiosk, in a real browser
// against a real server; the changes reach the server's files and the kiosk's screen.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
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

describe('an admin manages the office from the counter app', () => {
  it('renames a service, adds a kiosk and reads its pairing code', async () => {
    const admin = await openPage(browser, `${server.url}/counter/`, { width: 1366, height: 900 });
    pages.push(admin);
    const { page } = admin;
    await page.fill('[data-testid="login-username"]', 'admin');
    await page.fill('[data-testid="login-password"]', 'admin1234');
    await page.click('[data-testid="login-submit"]');
    await page.click('[data-testid="admin-tab"]', { timeout: WAIT });

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
});
