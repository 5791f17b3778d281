// Reports over HTTP against a real office: the day the test produced is reported with
// exactly its figures, the export files match the screen's table, and a clerk only
// ever gets their own desk.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parseCsv, periodContaining, type ReportResult, type Ticket } from '@desk/common';
import { startOfficeServer, type RunningOffice } from '../src/app';
import { stopReportWorker } from '../src/reports';
import { Client, deviceToken, login, post } from './live-helpers';

let server: RunningOffice;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-reports-http-'));
  server = await startOfficeServer({ dataDir: dir, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await stopReportWorker();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function report(token: string, body: unknown): Promise<ReportResult> {
  const started = await post<{ id: string }>(`${server.url}/api/reports/jobs`, body, token);
  expect(started.status).toBe(202);
  let job: { state: string; result?: ReportResult; error?: { message: string } } = { state: 'running' };
  await expect
    .poll(async () => {
      const res = await fetch(`${server.url}/api/reports/jobs/${started.json.id}`, { headers: { authorization: `Bearer ${token}` } });
      job = (await res.json()) as typeof job;
      return job.state;
    })
    .not.toBe('running');
  expect(job.error).toBeUndefined();
  return Object.assign(job.result!, { jobId: started.json.id });
}

/** One file of a zip (the XLSX), found through the central directory and inflated. */
function zipEntry(zip: Buffer, wanted: string): string {
  for (let at = zip.length - 22; at >= 0; at--) {
    if (zip.readUInt32LE(at) !== 0x06054b50) continue;
    let entry = zip.readUInt32LE(at + 16);
    const count = zip.readUInt16LE(at + 10);
    for (let i = 0; i < count; i++) {
      const method = zip.readUInt16LE(entry + 10);
      const size = zip.readUInt32LE(entry + 20);
      const nameLen = zip.readUInt16LE(entry + 28);
      const extraLen = zip.readUInt16LE(entry + 30);
      const commentLen = zip.readUInt16LE(entry + 32);
      const local = zip.readUInt32LE(entry + 42);
      const name = zip.subarray(entry + 46, entry + 46 + nameLen).toString();
      if (name === wanted) {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      }
      entry += 46 + nameLen + extraLen + commentLen;
    }
  }
  throw new Error(`${wanted} not in the zip`);
}

describe('reports over HTTP', () => {
  it("today's figures, exactly; the CSV and XLSX carry the same numbers; a clerk gets only their own desk", async () => {
    const kiosk = await Client.connect(server.url, await deviceToken(server.url, 'kiosk'));
    const issued: Ticket[] = [];
    for (let i = 0; i < 5; i++) issued.push(((await kiosk.send({ type: 'ticket.issue', serviceId: 's01' })) as unknown as { ticket: Ticket }).ticket);
    const clerk = await Client.connect(server.url, await login(server.url, 'clerk1', 'clerk1234'));
    expect((await clerk.send({ type: 'counter.open', counterId: 'c1' })).ok).toBe(true);
    for (let i = 0; i < 3; i++) {
      expect((await clerk.send({ type: 'ticket.callNext', counterId: 'c1' })).ok).toBe(true);
      expect((await clerk.send({ type: 'ticket.start', counterId: 'c1' })).ok).toBe(true);
      expect((await clerk.send({ type: 'ticket.finish', counterId: 'c1' })).ok).toBe(true);
    }
    kiosk.close();
    clerk.close();

    const supervisor = await login(server.url, 'super', 'super1234');
    const today = periodContaining('day', new Date());
    const result = await report(supervisor, { period: today, sections: ['queue.summary', 'queue.byService'] });
    const summary = result.tables.find((t) => t.id === 'queue.summary')!;
    const value = (key: string) => summary.rows.find((r) => r[0] === key)?.[1];
    expect(value('نوبت‌های صادرشده')).toBe(5);
    expect(value('خدمت‌گرفته')).toBe(3);
    const byService = result.tables.find((t) => t.id === 'queue.byService')!;
    const s01 = byService.rows.find((r) => r.some((c) => c === 's01' || (typeof c === 'string' && c.startsWith('آزادسازی'))))!;
    const issuedCol = byService.columns.findIndex((c) => c.key === 'issued');
    const servedCol = byService.columns.findIndex((c) => c.key === 'served');
    expect(s01[issuedCol]).toBe(5);
    expect(s01[servedCol]).toBe(3);

    // the exports, from the same job: CSV parsed back, XLSX unzipped
    const jobId = (result as ReportResult & { jobId: string }).jobId;
    const auth = { authorization: `Bearer ${supervisor}` };
    const csv = await fetch(`${server.url}/api/reports/jobs/${jobId}/export?format=csv&table=queue.byService`, { headers: auth });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]).toContain(byService.columns[issuedCol]!.title);
    const csvS01 = rows.find((r) => r.some((c) => c.startsWith('آزادسازی')))!;
    expect(Number(csvS01[issuedCol])).toBe(5);
    const xlsx = Buffer.from(await (await fetch(`${server.url}/api/reports/jobs/${jobId}/export?format=xlsx`, { headers: auth })).arrayBuffer());
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const sheets = [2, 3].map((n) => zipEntry(xlsx, `xl/worksheets/sheet${n}.xml`)).join('');
    expect(sheets).toContain('<v>5</v>');
    expect(sheets).toContain('<v>3</v>');

    // a clerk asking for the office gets their own desk only
    const clerk2 = await login(server.url, 'clerk2', 'clerk1234');
    const own = await report(clerk2, { period: today, place: { kind: 'office' }, sections: ['queue.summary'] });
    expect(own.request.place).toMatchObject({ kind: 'clerk' });
    const ownSummary = own.tables.find((t) => t.id === 'queue.summary')!;
    expect(ownSummary.rows.find((r) => r[0] === 'خدمت‌گرفته')![1]).toBe(0);
    // and cannot read the supervisor's job
    expect((await fetch(`${server.url}/api/reports/jobs/${jobId}`, { headers: { authorization: `Bearer ${clerk2}` } })).status).toBe(404);
  });
});
