// Report tables as an .xlsx workbook, written directly (SpreadsheetML in a ZIP, no
// dependency): one sheet per table, right-to-left, Persian headers in bold and frozen,
// numbers as numbers, dates and times as Jalali text (Tehran), strings inline (no shared
// string table to hold in memory). Streamed: rows are written as they are turned to XML.
import type { Lang } from '@desk/common';
import { isNumericColumn, temporalText } from '../../../common/src/reports/format';
import type { Cell, ReportColumn, ReportTable } from '../../../common/src/reports/types';
import { ZipWriter, type ZipSink } from './zip';

export interface XlsxOptions {
  lang?: Lang;
  /** Shown on a first sheet «مشخصات گزارش»: label → value (office, period, place, generated at…). */
  about?: [string, string][];
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROWS_PER_PIECE = 500;

/** XML text: escaped, and without the control characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetNames(titles: string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

// styles: 0 default, 1 header (bold, filled), 2 integer, 3 decimal (two places at most)
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.##"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Tahoma"/></font><font><b/><sz val="11"/><name val="Tahoma"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function textCell(ref: string, text: string, style = 0): string {
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

function cellXml(value: Cell, column: ReportColumn, ref: string, lang: Lang): string {
  if (value === null || value === '') return '';
  const temporal = temporalText(value, column.type, lang);
  if (temporal !== undefined) return textCell(ref, temporal);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return `<c r="${ref}" s="${column.type === 'integer' ? 2 : 3}"><v>${value}</v></c>`;
  }
  if (isNumericColumn(column.type) && /^-?\d+(\.\d+)?$/.test(value)) return `<c r="${ref}" s="3"><v>${value}</v></c>`;
  return textCell(ref, value);
}

function* sheetXml(columns: { title: string; width: number }[], rows: Iterable<string>, rowCount: number): Generator<string> {
  const lastRef = `${columnName(Math.max(0, columns.length - 1))}${rowCount + 1}`;
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${lastRef}"/>`;
  yield `<sheetViews><sheetView rightToLeft="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`;
  yield `<cols>${columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols><sheetData>`;
  yield `<row r="1">${columns.map((c, i) => textCell(`${columnName(i)}1`, c.title, 1)).join('')}</row>`;
  yield* rows;
  yield `</sheetData></worksheet>`;
}

function widthOf(title: string, type: ReportColumn['type']): number {
  const base = type === 'datetime' ? 20 : type === 'text' ? 24 : 12;
  return Math.min(60, Math.max(base, Math.ceil(title.length * 1.1) + 2));
}

function* tableRows(table: ReportTable, lang: Lang, progress: (n: number) => void): Generator<string> {
  const refs = table.columns.map((_, i) => columnName(i));
  for (let i = 0; i < table.rows.length; i += ROWS_PER_PIECE) {
    const end = Math.min(table.rows.length, i + ROWS_PER_PIECE);
    let piece = '';
    for (let r = i; r < end; r++) {
      const n = r + 2;
      const row = table.rows[r]!;
      let cells = '';
      for (let c = 0; c < table.columns.length; c++) cells += cellXml(row[c] ?? null, table.columns[c]!, `${refs[c]}${n}`, lang);
      piece += `<row r="${n}">${cells}</row>`;
    }
    yield piece;
    progress(end - i);
  }
}

/** Stream a workbook of `tables` to `sink` (e.g. an HTTP response's write). */
export async function writeXlsx(tables: ReportTable[], sink: ZipSink, options: XlsxOptions = {}): Promise<void> {
  const lang = options.lang ?? 'fa';
  const title = (x: { title: string; titleEn: string }) => (lang === 'en' ? x.titleEn : x.title);
  const sheets: { name: string; write: () => Iterable<string> }[] = [];
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  const names = sheetNames([...(options.about ? [lang === 'en' ? 'About' : 'مشخصات گزارش'] : []), ...tables.map(title)]);
  let k = 0;
  if (options.about) {
    const about = options.about;
    sheets.push({
      name: names[k++]!,
      write: () =>
        sheetXml(
          [
            { title: lang === 'en' ? 'Item' : 'عنوان', width: 24 },
            { title: lang === 'en' ? 'Value' : 'مقدار', width: 60 },
          ],
          about.map(([label, value], i) => `<row r="${i + 2}">${textCell(`A${i + 2}`, label)}${textCell(`B${i + 2}`, value)}</row>`),
          about.length,
        ),
    });
  }
  for (const table of tables) {
    sheets.push({
      name: names[k++]!,
      write: () => sheetXml(table.columns.map((c) => ({ title: title(c), width: widthOf(title(c), c.type) })), tableRows(table, lang, progress), table.rows.length),
    });
  }

  const zip = new ZipWriter(sink);
  const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
  await zip.add(
    '[Content_Types].xml',
    [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`,
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
      ...sheets.map((_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
      `</Types>`,
    ],
  );
  await zip.add('_rels/.rels', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  await zip.add('xl/workbook.xml', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>`,
    ...sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`),
    `</sheets></workbook>`,
  ]);
  await zip.add('xl/_rels/workbook.xml.rels', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
  ]);
  await zip.add('xl/styles.xml', [STYLES]);
  for (let i = 0; i < sheets.length; i++) await zip.add(sheetPath(i), sheets[i]!.write());
  await zip.finish();
}

/** The whole workbook in memory (for small reports and tests; use writeXlsx to stream). */
export async function toXlsx(tables: ReportTable[], options: XlsxOptions = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  await writeXlsx(tables, (chunk) => void parts.push(chunk), options);
  return Buffer.concat(parts);
}
