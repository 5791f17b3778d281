// The central desk's report jobs (/api/reports/jobs, central/src/reports/routes.ts) as
// the shared report screens follow them, and the downloads made from a job's result.
import { api } from '@desk/ui';
import { downloadExport, type ExportFormat, type JobApi } from '@desk/ui/reports/index.ts';
import type { CentralReportProgress, CentralReportRequest, CentralReportResult } from '../../../src/reports/types';

export type CentralJobsApi = JobApi<CentralReportRequest, CentralReportResult, CentralReportProgress> & {
  /** An export of a finished job: the offices side by side and the total (office undefined), or one office's own report. */
  download(id: string, what: ExportFormat, office?: string): Promise<string | null>;
};

export function centralJobsApi(token: string): CentralJobsApi {
  const job = (id: string) => `/api/reports/jobs/${encodeURIComponent(id)}`;
  return {
    start: (request) => api('/api/reports/jobs', { body: request, token }),
    status: (id) => api(job(id), { token }),
    cancel: (id) => api(job(id), { method: 'DELETE', token }),
    download(id, what, office) {
      const query = new URLSearchParams({ format: what.format });
      if (what.format === 'csv') query.set('table', what.table);
      if (office) query.set('office', office);
      return downloadExport(`${job(id)}/export?${query}`, token, `central-report.${what.format}`);
    },
  };
}
