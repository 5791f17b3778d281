// Reports over offices over HTTP (/api/reports/jobs), as the office's /api/reports/jobs
// (server/src/http/report-routes.ts): POST starts a job {offices, report} and answers its
// id, GET follows its progress and gives the result, DELETE stops it, /export gives the
// files made from that same result. Admins and viewers; an inspector reports on the
// offices of their own province only. A job is its starter's.
import express, { type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { errorMessage, toCsv } from '@desk/common';
import { ReportRequestSchema } from '../../../common/src/reports/types';
import { bearerToken, provinceScope, type CentralAuth, type CentralPrincipal } from '../central-auth';
import type { Pool } from '../db/pool';
import { centralXlsx, partTables } from './export';
import { MAX_OFFICES, NoOffices, runCentralReport } from './run';
import type { CentralJobStatus, CentralReportProgress, CentralReportResult, OfficeFilter } from './types';

interface Job {
  id: string;
  owner: string;
  state: CentralJobStatus['state'];
  progress?: CentralReportProgress;
  result?: CentralReportResult;
  error?: string;
  startedAt: number;
  controller: AbortController;
}

/** Results are kept this long for export after they are computed. */
const KEEP_MS = 30 * 60_000;
const MAX_JOBS_PER_PERSON = 3;

const fail = (res: Response, status: number, code: 'error.unauthenticated' | 'error.invalid' | 'error.notFound' | 'error.conflict', detail?: string) =>
  res.status(status).json({ error: { code, message: errorMessage(code, detail ? { detail } : undefined) } });

const text = (v: unknown) => (typeof v === 'string' && v.trim() && v.length <= 200 ? v.trim() : undefined);

/** The offices asked for, or what is wrong with them. */
function officeFilterOf(raw: unknown): OfficeFilter | string {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null) return 'ادارات گزارش درست مشخص نشده است.';
  const o = raw as Record<string, unknown>;
  const filter: OfficeFilter = {};
  const province = text(o.province);
  const agency = text(o.agency);
  if (province) filter.province = province;
  if (agency) filter.agency = agency;
  if (o.officeIds !== undefined) {
    if (!Array.isArray(o.officeIds) || o.officeIds.length > MAX_OFFICES || !o.officeIds.every((id) => text(id))) return 'فهرست ادارات درست نیست.';
    if (o.officeIds.length) filter.officeIds = (o.officeIds as string[]).map((id) => id.trim());
  }
  return filter;
}

export function reportJobRoutes(deps: { pool: Pool; auth: CentralAuth }): express.Router {
  const r = express.Router();
  r.use(express.json({ limit: '64kb' }));
  const jobs = new Map<string, Job>();
  const pgUrl = deps.pool.options.connectionString ?? '';
  const forget = () => {
    const now = Date.now();
    for (const [id, j] of jobs) if (j.state !== 'running' && now - j.startedAt > KEEP_MS) jobs.delete(id);
  };

  /** The person asking, or the refusal already sent. */
  const who = async (req: Request, res: Response, token = bearerToken(req.headers.authorization)): Promise<CentralPrincipal | undefined> => {
    const p = await deps.auth.principal(token);
    if (!p) return void fail(res, 401, 'error.unauthenticated');
    return p;
  };

  r.post('/', async (req, res) => {
    const principal = await who(req, res);
    if (!principal) return;
    const owner = principal.id;
    const body = (req.body ?? {}) as { offices?: unknown; report?: unknown };
    const offices = officeFilterOf(body.offices);
    if (typeof offices === 'string') return fail(res, 400, 'error.invalid', offices);
    const province = provinceScope(principal);
    if (province !== null) offices.province = province;
    const report = ReportRequestSchema.safeParse(body.report ?? {});
    if (!report.success) return fail(res, 400, 'error.invalid', 'درخواست گزارش درست نیست؛ دوره و بخش‌ها را بررسی کنید.');
    forget();
    if ([...jobs.values()].filter((j) => j.owner === owner && j.state === 'running').length >= MAX_JOBS_PER_PERSON) {
      return fail(res, 429, 'error.conflict', 'چند گزارش شما هنوز در حال ساختن است؛ کمی صبر کنید.');
    }
    const job: Job = { id: randomUUID(), owner, state: 'running', startedAt: Date.now(), controller: new AbortController() };
    jobs.set(job.id, job);
    runCentralReport({ offices, report: report.data }, { pool: deps.pool, pgUrl, signal: job.controller.signal, onProgress: (p) => (job.progress = p) }).then(
      (result) => {
        job.state = 'done';
        job.result = result;
      },
      (err: unknown) => {
        job.state = 'failed';
        if (err instanceof NoOffices) job.error = errorMessage('error.invalid', { detail: 'هیچ اداره‌ای با این انتخاب ثبت نشده است.' });
        else if (err instanceof RangeError || (err as Error).name === 'ZodError') job.error = errorMessage('error.invalid', { detail: 'دورهٔ گزارش درست نیست؛ تاریخ‌ها را بررسی کنید.' });
        else {
          job.error = errorMessage('error.internal');
          if ((err as Error).name !== 'ReportCancelled') console.error('central report failed', err);
        }
      },
    );
    res.status(202).json({ id: job.id, state: job.state });
  });

  const ownJob = async (req: Request, res: Response, token?: string): Promise<Job | undefined> => {
    const principal = await who(req, res, token);
    if (!principal) return undefined;
    const job = jobs.get(String(req.params.id));
    if (!job || job.owner !== principal.id) return void fail(res, 404, 'error.notFound');
    return job;
  };

  r.get('/:id', async (req, res) => {
    const job = await ownJob(req, res);
    if (!job) return;
    const status: CentralJobStatus = { id: job.id, state: job.state };
    if (job.progress) status.progress = job.progress;
    if (job.result) status.result = job.result;
    if (job.error) status.error = { code: 'error.invalid', message: job.error };
    res.json(status);
  });

  r.delete('/:id', async (req, res) => {
    const job = await ownJob(req, res);
    if (!job) return;
    job.controller.abort();
    jobs.delete(job.id);
    res.json({ ok: true });
  });

  // ?format=xlsx|csv, &office=<id> (one office's own report; none: the offices side by side and the total), &table=<id> (csv)
  r.get('/:id/export', async (req, res) => {
    const job = await ownJob(req, res, bearerToken(req.headers.authorization) ?? text(req.query.token));
    if (!job) return;
    const result = job.result;
    if (!result) return fail(res, 409, 'error.conflict', 'گزارش هنوز آماده نیست.');
    const part = text(req.query.office);
    const name = `central-report-${result.period.fromDay}-${result.period.toDay}${part ? `-${part}` : ''}`;
    if (req.query.format === 'csv') {
      const tables = partTables(result, part);
      const table = tables?.find((t) => t.id === req.query.table) ?? (req.query.table === undefined ? tables?.[0] : undefined);
      if (!table) return fail(res, 404, 'error.notFound');
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}-${table.id.replace(/[^a-z0-9.-]/gi, '_')}.csv"`);
      return res.send(toCsv(table));
    }
    const xlsx = await centralXlsx(result, part);
    if (!xlsx) return fail(res, 404, 'error.notFound');
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${name.replace(/[^a-z0-9.-]/gi, '_')}.xlsx"`);
    res.send(xlsx);
  });

  return r;
}
