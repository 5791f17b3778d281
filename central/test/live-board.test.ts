// The central board live, in Chromium: a real office server syncs to a real central
// desk; a viewer opens the board on the office's detail; a clerk calls a ticket at the
// office and the board shows it — the office's row (its list no longer read by the
// poll: only the live link can bring it) and the detail's counter — without a reload.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ticketLabel, type Ticket } from '@desk/common';
import { startOfficeServer } from '../../server/src/app';
import { startOfficeSync } from '../../server/src/sync/index';
import { Client, deviceToken, login } from '../../server/test/live-helpers';
import { launchBrowser, openPage, screenshot } from '../../test/helpers/browser';
import { startCentralServer } from '../src/server';
import { ADMIN_TOKEN, createTestDatabase, registerOffice, until } from './helpers';

const WAIT = { timeout: 60_000 };

/** What the test started, stopped in the reverse order. */
const started: (() => Promise<unknown> | void)[] = [];
afterAll(async () => {
  for (const stop of started.reverse()) await stop();
});

describe('the live board', () => {
  it("shows a ticket called at the office on the office's row and detail without a reload", async () => {
    const db = await createTestDatabase();
    started.push(() => db.drop());
    const central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN });
    started.push(() => central.close());
    const dir = await mkdtemp(join(tmpdir(), 'desk-central-live-'));
    started.push(() => rm(dir, { recursive: true, force: true }));
    const office = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1' });
    started.push(() => office.close());
    const officeId = office.office.config.office.id;
    const sync = (await startOfficeSync(office.office, dir, { url: central.url, officeId, token: await registerOffice(central.url, officeId) }))!;
    started.push(() => sync.stop());
    await until(() => sync.status().connected);

    // the morning: three tickets waiting, counter 1 open
    const kiosk = await Client.connect(office.url, await deviceToken(office.url, 'kiosk'));
    const clerk = await Client.connect(office.url, await login(office.url, 'clerk1', 'clerk1234'));
    started.push(() => kiosk.close(), () => clerk.close());
    for (let i = 0; i < 3; i++) expect((await kiosk.send({ type: 'ticket.issue', serviceId: 's01' })).ok).toBe(true);
    expect((await clerk.send({ type: 'counter.open', counterId: 'c1' })).ok).toBe(true);
    await until(() => sync.status().waiting === 0 && sync.status().lastAckedSeq === office.office.seq);

    const browser = await launchBrowser();
    started.push(() => browser.close());
    const p = (await openPage(browser, `${central.url}/#/board/${officeId}`, { width: 1366, height: 900 })).page;
    await p.fill('[data-testid="central-token"]', ADMIN_TOKEN, WAIT);
    await p.click('[data-testid="central-enter"]');
    const row = p.locator(`[data-testid="central-offices"] tr[data-office="${officeId}"]`);
    await row.waitFor(WAIT);
    await p.locator('[data-testid="central-board"][data-live="on"]').waitFor(WAIT);
    const detail = p.locator(`[data-testid="central-office-detail"][data-office="${officeId}"]`);
    await detail.waitFor(WAIT);
    await expect.poll(() => row.locator('td[data-col="waiting"]').textContent()).toBe('۳');
    expect(await row.locator('td[data-col="counters-open"]').textContent()).toBe('۱');
    expect(await row.locator('td[data-col="last-call"]').textContent()).toBe('—');

    // from now on the board's list is not read again: only the live link can bring news
    await p.route('**/api/offices?**', (route) => (new URL(route.request().url()).searchParams.has('office') ? route.continue() : route.abort()));
    await p.evaluate(() => ((window as unknown as { boardMark: number }).boardMark = 1));

    const called = (await clerk.send({ type: 'ticket.callNext', counterId: 'c1' })) as unknown as { ok: boolean; ticket: Ticket };
    expect(called.ok).toBe(true);
    const label = ticketLabel(called.ticket);
    await expect.poll(() => row.locator('[data-testid="central-last-call"]').getAttribute('data-ticket')).toBe(called.ticket.id);
    expect(await row.locator('td[data-col="last-call"]').textContent()).toContain(label);
    await expect.poll(() => row.locator('td[data-col="waiting"]').textContent()).toBe('۲');
    expect(await row.locator('td[data-col="serving"]').textContent()).toBe('۱');
    // the detail: counter 1 with its clerk and the ticket, and the call in the latest calls
    const counter = detail.locator('[data-testid="detail-counters"] tr[data-counter="c1"]');
    await expect.poll(() => counter.locator('td[data-col="current"]').textContent()).toBe(label);
    expect(await counter.textContent()).toContain(office.office.config.staff.find((s) => s.username === 'clerk1')!.displayName);
    expect(await detail.locator('[data-testid="detail-calls"]').textContent()).toContain(label);
    expect(await detail.locator('[data-testid="detail-sync"] tr[data-stream="queue"] td[data-col="last-seq"]').textContent()).toMatch(/^[۰-۹]+$/);
    // the same page all along
    expect(await p.evaluate(() => (window as unknown as { boardMark?: number }).boardMark)).toBe(1);
    await screenshot(p, 'central-live-board');
  });
});
