// The reports' HTTP calls (/api/reports, server/src/http/report-routes.ts), typed, and the
// downloads of a finished job's exports (ui/src/reports/download.ts).
import { api, type ApiResult } from '@desk/ui';
import { downloadExport, type ExportFormat, type JobStatusOf } from '@desk/ui/reports/index.ts';
import type { ReportProgress, ReportRequest, ReportResult } from '@desk/common';

/** GET /api/reports/jobs/:id */
export type JobStatus = JobStatusOf<ReportResult, ReportProgress>;

export function reportsApi(token: string) {
  const job = (id: string) => `/api/reports/jobs/${encodeURIComponent(id)}`;
  return {
    start: (request: ReportRequest): Promise<ApiResult<{ id: string }>> => api('/api/reports/jobs', { body: request, token }),
    status: (id: string): Promise<ApiResult<JobStatus>> => api(job(id), { token }),
    cancel: (id: string): Promise<ApiResult<{ ok: true }>> => api(job(id), { method: 'DELETE', token }),
    /** Downloads an export of a finished job; answers the Persian refusal, or null when the file was handed over. */
    download: (id: string, what: ExportFormat): Promise<string | null> => {
      const query = what.format === 'xlsx' ? 'format=xlsx' : `format=csv&table=${encodeURIComponent(what.table)}`;
      return downloadExport(`${job(id)}/export?${query}`, token, `report.${what.format}`);
    },
  };
}

export type ReportsApi = ReturnType<typeof reportsApi>;
