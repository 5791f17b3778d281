// End to end, in a real browser against a real office server: a visitor takes a
// ticket at the kiosk, a clerk calls it, the board shows it and starts the announcement.
// Needs the built screens (`npm run build --workspace kiosk --workspace counter --workspace display`)
// and Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningOffice } from '../server/src/app';
import {
  describeViolations,
  launchBrowser,
  openPage,
  screenshot,
  seriousAxeViolations,
  type OpenedPage,
} from './helpers/browser';
import { assertAppsBuilt, freshDataDir, removeDataDir, startServer } from './helpers/server';

/** Generous: the machine is small and shared; we wait for states, never time them. */
const WAIT = 30_000;

const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
const COUNTER_VIEWPORT = { width: 1366, height: 768 };
const DISPLAY_VIEWPORT = { width: 1920, height: 1080 };

let browser: Browser | undefined;
const servers = new Set<RunningOffice>();
const dataDirs: string[] = [];
const pages: OpenedPage[] = [];

async function newServer(dataDir: string, port = 0): Promise<RunningOffice> {
  const server = await startServer(dataDir, port);
  servers.add(server);
  return server;
}

async function stopServer(server: RunningOffice): Promise<void> {
  if (!servers.delete(server)) return;
  await server.close();
}

async function open(path: string, server: RunningOffice, viewport: { width: number; height: number }): Promise<OpenedPage> {
  if (!browser) throw new Error('browser not launched');
  const opened = await openPage(browser, `${server.url}${path}`, viewport);
  pages.push(opened);
  return opened;
}

async function expectAccessible(page: OpenedPage, screen: string): Promise<void> {
  const violations = await seriousAxeViolations(page.page);
  if (violations.length > 0) console.error(`axe on ${screen}:\n${describeViolations(violations)}`);
  expect(violations.map((v) => `${v.impact} ${v.id}`), `serious/critical axe violations on ${screen}`).toEqual([]);
}

beforeAll(async () => {
  assertAppsBuilt();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const p of pages) {
    if (p.problems.length > 0) console.warn(`browser problems on ${p.page.url()}:\n  ${p.problems.join('\n  ')}`);
    await p.context.close().catch(() => undefined);
  }
  await browser?.close();
  for (const server of [...servers]) await stopServer(server);
  for (const dir of dataDirs) await removeDataDir(dir);
});

describe('a visitor takes a ticket at the kiosk, a clerk calls it, the board shows it and starts the announcement', () => {
  it('walks one ticket from the kiosk through the counter to the hall display', async () => {
    const dataDir = await freshDataDir();
    dataDirs.push(dataDir);
    const server = await newServer(dataDir);

    // The hall display is up first, so it hears the call as it happens.
    const display = await open('/display/', server, DISPLAY_VIEWPORT);
    await display.page.waitForSelector('[data-testid="display-board"]', { timeout: WAIT });

    // The visitor at the kiosk.
    const kiosk = await open('/kiosk/', server, KIOSK_VIEWPORT);
    await kiosk.page.waitForSelector('[data-testid="kiosk-home"]', { timeout: WAIT });
    await kiosk.page.waitForSelector('[data-testid="service-s01"]', { timeout: WAIT });
    await screenshot(kiosk.page, 'kiosk-home');
    await expectAccessible(kiosk, 'kiosk home');

    await kiosk.page.click('[data-testid="service-s01"]');
    const next = await kiosk.page.waitForSelector('[data-testid="priority-normal"], [data-testid="ticket-number"]', {
      timeout: WAIT,
    });
    if ((await next.getAttribute('data-testid')) === 'priority-normal') await next.click();
    const numberEl = await kiosk.page.waitForSelector('[data-testid="ticket-number"]', { timeout: WAIT });
    const label = ((await numberEl.textContent()) ?? '').trim();
    // s01 belongs to the «الف» department and numbers from 101: its first ticket is «الف-۱۰۱».
    expect(label).toBe('الف-۱۰۱');
    expect(await kiosk.page.isVisible('[data-testid="ticket-ahead"]')).toBe(true);
    expect(await kiosk.page.isVisible('[data-testid="ticket-wait"]')).toBe(true);
    await screenshot(kiosk.page, 'kiosk-ticket');
    await expectAccessible(kiosk, 'kiosk ticket');

    // The clerk at counter 1 signs in, opens the counter, sees the ticket waiting and calls it.
    const counter = await open('/counter/', server, COUNTER_VIEWPORT);
    await counter.page.waitForSelector('[data-testid="login-username"]', { timeout: WAIT });
    await counter.page.fill('[data-testid="login-username"]', 'clerk1');
    await counter.page.fill('[data-testid="login-password"]', 'clerk1234');
    await counter.page.click('[data-testid="login-submit"]');
    await counter.page.click('[data-testid="counter-open-c1"]', { timeout: WAIT });
    await counter.page.waitForSelector('[data-testid="desk"]', { timeout: WAIT });
    await counter.page.locator('[data-testid="queue-list"] li', { hasText: label }).first().waitFor({ timeout: WAIT });
    await counter.page.click('[data-testid="call-next"]', { timeout: WAIT });
    await counter.page.locator('[data-testid="current-ticket"]', { hasText: label }).waitFor({ timeout: WAIT });
    expect(await counter.page.textContent('[data-testid="current-ticket"]')).toContain(label);
    await screenshot(counter.page, 'counter-desk');

    // The board shows the call and the voice starts announcing it.
    await display.page.locator('[data-testid="current-call-number"]', { hasText: label }).waitFor({ timeout: WAIT });
    expect(((await display.page.textContent('[data-testid="current-call-number"]')) ?? '').trim()).toBe(label);
    const counterText = (await display.page.textContent('[data-testid="current-call-counter"]')) ?? '';
    expect(counterText).toContain('۱');
    expect(counterText).not.toMatch(/[0-9]/);
    const callId = (await display.page.getAttribute('[data-testid="current-call"]', 'data-call')) ?? '';
    expect(callId).not.toBe('');

    // Announcing is a passing state: accept it seen live, or already finished and recorded.
    const heard = await display.page.waitForFunction(
      (id) => {
        const el = document.querySelector('[data-testid="announcer"]');
        if (el?.getAttribute('data-state') === 'announcing' && el.getAttribute('data-call') === id) return 'announcing';
        const announced = (window as { __deskAnnounced?: string[] }).__deskAnnounced ?? [];
        return announced.includes(id) ? 'announced' : false;
      },
      callId,
      { timeout: WAIT, polling: 'raf' },
    );
    const heardAs = await heard.jsonValue();
    console.info(`announcer: call ${callId} ${heardAs}`);
    expect(['announcing', 'announced']).toContain(heardAs);
    // the board also tells the lobby about one service at a time (its info package)
    const card = display.page.locator('[data-testid="service-info-card"]');
    await card.waitFor({ timeout: WAIT });
    const shownId = (await card.getAttribute('data-service')) ?? '';
    const shown = server.office.config.services.find((x) => x.id === shownId);
    expect(shown).toBeDefined();
    expect(await card.textContent()).toContain(shown!.name);
    expect(await card.textContent()).toContain('روز کاری');
    await screenshot(display.page, 'display-board');
  });

  it('the kiosk says it is offline while the server is down and comes back by itself', async () => {
    const dataDir = await freshDataDir();
    dataDirs.push(dataDir);
    const first = await newServer(dataDir);
    const port = first.port;

    const kiosk = await open('/kiosk/', first, KIOSK_VIEWPORT);
    await kiosk.page.waitForSelector('[data-testid="kiosk-home"]', { timeout: WAIT });

    await stopServer(first);
    await kiosk.page.waitForSelector('[data-testid="kiosk-offline"]', { timeout: WAIT });
    expect(await kiosk.page.isVisible('[data-testid="kiosk-home"]')).toBe(false);

    // The same office comes back on the same address: the kiosk keeps its pairing and recovers.
    const second = await newServer(dataDir, port);
    expect(second.port).toBe(port);
    await kiosk.page.waitForSelector('[data-testid="kiosk-home"]', { timeout: WAIT });
    await kiosk.page.waitForSelector('[data-testid="service-s01"]', { timeout: WAIT });
    expect(await kiosk.page.isVisible('[data-testid="kiosk-offline"]')).toBe(false);
    // it came back on its kept token: still the one kiosk the office paired, not a second one
    expect(second.office.config.devices.filter((d) => d.kind === 'kiosk')).toHaveLength(1);
  });
});
