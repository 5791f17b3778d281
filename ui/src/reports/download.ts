// Report files (XLSX, CSV) to the browser's downloads: an export needs the bearer
// header, so it is fetched, kept as a blob and handed over through a link (a plain link
// would put the token in the URL). Tables the page already holds are made here.
import { errorMessage, toCsv, type ErrorBody, type Lang, type ReportTable } from '@desk/common';

export type ExportFormat = { format: 'xlsx' } | { format: 'csv'; table: string };

/** `attachment; filename="report-….csv"` → the name. */
export function fileNameOf(disposition: string | null): string | undefined {
  const m = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/** Hands a file made in the browser (or fetched) to the browser's downloads. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started from the click; the URL can go once the browser took it
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetch an export and hand it over; answers the Persian refusal, or null when the file was handed over. */
export async function downloadExport(url: string, token: string, fallbackName: string): Promise<string | null> {
  try {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) {
      const json = (await res.json().catch(() => null)) as { error?: ErrorBody } | null;
      return json?.error?.message ?? errorMessage('error.internal');
    }
    saveBlob(await res.blob(), fileNameOf(res.headers.get('content-disposition')) ?? fallbackName);
    return null;
  } catch {
    return errorMessage('error.offline');
  }
}

/** A table the page holds, as the CSV the server would make of it. */
export function saveTableCsv(table: ReportTable, name: string, lang: Lang): void {
  saveBlob(new Blob([toCsv(table, { lang })], { type: 'text/csv;charset=utf-8' }), `${name}-${table.id.replace(/[^a-z0-9.-]/gi, '_')}.csv`);
}
