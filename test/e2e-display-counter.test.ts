// End to end: the admin moves a lobby display to one counter's sign; the display,
// already running, follows by itself (it is told of the configuration change).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningOffice } from '../server/src/app';
import { launchBrowser, openPage, type OpenedPage } from './helpers/browser';
import { assertAppsBuilt, freshDataDir, removeDataDir, startServer } from './helpers/server';

const WAIT = 30_000;
let browser: Browser | undefined;
let server: RunningOffice | undefined;
let dataDir: string | undefined;
let display: OpenedPage | undefined;

beforeAll(async () => {
  assertAppsBuilt();
  dataDir = await freshDataDir();
  server = await startServer(dataDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await display?.context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  await removeDataDir(dataDir);
});

describe('a display moved to a counter', () => {
  it('switches from the lobby board to counter 2’s sign without anyone touching it', async () => {
    display = await openPage(browser!, `${server!.url}/display/`, { width: 1920, height: 1080 });
    await display.page.locator('[data-testid="display-board"]').waitFor({ timeout: WAIT });
    const device = server!.office.config.devices.find((d) => d.kind === 'display')!;
    const login = await fetch(`${server!.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'admin1234' }) });
    const { token } = (await login.json()) as { token: string };
    const put = await fetch(`${server!.url}/api/admin/devices/${device.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: device.name, counterId: 'c2' }),
    });
    expect(put.status).toBe(200);
    const sign = display.page.locator('[data-testid="counter-sign"][data-counter="c2"]');
    await sign.waitFor({ timeout: WAIT });
    expect(await display.page.isVisible('[data-testid="display-board"]')).toBe(false);
  });
});
