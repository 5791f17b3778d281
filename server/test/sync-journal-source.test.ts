// The sync client reads the office's journal files without ever writing them: across
// day files, from any position, only complete lines, only up to the durable head.
import { describe, it, expect, afterAll } from 'vitest';
import { appendFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Journal, type JournalRecord } from '../src/storage/journal';
import { FileJournalSource } from '../src/sync/journal-source';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const rec = (seq: number, day: string): JournalRecord => ({
  seq,
  id: randomUUID(),
  type: 'ticket.issued',
  at: `${day}T06:00:00.000Z`,
  day,
  actor: { kind: 'device', id: 'k', role: 'kiosk' },
  commandId: randomUUID(),
  answer: { ticket: { id: 't' } },
});

async function journalWith(days: Array<[string, number]>): Promise<{ dir: string; journal: Journal; records: JournalRecord[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-sync-src-'));
  dirs.push(dir);
  const journal = new Journal(join(dir, 'journal'));
  await journal.init();
  const records: JournalRecord[] = [];
  for (const [day, n] of days) for (let i = 0; i < n; i++) records.push(rec(records.length + 1, day));
  await journal.append(records);
  return { dir: join(dir, 'journal'), journal, records };
}

describe('reading the journal for sync', () => {
  it('reads across day files from any position, within the head and batch limits, without the answers', async () => {
    const { dir, journal, records } = await journalWith([
      ['2026-01-03', 40],
      ['2026-01-04', 25],
      ['2026-01-06', 35],
    ]);
    const source = new FileJournalSource(dir);
    const all = [];
    for (let after = 0; ; ) {
      const { records: batch } = await source.read(after, 100, 30, 1 << 20);
      if (batch.length === 0) break;
      expect(batch.length).toBeLessThanOrEqual(30);
      all.push(...batch);
      after = batch[batch.length - 1]!.seq;
    }
    expect(all.map((r) => r.seq)).toEqual(records.map((r) => r.seq));
    expect(all.every((r) => !('answer' in r))).toBe(true);
    expect(all[50]).toEqual((({ answer: _a, ...r }) => r)(records[50]!));

    // from the middle of the second file, and not past the head
    const mid = await source.read(52, 70, 500, 1 << 20);
    expect(mid.records.map((r) => r.seq)).toEqual(Array.from({ length: 18 }, (_, i) => 53 + i));
    // a byte limit cuts a batch short
    const small = await source.read(0, 100, 500, 1000);
    expect(small.records.length).toBeGreaterThan(0);
    expect(small.records.length).toBeLessThan(10);
    expect(await source.lastSeq()).toBe(100);
    await journal.close();
  });

  it('follows the journal as the office appends, never taking a torn line or touching the file', async () => {
    const { dir, journal } = await journalWith([['2026-01-03', 5]]);
    const source = new FileJournalSource(dir);
    expect((await source.read(0, 5, 500, 1 << 20)).records).toHaveLength(5);

    await journal.append([rec(6, '2026-01-03'), rec(7, '2026-01-03')]);
    expect((await source.read(5, 7, 500, 1 << 20)).records.map((r) => r.seq)).toEqual([6, 7]);

    // a line being written (no newline yet) is neither read nor cut off
    const file = join(dir, '2026-01-03.jsonl');
    const torn = JSON.stringify(rec(8, '2026-01-03'));
    await appendFile(file, torn.slice(0, 40));
    const size = (await stat(file)).size;
    expect((await source.read(7, 8, 500, 1 << 20)).records).toEqual([]);
    expect(await source.lastSeq()).toBe(7);
    expect((await stat(file)).size).toBe(size);
    await appendFile(file, `${torn.slice(40)}\n`);
    expect((await source.read(7, 8, 500, 1 << 20)).records.map((r) => r.seq)).toEqual([8]);

    // a new office day goes to a new file; the reader moves on to it
    await journal.append([rec(9, '2026-01-04')]);
    expect((await source.read(8, 9, 500, 1 << 20)).records.map((r) => r.seq)).toEqual([9]);
    // and can go back (central asked for an earlier position)
    expect((await source.read(2, 4, 500, 1 << 20)).records.map((r) => r.seq)).toEqual([3, 4]);
    await journal.close();
  });
});
