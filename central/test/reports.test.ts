// Reports over offices at the central desk: three offices (two in Mazandaran, one in
// Gilan) work two days of Aban 1405 and one of Mehr through the real queue engine and
// journal, with their own clocks, and sync to a real central desk. The central report
// of each office must be exactly what the office's own engine gives from its own journal
// files, the total what the engine gives over the three journals together; a province
// keeps its own offices; the CSV and XLSX files read back as the numbers on the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { toPersianDigits, type Command, type CommandInput } from '@desk/common';
import { DEFAULT_SECTIONS, isNumericColumn, parseCsv, periodContaining, previousPeriod, type ReportRequest, type ReportResult, type ReportTable } from '../../common/src/reports/index';
import { Office } from '../../server/src/office';
import { computeReport } from '../../server/src/reports/compute';
import { reportXlsx } from '../../server/src/reports/export';
import { columnName } from '../../server/src/reports/xlsx';
import { runReport } from '../../server/src/reports/run';
import { officeJournals } from '../../server/src/reports/sources';
import { FileOfficeStore } from '../../server/src/storage/store';
import type { Principal } from '../../server/src/auth/auth';
import { startOfficeSync, type SyncClient } from '../../server/src/sync/index';
import { startCentralServer, type RunningCentral } from '../src/server';
import { stopCentralReportWorker } from '../src/reports/index';
import type { CentralJobStatus, CentralReportResult } from '../src/reports/types';
import { launchBrowser, openPage, screenshot } from '../../test/helpers/browser';
import { ADMIN_TOKEN, api, createTestDatabase, registerOffice, sleep, until, type TestDatabase } from './helpers';
import { simConfig } from './sim-office';

/** An office on a clock of its own, worked through its real engine and journal. */
class ClockedOffice {
  now = '';
  sync: SyncClient | null = null;
  private constructor(
    readonly id: string,
    readonly dir: string,
    readonly store: FileOfficeStore,
    readonly office: Office,
  ) {}

  static async open(id: string, start: string): Promise<ClockedOffice> {
    const dir = await mkdtemp(join(tmpdir(), `desk-central-report-${id}-`));
    const store = await FileOfficeStore.open(dir);
    const config = simConfig(id);
    await store.saveConfig(config);
    const clock = { now: start };
    const office = await Office.open(store, config, () => clock.now);
    const o = new ClockedOffice(id, dir, store, office);
    Object.defineProperty(o, 'now', { get: () => clock.now, set: (v: string) => (clock.now = v) });
    return o;
  }

  after(seconds: number): void {
    this.now = new Date(Date.parse(this.now) + seconds * 1000).toISOString();
  }

  private principal(counter: number): Principal {
    const user = this.office.config.staff[counter - 1]!;
    return { kind: 'staff', id: user.id, user };
  }

  async run(cmd: CommandInput, principal: Principal = kiosk): Promise<void> {
    const answer = (await this.office.execute({ ...cmd, commandId: randomUUID() } as Command, principal)) as { ok: boolean; ticket?: unknown };
    expect(answer, `${this.id} ${cmd.type}: ${JSON.stringify(answer)}`).toMatchObject({ ok: true });
    if (cmd.type === 'ticket.callNext') expect(answer.ticket, `${this.id} called nobody`).toBeTruthy();
  }

  /**
   * A morning at the office: counters 1 and 6 open, tickets issued for `services`, then
   * `served` of them served at the general counter (6, every service), then a no-show
   * (called, recalled twice, absent).
   */
  async workDay(day: string, services: string[], served: number, noShow: boolean): Promise<void> {
    this.now = `${day}T04:30:00.000Z`; // 08:00 in Tehran
    await this.office.tick();
    await this.run({ type: 'counter.open', counterId: 'c1' }, this.principal(1));
    await this.run({ type: 'counter.open', counterId: 'c6' }, this.principal(6));
    // renamed in the morning: central learns the names from config.changed
    await this.office.updateConfig((c) => ({ ...c, services: c.services.map((s) => (s.id === 's02' ? { ...s, name: `${s.name} (${day})` } : s)) }), this.principal(1));
    for (const serviceId of services) {
      this.after(40);
      await this.run({ type: 'ticket.issue', serviceId });
    }
    const clerk = 6;
    const counterId = 'c6';
    for (let i = 0; i < served; i++) {
      this.after(60 + 17 * i);
      await this.run({ type: 'ticket.callNext', counterId }, this.principal(clerk));
      this.after(20);
      await this.run({ type: 'ticket.start', counterId }, this.principal(clerk));
      this.after(180 + 31 * i);
      await this.run({ type: 'ticket.finish', counterId }, this.principal(clerk));
    }
    if (noShow) {
      this.after(90);
      await this.run({ type: 'ticket.callNext', counterId }, this.principal(clerk));
      for (let r = 0; r < 2; r++) {
        this.after(60);
        await this.run({ type: 'ticket.recall', counterId }, this.principal(clerk));
      }
      this.after(60);
      await this.run({ type: 'ticket.noShow', counterId }, this.principal(clerk));
    }
  }

  async close(): Promise<void> {
    await this.sync?.stop();
    await this.store.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}

const kiosk: Principal = { kind: 'device', id: 'kiosk-1', device: { id: 'kiosk-1', kind: 'kiosk', name: 'کیوسک', paired: true, createdAt: '' } };

// Aban 1405 is 2026-10-23 … 2026-11-21; Mehr the month before
const MEHR_DAY = '2026-10-20';
const ABAN_DAYS = ['2026-11-01', '2026-11-02'];
const ABAN = periodContaining('month', ABAN_DAYS[0]!);

let db: TestDatabase;
let central: RunningCentral;
const offices: ClockedOffice[] = [];
const files: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  central = await startCentralServer({ pgUrl: db.url, port: 0, host: '127.0.0.1', adminToken: ADMIN_TOKEN });
  const plan = [
    { id: 'rep-sari', province: 'مازندران', services: ['s01', 's01', 's02', 's03', 's01', 's02', 's04'], served: 4 },
    { id: 'rep-amol', province: 'مازندران', services: ['s02', 's02', 's01', 's05', 's02'], served: 2 },
    { id: 'rep-rasht', province: 'گیلان', services: ['s01', 's03', 's03', 's03', 's01', 's01', 's02', 's06', 's01'], served: 6 },
  ];
  for (const [i, p] of plan.entries()) {
    const o = await ClockedOffice.open(p.id, `${MEHR_DAY}T04:00:00.000Z`);
    offices.push(o);
    await o.workDay(MEHR_DAY, p.services.slice(0, 3), 2, false);
    await o.workDay(ABAN_DAYS[0]!, p.services, p.served, i !== 1);
    await o.workDay(ABAN_DAYS[1]!, p.services.slice(i), p.served - 1, i === 1);
    const token = await registerOffice(central.url, p.id, p.province);
    o.sync = await startOfficeSync(o.office, o.dir, { url: central.url, officeId: p.id, token });
  }
  await until(() => offices.every((o) => o.sync!.status().waiting === 0 && o.sync!.status().lastAckedSeq === o.office.seq));
});

afterAll(async () => {
  await stopCentralReportWorker();
  for (const o of offices) await o.close();
  await central?.close();
  await db?.drop();
  for (const f of files) await rm(f, { force: true });
});

/** Start a central report and wait for it (no time limit: the runner's timeout is the bound). */
async function centralReport(body: unknown): Promise<{ id: string; result: CentralReportResult }> {
  const started = await api<{ id: string }>(central.url, 'POST', '/reports/jobs', body);
  expect(started.status).toBe(202);
  for (;;) {
    const s = await api<CentralJobStatus>(central.url, 'GET', `/reports/jobs/${started.json.id}`);
    expect(s.status).toBe(200);
    if (s.json.state === 'done') return { id: started.json.id, result: s.json.result! };
    expect(s.json.state, s.json.error?.message).toBe('running');
    await sleep(100);
  }
}

/** What a report says, leaving out when and how fast it was made. */
const figuresOf = (r: ReportResult) => ({ office: r.office, place: r.place, period: r.period, tables: r.tables, charts: r.charts, comparison: r.comparison });

const request: ReportRequest = { period: ABAN, compareTo: previousPeriod(ABAN), sections: [...DEFAULT_SECTIONS] };
let all: { id: string; result: CentralReportResult };

describe('a report over offices at the central desk', () => {
  it("gives each office exactly what the office's own engine gives from its own journal", async () => {
    all = await centralReport({ offices: { officeIds: offices.map((o) => o.id) }, report: request });
    expect(all.result.offices.map((o) => o.office.id)).toEqual(['rep-amol', 'rep-sari', 'rep-rasht']); // by province, then name
    for (const o of offices) {
      const own = await runReport(request, { dataDir: o.dir, runIn: 'inline' });
      const atCentral = all.result.offices.find((x) => x.office.id === o.id)!.result;
      expect(figuresOf(atCentral)).toEqual(figuresOf(own));
      // the day's figures are there, not an empty report that happens to match
      const summary = own.tables.find((t) => t.id === 'queue.summary')!;
      expect(summary.rows[0]![1]).toBeGreaterThan(0);
      // the names come from the office's config.changed: the service renamed on the last day of Aban
      expect(JSON.stringify(atCentral.tables)).toContain(`(${ABAN_DAYS[1]})`);
    }
  });

  it('gives the total of every ticket of the three offices, side by side with each office', async () => {
    const { result } = all;
    const total = result.total!;
    const expected = await computeReport(
      { ...request, sections: total.request.sections },
      {
        journals: offices.flatMap((o) => officeJournals(o.dir)),
        seed: { config: { departments: offices[0]!.office.config.departments, services: offices.flatMap((o) => o.office.config.services), counters: [] }, units: [], stepTitles: {} },
      },
    );
    expect(total.tables).toEqual(expected.tables);
    expect(total.charts).toEqual(expected.charts);
    expect(total.tables.map((t) => t.id)).not.toContain('queue.byCounter');

    // tickets issued: each office's own figure and the total, side by side
    const side = result.comparison.find((t) => t.id === 'offices.queue.summary')!;
    const issued = side.rows[0]!;
    const column = (key: string) => side.columns.findIndex((c) => c.key === key);
    const issuedAt = (r: ReportResult) => r.tables.find((t) => t.id === 'queue.summary')!.rows[0]![1] as number;
    for (const o of result.offices) expect(issued[column(`value.${o.office.id}`)]).toBe(issuedAt(o.result));
    expect(issued[column('value.total')]).toBe(result.offices.reduce((n, o) => n + issuedAt(o.result), 0));
    expect(issued[column('value.total')]).toBe(issuedAt(total));
    // a mean over the three offices is the mean of every ticket, not the mean of the three means
    const waitRow = side.rows.find((r) => r[0] === 'میانگین انتظار (دقیقه)')!;
    expect(waitRow[column('value.total')]).toBe(expected.tables.find((t) => t.id === 'queue.summary')!.rows.find((r) => r[0] === 'میانگین انتظار (دقیقه)')![1]);
  });

  it("keeps a province's offices and leaves the others out", async () => {
    const { result } = await centralReport({ offices: { province: 'مازندران' }, report: { period: ABAN, sections: ['queue.summary', 'queue.byService'] } });
    expect(result.offices.map((o) => o.office.id).sort()).toEqual(['rep-amol', 'rep-sari']);
    const side = result.comparison.find((t) => t.id === 'offices.queue.summary')!;
    expect(side.columns.map((c) => c.key)).toEqual(['measure', 'value.rep-amol', 'value.rep-sari', 'value.total']);
    expect(JSON.stringify(result.comparison)).not.toContain('rep-rasht');
    const sum = result.offices.reduce((n, o) => n + (o.result.tables[0]!.rows[0]![1] as number), 0);
    expect(result.total!.tables[0]!.rows[0]![1]).toBe(sum);
    // no office: refused in Persian
    const none = await api<{ id: string }>(central.url, 'POST', '/reports/jobs', { offices: { province: 'یزد' }, report: { period: ABAN } });
    for (;;) {
      const s = await api<CentralJobStatus>(central.url, 'GET', `/reports/jobs/${none.json.id}`);
      if (s.json.state === 'running') {
        await sleep(50);
        continue;
      }
      expect(s.json.state).toBe('failed');
      expect(s.json.error?.message).toMatch(/[آ-ی]/);
      break;
    }
  });

  it('exports CSV and XLSX that read back as the numbers on the screen', async () => {
    const { id, result } = all;
    const download = async (query: string) => {
      const res = await fetch(`${central.url}/api/reports/jobs/${id}/export?${query}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    // what the screen shows as numbers: the result's numeric cells (cellText only writes them in Persian digits)
    const numbers = (t: ReportTable) => t.rows.map((r) => r.map((v, i) => (isNumericColumn(t.columns[i]!.type) ? v : null)));

    // CSV of the offices side by side
    const side = result.comparison.find((t) => t.id === 'offices.queue.byService')!;
    const csv = parseCsv((await download('format=csv&table=offices.queue.byService')).toString('utf8'));
    expect(csv[0]).toEqual(side.columns.map((c) => c.title));
    expect(csv.slice(1).map((r) => r.map((v, i) => (isNumericColumn(side.columns[i]!.type) ? (v === '' ? null : Number(v)) : null)))).toEqual(numbers(side));

    // the workbook: a sheet per table (the offices side by side first, then the total's), numbers as numbers
    const book = join(tmpdir(), `central-report-${id}.xlsx`);
    files.push(book);
    await writeFile(book, await download('format=xlsx'));
    const unzipped = (file: string, part: string) => execFileSync('unzip', ['-p', file, part]).toString('utf8');
    const names = [...unzipped(book, 'xl/workbook.xml').matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
    expect(names[0]).toBe('مشخصات گزارش');
    expect(names.length).toBe(1 + result.comparison.length + result.total!.tables.length + (result.total!.comparison?.sideBySide.length ?? 0));
    /** A sheet's numeric cells by reference ('C4' → 12). */
    const sheetNumbers = (xml: string) => new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><v>([^<]*)<\/v><\/c>/g)].map((m) => [m[1]!, Number(m[2])]));
    result.comparison.forEach((table, i) => {
      const read = sheetNumbers(unzipped(book, `xl/worksheets/sheet${i + 2}.xml`));
      const onScreen = new Map(numbers(table).flatMap((row, r) => row.flatMap((v, c) => (v === null ? [] : [[`${columnName(c)}${r + 2}`, v] as const]))));
      expect(read).toEqual(onScreen);
    });

    // one office's workbook is its own report's workbook, sheet for sheet
    const office = result.offices[0]!;
    const mine = join(tmpdir(), `central-report-${id}-office.xlsx`);
    const own = join(tmpdir(), `central-report-${id}-own.xlsx`);
    files.push(mine, own);
    await writeFile(mine, await download(`format=xlsx&office=${office.office.id}`));
    await writeFile(own, await reportXlsx(office.result));
    const list = (f: string) => execFileSync('unzip', ['-Z1', f]).toString('utf8').trim().split('\n');
    expect(list(mine)).toEqual(list(own));
    for (const part of list(own).filter((p) => p.startsWith('xl/worksheets/') && !p.endsWith('sheet1.xml'))) expect(unzipped(mine, part)).toBe(unzipped(own, part));
  });

  it("is the starter's own: another viewer cannot read it; a wrong period is refused in Persian", async () => {
    const viewer = await central.auth.issue('viewer', 'report test');
    const other = await api(central.url, 'GET', `/reports/jobs/${all.id}`, undefined, viewer);
    expect(other.status).toBe(404);
    const bad = await api<{ error: { message: string } }>(central.url, 'POST', '/reports/jobs', { report: { period: { kind: 'month', year: 1405, month: 13 } } }, viewer);
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/[آ-ی]/);
  });

  it('is built on the reports page: a province, a month, the offices side by side and one office in full', async () => {
    const browser = await launchBrowser();
    try {
      const { page } = await openPage(browser, `${central.url}/#/reports`, { width: 1366, height: 900 });
      await page.fill('[data-testid="central-token"]', ADMIN_TOKEN, { timeout: 60_000 });
      await page.click('[data-testid="central-enter"]');
      await page.click('[data-testid="central-report-scope-province"]', { timeout: 60_000 });
      await page.selectOption('[data-testid="central-report-province"]', 'مازندران');
      await page.click('[data-testid="report-kind-month"]');
      await page.selectOption('[data-testid="report-year"]', '1405');
      await page.selectOption('[data-testid="report-month"]', '8');
      await page.click('[data-testid="central-report-build"]');
      await page.waitForSelector('[data-testid="central-report"]', { timeout: 120_000 });
      // the offices side by side: the tickets issued at each office and in all, in Persian digits
      const { result } = await centralReport({ offices: { province: 'مازندران' }, report: { period: ABAN, sections: ['queue.summary'] } });
      const issued = (r: ReportResult) => r.tables.find((t) => t.id === 'queue.summary')!.rows[0]![1] as number;
      const row = page.locator('[data-testid="report-table-offices.queue.summary"] tbody tr').first();
      const cells = await row.locator('td').allTextContents();
      expect(cells).toEqual(['نوبت‌های صادرشده', ...result.offices.map((o) => toPersianDigits(issued(o.result))), toPersianDigits(issued(result.total!))]);
      await page.locator('[data-testid="report-section-offices.queue.byService"] [data-testid^="chart-"]').first().waitFor();
      // one office in full, as its own reports tab shows it
      await page.selectOption('[data-testid="central-report-shown"]', 'rep-sari');
      await page.locator('[data-testid="central-report-detail"] [data-testid="report-place-label"]').filter({ hasText: 'rep-sari' }).waitFor();
      await screenshot(page, 'central-reports');
    } finally {
      await browser.close();
    }
  });
});
