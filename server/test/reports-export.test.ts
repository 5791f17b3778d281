// Exports open and match: the XLSX is unzipped with node:zlib and its sheet XML read
// back cell by cell; the CSV is parsed back. Both against the report's own tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { cellText, isNumericColumn } from '../../common/src/reports/format';
import { parseCsv, toCsv } from '../../common/src/reports/csv';
import type { ReportResult, ReportTable } from '../../common/src/reports/types';
import { reportTables, reportXlsx } from '../src/reports/export';
import { runReport } from '../src/reports/run';
import { Scenario } from '../src/reports/scenario';
import { writeXlsx } from '../src/reports/xlsx';

/** The files of a ZIP archive, read through its central directory; each CRC checked. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressed);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(data.length).toBe(size);
    expect(crc32(data) >>> 0).toBe(crc);
    files.set(name, data.toString('utf8'));
    p += 46 + nameLength + extra + comment;
  }
  return files;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** A sheet's cells: rows of (string | number), by the cells' references. */
function readSheet(xml: string): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const row of xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
    const cells: (string | number | null)[] = [];
    for (const c of row[2]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(.*?)<\/c>/g)) {
      let col = 0;
      for (const ch of c[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
      while (cells.length < col - 1) cells.push(null);
      const inline = /<t[^>]*>(.*?)<\/t>/.exec(c[3]!);
      cells.push(c[2]!.includes('t="inlineStr"') ? unescape(inline?.[1] ?? '') : Number(/<v>(.*?)<\/v>/.exec(c[3]!)![1]));
    }
    rows[Number(row[1]) - 1] = cells;
  }
  return rows;
}

/** What a table's row should look like in the sheet: numbers as numbers, dates as Jalali text, empties left out. */
function expectedRow(table: ReportTable, row: ReportTable['rows'][number]): (string | number | null)[] {
  const out = row.map((v, i) => {
    const type = table.columns[i]!.type;
    if (v === null || v === '') return null;
    if (typeof v === 'number' && isNumericColumn(type)) return v;
    return cellText(v, type);
  });
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

let dataDir: string;
let result: ReportResult;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'reports-export-'));
  const s = await Scenario.create(dataDir, [{ id: 'k1', displayName: 'زهرا «احمدی» & همکاران <۱>' }]);
  const at = (hhmm: string) => s.at(new Date(Date.parse(`2026-11-03T${hhmm}:00+03:30`)).toISOString());
  at('07:55');
  await s.open('c1', 'k1');
  at('08:00');
  await s.issue('s01');
  await s.issue('s02');
  at('08:04');
  await s.callNext('c1', 'k1');
  at('08:05');
  await s.start('c1', 'k1');
  at('08:12');
  await s.callNext('c1', 'k1');
  at('08:20');
  await s.finish('c1', 'k1');
  await s.end();
  result = await runReport(
    { period: { kind: 'day', date: { year: 1405, month: 8, day: 12 } }, compareTo: { kind: 'day', date: { year: 1405, month: 8, day: 11 } }, sections: ['queue.summary', 'queue.byService', 'staff.daily', 'queue.longestWaits'] },
    { dataDir, runIn: 'inline', now: '2027-01-01T00:00:00Z' },
  );
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('XLSX export', () => {
  it('is a workbook Excel can open: parts, relationships, right-to-left sheets with frozen Persian headers', async () => {
    const files = unzip(await reportXlsx(result));
    const tables = reportTables(result);
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      ...Array.from({ length: tables.length + 1 }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`),
    ]);
    expect(files.get('[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml');
    const names = [...files.get('xl/workbook.xml')!.matchAll(/<sheet name="([^"]*)"/g)].map((m) => unescape(m[1]!));
    expect(names[0]).toBe('مشخصات گزارش');
    expect(names.slice(1, 3)).toEqual(['خلاصهٔ صف', 'صف به تفکیک خدمت']);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    for (let i = 1; i <= names.length; i++) {
      const sheet = files.get(`xl/worksheets/sheet${i}.xml`)!;
      expect(sheet).toContain('<sheetView rightToLeft="1"');
      expect(sheet).toContain('state="frozen"');
    }
    const about = readSheet(files.get('xl/worksheets/sheet1.xml')!);
    expect(about).toContainEqual(['دوره', '۱۲ آبان ۱۴۰۵']);
    expect(about).toContainEqual(['دورهٔ مقایسه', '۱۱ آبان ۱۴۰۵']);
  });

  it('every sheet holds its table: Persian headers, numbers as numbers, Jalali dates, escaped text', async () => {
    const files = unzip(await reportXlsx(result));
    const tables = reportTables(result);
    tables.forEach((table, i) => {
      const sheet = readSheet(files.get(`xl/worksheets/sheet${i + 2}.xml`)!);
      expect(sheet[0]).toEqual(table.columns.map((c) => c.title));
      expect(sheet.slice(1)).toEqual(table.rows.map((r) => expectedRow(table, r)));
    });
    const summary = readSheet(files.get('xl/worksheets/sheet2.xml')!);
    expect(summary[1]).toEqual(['نوبت‌های صادرشده', 2]);
    const staff = readSheet(files.get(`xl/worksheets/sheet${tables.findIndex((t) => t.id === 'staff.daily') + 2}.xml`)!);
    expect(staff[1]![0]).toBe('۱۴۰۵/۰۸/۱۲');
    expect(staff[1]![1]).toBe('زهرا «احمدی» & همکاران <۱>');
    expect(staff[1]).toContain('۰۸:۰۵:۰۰');
    expect(staff[1]).toContain(7); // 08:05 → 08:12
  });

  it('a long sheet is streamed in pieces and reports its progress', async () => {
    const big: ReportTable = {
      id: 'big',
      title: 'بزرگ',
      titleEn: 'Big',
      columns: [
        { key: 'n', title: 'شماره', titleEn: 'N', type: 'integer' },
        { key: 'day', title: 'تاریخ', titleEn: 'Day', type: 'day' },
      ],
      rows: Array.from({ length: 20_000 }, (_, i) => [i, '2026-03-21']),
    };
    const chunks: Buffer[] = [];
    const progress: number[] = [];
    await writeXlsx([big], (c) => void chunks.push(c), { onProgress: (done, total) => progress.push(done / total) });
    expect(chunks.length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress.length).toBeGreaterThan(10);
    const sheet = readSheet(unzip(Buffer.concat(chunks)).get('xl/worksheets/sheet1.xml')!);
    expect(sheet).toHaveLength(20_001);
    expect(sheet[20_000]).toEqual([19_999, '۱۴۰۵/۰۱/۰۱']);
  });
});

describe('CSV export', () => {
  it('reads back as the table: BOM, Persian headers, numbers, Jalali dates and times', () => {
    for (const table of reportTables(result)) {
      const csv = toCsv(table);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.split('\r\n')).toHaveLength(table.rows.length + 2);
      const back = parseCsv(csv);
      expect(back[0]).toEqual(table.columns.map((c) => c.title));
      expect(back.slice(1)).toEqual(
        table.rows.map((r) => r.map((v, i) => (v === null ? '' : typeof v === 'number' && isNumericColumn(table.columns[i]!.type) ? String(v) : cellText(v, table.columns[i]!.type)))),
      );
    }
  });
});
