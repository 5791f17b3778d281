// Reports over HTTP (/api/reports). A report is a job: started with POST /jobs, its
// progress read with GET /jobs/:id (a year of a busy office takes seconds, and the
// screen shows how far it got), and exported from the same result — so the CSV and
// XLSX files always match what the screen showed. Reports run on their own worker
// thread (server/src/reports), never on the thread that serves kiosks and counters.
import express, { type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { errorMessage, ReportRequestSchema, toCsv, type ReportProgress, type ReportResult } from '@desk/common';
import type { Auth, Principal } from '../auth/auth';
import { hasRole } from '../auth/roles';
import { reportXlsx, runReport } from '../reports';
import { describeIssues } from './admin-schemas';
import { bearer, fail } from './routes';

interface Job {
  id: string;
  owner: string;
  state: 'running' | 'done' | 'failed';
  progress?: ReportProgress;
  result?: ReportResult;
  error?: string;
  startedAt: number;
  controller: AbortController;
}

/** Results are kept this long for export after they are computed. */
const KEEP_MS = 30 * 60_000;
const MAX_JOBS_PER_PERSON = 3;

export function reportRoutes(auth: Auth, dataDir: string): express.Router {
  const r = express.Router();
  r.use(express.json({ limit: '32kb' }));
  const jobs = new Map<string, Job>();
  const forget = () => {
    const now = Date.now();
    for (const [id, j] of jobs) if (j.state !== 'running' && now - j.startedAt > KEEP_MS) jobs.delete(id);
  };

  const staff = (authorization: string | undefined): Principal | undefined => {
    const p = auth.resolve(authorization);
    return p && hasRole(p, ['clerk', 'supervisor', 'admin']) ? p : undefined;
  };

  r.post('/jobs', (req, res) => {
    const who = staff(bearer(req));
    if (!who || who.kind !== 'staff') return fail(res, 401, 'error.unauthenticated');
    const parsed = ReportRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) return fail(res, 400, 'error.invalid', { detail: describeIssues(parsed.error) });
    const request = parsed.data;
    // a clerk reports on their own desk only (supervisors and admins on anything)
    if (who.user.role === 'clerk') request.place = { kind: 'clerk', clerkId: who.user.id };
    forget();
    if ([...jobs.values()].filter((j) => j.owner === who.id && j.state === 'running').length >= MAX_JOBS_PER_PERSON) {
      return fail(res, 429, 'error.conflict', { detail: 'چند گزارش شما هنوز در حال ساختن است؛ کمی صبر کنید.' });
    }
    const job: Job = { id: randomUUID(), owner: who.id, state: 'running', startedAt: Date.now(), controller: new AbortController() };
    jobs.set(job.id, job);
    runReport(request, { dataDir, signal: job.controller.signal, onProgress: (p) => (job.progress = p) }).then(
      (result) => {
        job.state = 'done';
        job.result = result;
      },
      (err: unknown) => {
        job.state = 'failed';
        // a bad date or period is the person's; anything else is ours
        job.error =
          err instanceof RangeError || (err as Error).name === 'ZodError'
            ? errorMessage('error.invalid', { detail: 'دورهٔ گزارش درست نیست؛ تاریخ‌ها را بررسی کنید.' })
            : errorMessage('error.internal');
        if (job.error === errorMessage('error.internal')) console.error('report failed', err);
      },
    );
    res.status(202).json({ id: job.id, state: job.state });
  });

  const ownJob = (id: string, authorization: string | undefined, res: Response): Job | undefined => {
    const who = staff(authorization);
    if (!who) return void fail(res, 401, 'error.unauthenticated');
    const job = jobs.get(id);
    if (!job || job.owner !== who.id) return void fail(res, 404, 'error.notFound');
    return job;
  };

  r.get('/jobs/:id', (req, res) => {
    const job = ownJob(String(req.params.id), bearer(req), res);
    if (!job) return;
    res.json({ id: job.id, state: job.state, progress: job.progress, ...(job.result ? { result: job.result } : {}), ...(job.error ? { error: { code: 'error.invalid', message: job.error } } : {}) });
  });

  r.delete('/jobs/:id', (req, res) => {
    const job = ownJob(String(req.params.id), bearer(req), res);
    if (!job) return;
    job.controller.abort();
    jobs.delete(job.id);
    res.json({ ok: true });
  });

  // ?format=xlsx (every table, one sheet each) or ?format=csv&table=<id>
  r.get('/jobs/:id/export', async (req, res) => {
    const job = ownJob(String(req.params.id), bearer(req) ?? (typeof req.query.token === 'string' ? req.query.token : undefined), res);
    if (!job) return;
    if (!job.result) return fail(res, 409, 'error.conflict', { detail: 'گزارش هنوز آماده نیست.' });
    const name = `report-${job.result.period.fromDay}-${job.result.period.toDay}`;
    if (req.query.format === 'csv') {
      const r = job.result;
      const all = [...r.tables, ...(r.comparison ? [...r.comparison.sideBySide, ...r.comparison.other.tables] : [])];
      const table = req.query.table === undefined ? r.tables[0] : all.find((t) => t.id === req.query.table);
      if (!table) return fail(res, 404, 'error.notFound');
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}-${table.id.replace(/[^a-z0-9.-]/gi, '_')}.csv"`);
      return res.send(toCsv(table));
    }
    const xlsx = await reportXlsx(job.result);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
    res.send(xlsx);
  });

  return r;
}
