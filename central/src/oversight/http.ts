// Oversight over HTTP (mounted under /api by http/routes.ts). Reading: admin and viewers
// everywhere, inspectors only within their province (another province's office is
// "not found"). Writing inspections: inspectors. Issuing inspector tokens: the admin.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { officeDay } from '@desk/common';
import { bearerToken, provinceScope, type CentralAuth, type CentralPrincipal, type CentralRole } from '../central-auth';
import type { Pool } from '../db/pool';
import { httpError, type HttpError } from '../messages';
import { CRITERIA } from './criteria';
import { Inspections, isRefusal, parseDraftInput } from './inspections';
import { oversightError } from './messages';
import { daysPeriod, parseQuarter, quarterOf, quarterPeriod, quarterStarted, recentQuarters, type OversightPeriod } from './quarter';
import { officeInScope, officesOfProvince, readSelfAssessment } from './read';
import { provinceSummary } from './summary';

export interface OversightDeps {
  pool: Pool;
  auth: CentralAuth;
  clock?: () => Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function send(res: Response, e: HttpError): void {
  res.status(e.status).json(e.body);
}

const principalOf = (res: Response): CentralPrincipal => res.locals.principal as CentralPrincipal;

/** The period of `?quarter=1405-Q3` or `?from=&to=` (office days); the current quarter when neither is given. */
export function periodOfQuery(q: Request['query'], now: Date): OversightPeriod | HttpError {
  if (typeof q.quarter === 'string' && q.quarter) {
    const quarter = parseQuarter(q.quarter);
    return quarter ? quarterPeriod(quarter) : oversightError(400, 'oversight.badQuarter');
  }
  if (q.from !== undefined || q.to !== undefined) {
    const from = typeof q.from === 'string' ? q.from : '';
    const to = typeof q.to === 'string' ? q.to : from;
    if (!DAY.test(from) || !DAY.test(to) || from > to || Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || Number.isNaN(Date.parse(`${to}T00:00:00Z`))) {
      return oversightError(400, 'oversight.badPeriod');
    }
    try {
      return daysPeriod(from, to);
    } catch {
      return oversightError(400, 'oversight.badPeriod');
    }
  }
  return quarterPeriod(quarterOf(now));
}

const isError = (x: object): x is HttpError => 'status' in x && 'body' in x;

export function oversightRoutes(deps: OversightDeps): Router {
  const router = express.Router();
  const now = () => deps.clock?.() ?? new Date();
  const inspections = new Inspections(deps.pool);

  const need = (...roles: CentralRole[]) => async (req: Request, res: Response, next: NextFunction) => {
    const principal = await deps.auth.principal(bearerToken(req.headers.authorization));
    if (!principal) return send(res, httpError(401, 'error.unauthenticated'));
    if (!roles.includes(principal.role)) return send(res, httpError(403, 'error.forbidden'));
    res.locals.principal = principal;
    next();
  };
  const readers = need('admin', 'viewer', 'inspector');

  /** The office of `:id` if the principal may see it; else answers 404. */
  async function office(req: Request, res: Response) {
    const found = await officeInScope(deps.pool, String(req.params.id), provinceScope(principalOf(res)));
    if (!found) send(res, oversightError(404, 'oversight.officeNotFound'));
    return found;
  }

  router.get('/oversight/me', readers, async (_req, res) => {
    const p = principalOf(res);
    const scope = provinceScope(p);
    const provinces = scope
      ? [scope]
      : (await deps.pool.query<{ province: string }>('SELECT DISTINCT province FROM offices ORDER BY province')).rows.map((r) => r.province);
    res.json({
      role: p.role,
      name: p.label,
      province: p.province,
      provinces,
      quarters: recentQuarters(now()),
      criteria: CRITERIA.map((c) => ({ id: c.id, number: c.number, title: c.title })),
    });
  });

  // ?quarter=1405-Q3&province=… (an inspector: their own province only)
  router.get('/oversight/summary', readers, async (req, res) => {
    const p = principalOf(res);
    const scope = provinceScope(p);
    const asked = typeof req.query.province === 'string' && req.query.province.trim() ? req.query.province.trim() : null;
    if (scope && asked && asked !== scope) return send(res, oversightError(403, 'oversight.otherProvince', { province: scope }));
    const province = scope ?? asked;
    if (!province) return send(res, oversightError(400, 'oversight.badInput', { detail: 'استان را بدهید (province).' }));
    const quarter = typeof req.query.quarter === 'string' && req.query.quarter ? parseQuarter(req.query.quarter) : quarterOf(now());
    if (!quarter) return send(res, oversightError(400, 'oversight.badQuarter'));
    res.json(await provinceSummary(deps.pool, inspections, province, await officesOfProvince(deps.pool, province), quarter, now()));
  });

  router.get('/oversight/offices/:id/self-assessment', readers, async (req, res) => {
    const period = periodOfQuery(req.query, now());
    if (isError(period)) return send(res, period);
    const o = await office(req, res);
    if (!o) return;
    res.json(await readSelfAssessment(deps.pool, o, period, now()));
  });

  router.get('/oversight/offices/:id/inspections', readers, async (req, res) => {
    const o = await office(req, res);
    if (!o) return;
    res.json({ office: o, inspections: await inspections.history(o.id) });
  });

  router.post('/oversight/offices/:id/inspections', need('inspector'), async (req, res) => {
    const o = await office(req, res);
    if (!o) return;
    const quarter = parseQuarter((req.body as { quarter?: unknown } | undefined)?.quarter);
    if (!quarter) return send(res, oversightError(400, 'oversight.badQuarter'));
    if (!quarterStarted(quarter, officeDay(now()))) return send(res, oversightError(400, 'oversight.quarterNotStarted', { quarter: quarterPeriod(quarter).label }));
    const input = parseDraftInput(req.body);
    if (!input.ok) return send(res, oversightError(400, 'oversight.badInput', { detail: input.detail }));
    const made = await inspections.create(o, quarter, principalOf(res), input.value);
    if (isRefusal(made)) return send(res, made);
    res.status(201).json(made);
  });

  router.get('/oversight/inspections/:id', readers, async (req, res) => {
    const found = await inspections.get(String(req.params.id), provinceScope(principalOf(res)));
    if (!found) return send(res, oversightError(404, 'oversight.inspectionNotFound'));
    res.json(found);
  });

  router.put('/oversight/inspections/:id', need('inspector'), async (req, res) => {
    const input = parseDraftInput(req.body);
    if (!input.ok) return send(res, oversightError(400, 'oversight.badInput', { detail: input.detail }));
    const out = await inspections.update(String(req.params.id), principalOf(res), input.value);
    if (isRefusal(out)) return send(res, out);
    res.json(out);
  });

  router.post('/oversight/inspections/:id/sign', need('inspector'), async (req, res) => {
    const p = principalOf(res);
    const out = await inspections.sign(String(req.params.id), p, (req.body as { signedBy?: unknown } | undefined)?.signedBy, now(), async (officeId, quarterKey) => {
      const o = (await officeInScope(deps.pool, officeId, provinceScope(p)))!;
      return readSelfAssessment(deps.pool, o, quarterPeriod(parseQuarter(quarterKey)!), now());
    });
    if (isRefusal(out)) return send(res, out);
    res.json(out);
  });

  router.post('/oversight/inspections/:id/corrections', need('inspector'), async (req, res) => {
    const out = await inspections.correct(String(req.params.id), principalOf(res));
    if (isRefusal(out)) return send(res, out);
    res.status(201).json(out);
  });

  // ── inspectors, issued by the admin ──

  router.post('/admin/inspectors', need('admin'), async (req, res) => {
    const body = req.body as { name?: unknown; province?: unknown } | undefined;
    const name = typeof body?.name === 'string' ? body.name.trim() : '';
    const province = typeof body?.province === 'string' ? body.province.trim() : '';
    if (name.length < 3 || name.length > 200) return send(res, oversightError(400, 'oversight.badInspector', { detail: 'نام بازرس (۳ تا ۲۰۰ نویسه)' }));
    if (!province || province.length > 200) return send(res, oversightError(400, 'oversight.badInspector', { detail: 'استان' }));
    res.status(201).json(await deps.auth.issueInspector(name, province));
  });

  router.get('/admin/inspectors', need('admin'), async (req, res) => {
    const province = typeof req.query.province === 'string' && req.query.province.trim() ? req.query.province.trim() : undefined;
    res.json({ inspectors: await deps.auth.listInspectors(province) });
  });

  router.delete('/admin/inspectors/:id', need('admin'), async (req, res) => {
    if (!(await deps.auth.revokeInspector(String(req.params.id)))) return send(res, oversightError(404, 'oversight.inspectorNotFound'));
    res.json({ ok: true });
  });

  return router;
}
