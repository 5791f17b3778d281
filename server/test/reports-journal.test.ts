// Reading the journal for reports: the fields read in place are JSON's own, lines are
// found across chunk boundaries, torn and corrupt lines are skipped, and a report can
// be cancelled while it reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JournalLine } from '../src/reports/line';
import { listDayFiles, readLines, ReportCancelled } from '../src/reports/reader';
import { runReport, stopReportWorker } from '../src/reports/run';
import { TicketScan } from '../src/reports/ticket-scan';
import { Samples, TopN } from '../src/reports/stats';
import { writeYearHistory } from '../../bench/history';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reports-journal-'));
});
afterAll(async () => {
  await stopReportWorker();
  await rm(dir, { recursive: true, force: true });
});

const ticket = {
  id: 't-1',
  day: '2026-11-03',
  order: 7,
  serviceId: 's01',
  prefix: 'الف',
  number: 107,
  channel: 'kiosk',
  priority: { kind: 'elderly', status: 'confirmed' },
  status: 'done',
  issuedAt: '2026-11-03T04:30:00.000Z',
  queueKey: 1793687400000,
  counterId: 'c1',
  clerkId: 'k1',
  calledAt: '2026-11-03T04:41:00.000Z',
  recalls: 2,
  finishedAt: '2026-11-03T04:45:30.250Z',
  transfers: 1,
};

describe('ticket fields read in place', () => {
  it('give what JSON.parse gives, for strings, Persian text, integers, times and the priority', () => {
    const bytes = Buffer.from(JSON.stringify(ticket));
    const scan = new TicketScan();
    expect(scan.scan(bytes, 0, bytes.length)).toBe(true);
    expect(scan.end).toBe(bytes.length);
    expect(scan.text('id')).toBe('t-1');
    expect(scan.text('prefix')).toBe('الف');
    expect(scan.text('clerkId', true)).toBe('k1');
    expect(scan.int('number')).toBe(107);
    expect(scan.int('queueKey')).toBe(1793687400000);
    expect(scan.time('finishedAt')).toBe(Date.parse(ticket.finishedAt));
    expect(scan.time('servingAt')).toBeUndefined();
    expect(scan.object('priority')).toEqual(ticket.priority);
    expect(scan.text('status')).toBe('done'); // the ticket's own, not the priority's
  });

  it('refuse what they cannot read exactly (an escaped quote), so the line is parsed instead', () => {
    const bytes = Buffer.from(JSON.stringify({ ...ticket, clerkId: 'k"1' }));
    expect(new TicketScan().scan(bytes, 0, bytes.length)).toBe(false);
  });

  it('a journal line with an unusual ticket still reports the same as JSON.parse', async () => {
    const record = { id: 'e-1', type: 'ticket.finished', at: ticket.finishedAt, day: ticket.day, actor: { kind: 'staff', id: 'k"1' }, ticket: { ...ticket, clerkId: 'k"1', prefix: 'ب}' }, seq: 3 };
    const other = { seq: 4, type: 'ticket.called', id: 'e-2', at: ticket.calledAt, day: ticket.day, actor: { kind: 'staff', id: 'k1', role: 'clerk' }, answer: { ticket: { id: 'x' } }, ticket };
    await mkdir(join(dir, 'odd'), { recursive: true });
    await writeFile(join(dir, 'odd', '2026-11-03.jsonl'), `${JSON.stringify(record)}\n${JSON.stringify(other)}\n`);
    const seen: unknown[] = [];
    await readLines(await listDayFiles([{ dir: join(dir, 'odd') }], undefined, undefined), (line: JournalLine) => {
      seen.push([line.type, line.ticketText('clerkId'), line.ticketText('prefix'), line.ticketTime('calledAt'), line.ticketInt('transfers'), line.ticket()?.id]);
    });
    expect(seen).toEqual([
      ['ticket.finished', 'k"1', 'ب}', Date.parse(ticket.calledAt), 1, 't-1'],
      ['ticket.called', 'k1', 'الف', Date.parse(ticket.calledAt), 1, 't-1'],
    ]);
  });
});

describe('exact statistics', () => {
  it('mean, median, nearest-rank p90 and max, also past what fits in 32 bits', () => {
    const s = new Samples();
    for (const v of [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]) s.add(v);
    expect(s.summary()).toEqual({ count: 10, mean: 5.5, median: 5.5, p90: 9, max: 10, sum: 55 });
    const long = 40 * 86_400_000; // a case open 40 days, in ms
    s.add(long);
    s.add(0.5);
    expect(s.summary()).toMatchObject({ count: 12, median: 5.5, p90: 10, max: long, sum: 55.5 + long });
    expect(new Samples().summary().mean).toBeNull();
  });

  it('the longest waits keep the largest, the first of equals first', () => {
    const top = new TopN<string>(3);
    for (const [score, name] of [[5, 'a'], [9, 'b'], [5, 'c'], [7, 'd'], [9, 'e'], [1, 'f']] as const) top.add(score, name);
    expect(top.result()).toEqual(['b', 'e', 'd']);
  });
});

describe('the reader', () => {
  it('finds every line across chunk boundaries, skips a corrupt line and a torn last line', async () => {
    const d = join(dir, 'lines');
    await mkdir(d, { recursive: true });
    // lines of every length around the 512 KiB chunk, one much longer than a chunk
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(JSON.stringify({ id: `e${i}`, type: 'counter.paused', pad: 'x'.repeat((i * 7919) % 9000), reason: 'ناهار' }));
    lines.splice(150, 0, JSON.stringify({ id: 'big', type: 'counter.paused', pad: 'y'.repeat(1_300_000) }));
    lines.splice(10, 0, '{"id":"broken","type":"counter.paused",');
    await writeFile(join(d, '2026-11-03.jsonl'), `${lines.join('\n')}\n{"id":"torn","type":"counter.paused"`);
    const ids: string[] = [];
    const totals = await readLines(await listDayFiles([{ dir: d }], undefined, undefined), (line) => {
      ids.push(line.record<{ id: string }>().id);
      expect(line.type).toBe('counter.paused');
    });
    expect(ids).toHaveLength(301);
    expect(ids[150]).toBe('big');
    expect(ids).not.toContain('torn');
    expect(totals).toMatchObject({ files: 1, lines: 302, bad: 1 });
  });

  it('a report is cancelled while it reads, and the next one still runs', async () => {
    const data = join(dir, 'history');
    const info = await writeYearHistory(data, { days: 20, tickets: 20_000 });
    const abort = new AbortController();
    let progress = 0;
    const cancelled = runReport(
      { period: { kind: 'custom', from: { year: 1300, month: 1, day: 1 }, to: { year: 1499, month: 1, day: 1 } }, sections: ['queue.summary'] },
      {
        dataDir: data,
        signal: abort.signal,
        onProgress: () => {
          if (++progress === 1) abort.abort();
        },
      },
    );
    await expect(cancelled).rejects.toBeInstanceOf(ReportCancelled);
    const next = await runReport({ period: { kind: 'custom', from: { year: 1300, month: 1, day: 1 }, to: { year: 1499, month: 1, day: 1 } }, sections: ['queue.summary'] }, { dataDir: data });
    expect(next.tables[0]!.rows[0]).toEqual(['نوبت‌های صادرشده', info.tickets]);
    expect(next.stats.files).toBe(info.days);
  });
});
