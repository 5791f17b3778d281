// The reports' HTTP calls (/api/reports, server/src/http/report-routes.ts), typed, and the
// downloads: an export needs the bearer header, so it is fetched, kept as a blob and
// handed to the browser through a link (a plain link would put the token in the URL).
import { api, type ApiResult } from '@desk/ui';
import { errorMessage, type ErrorBody, type ReportProgress, type ReportRequest, type ReportResult } from '@desk/common';

export type JobState = 'running' | 'done' | 'failed';

/** GET /api/reports/jobs/:id */
export interface JobStatus {
  id: string;
  state: JobState;
  progress?: ReportProgress;
  result?: ReportResult;
  error?: ErrorBody;
}

export type ExportFormat = { format: 'xlsx' } | { format: 'csv'; table: string };

export function reportsApi(token: string) {
  const job = (id: string) => `/api/reports/jobs/${encodeURIComponent(id)}`;
  return {
    start: (request: ReportRequest): Promise<ApiResult<{ id: string }>> => api('/api/reports/jobs', { body: request, token }),
    status: (id: string): Promise<ApiResult<JobStatus>> => api(job(id), { token }),
    cancel: (id: string): Promise<ApiResult<{ ok: true }>> => api(job(id), { method: 'DELETE', token }),
    /** Downloads an export of a finished job; answers the Persian refusal, or null when the file was handed over. */
    download: async (id: string, what: ExportFormat): Promise<string | null> => {
      const query = what.format === 'xlsx' ? 'format=xlsx' : `format=csv&table=${encodeURIComponent(what.table)}`;
      try {
        const res = await fetch(`${job(id)}/export?${query}`, { headers: { authorization: `Bearer ${token}` } });
        if (!res.ok) {
          const json = (await res.json().catch(() => null)) as { error?: ErrorBody } | null;
          return json?.error?.message ?? errorMessage('error.internal');
        }
        const name = fileNameOf(res.headers.get('content-disposition')) ?? `report.${what.format}`;
        saveBlob(await res.blob(), name);
        return null;
      } catch {
        return errorMessage('error.offline');
      }
    },
  };
}

export type ReportsApi = ReturnType<typeof reportsApi>;

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
