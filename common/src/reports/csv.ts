// A report table as CSV (RFC 4180): UTF-8 with a byte-order mark so Excel reads the
// Persian, CRLF line ends, Persian headers; numbers as plain numbers (Latin digits, '.')
// so a spreadsheet takes them as numbers; dates and times as Jalali text (Tehran).
// Pure: the server streams it, the counter app can build it in the browser.
import type { Lang } from '../persian';
import { isNumericColumn, temporalText } from './format';
import type { Cell, ReportColumn, ReportTable } from './types';

export const CSV_BOM = '\uFEFF';

export interface CsvOptions {
  /** Header language and the digits of dates ('fa': «۱۴۰۵/۰۸/۱۲»). Default 'fa'. */
  lang?: Lang;
  /** Rows per chunk from csvChunks. */
  rowsPerChunk?: number;
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell, column: ReportColumn, lang: Lang = 'fa'): string {
  if (value === null) return '';
  const temporal = temporalText(value, column.type, lang);
  if (temporal !== undefined) return quote(temporal);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (isNumericColumn(column.type) && /^-?\d+(\.\d+)?$/.test(value)) return value;
  return quote(defuse(value));
}

/** The CSV in pieces (BOM and header first), for streaming a long table to a response. */
export function* csvChunks(table: ReportTable, options: CsvOptions = {}): Generator<string> {
  const lang = options.lang ?? 'fa';
  const per = options.rowsPerChunk ?? 1000;
  yield `${CSV_BOM}${table.columns.map((c) => quote(defuse(lang === 'en' ? c.titleEn : c.title))).join(',')}\r\n`;
  for (let i = 0; i < table.rows.length; i += per) {
    const end = Math.min(table.rows.length, i + per);
    let piece = '';
    for (let r = i; r < end; r++) piece += `${table.rows[r]!.map((v, c) => csvCell(v, table.columns[c]!, lang)).join(',')}\r\n`;
    yield piece;
    options.onProgress?.(end, table.rows.length);
  }
}

export function toCsv(table: ReportTable, options: CsvOptions = {}): string {
  let out = '';
  for (const piece of csvChunks(table, options)) out += piece;
  return out;
}

/** Parse CSV text as toCsv writes it (quotes, CRLF, BOM): rows of strings. For tests and imports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(CSV_BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
