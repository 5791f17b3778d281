// The central desk's HTTP API (JSON; errors are {error:{code,message}} with a Persian
// message). Reads need a viewer or admin token; registering offices and their
// tokens needs the admin's. Send `Authorization: Bearer <token>`.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { officeDay } from '@desk/common';
import { provinceScope, type CentralAuth, type CentralPrincipal, type CentralRole } from '../central-auth';
import { httpError, type HttpError } from '../messages';
import { figuresReport, listOffices, officeLive, reportJobRoutes, type OfficeFilter } from '../reports';
import { officeInfoProblem, type OfficeInfo, type Registry } from '../registry';
import type { Pool } from '../db/pool';
import { catalogueRoutes } from '../catalogue/routes';
import { oversightError } from '../oversight/messages';
import { oversightRoutes } from '../oversight/http';

export interface RouteDeps {
  pool: Pool;
  registry: Registry;
  auth: CentralAuth;
  nodeId: string;
  /** Ids of offices with a live sync connection on any node. */
  connectedOffices(): Promise<Set<string>>;
  /** Drop an office's sync connections on every node (after its token changed). */
  disconnectOffice(officeId: string): void;
  clock?: () => Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function send(res: Response, e: HttpError): void {
  res.status(e.status).json(e.body);
}

function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

function filterOf(req: Request): OfficeFilter {
  const q = req.query;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const ids = ([] as unknown[])
    .concat(q.office ?? [])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((s) => s.trim())
    .filter(Boolean);
  return { province: str(q.province), agency: str(q.agency), officeIds: ids.length ? ids : undefined };
}

/** The filter as the principal may use it: an inspector sees only their province (another one is refused). */
function scopedFilter(req: Request, res: Response): OfficeFilter | HttpError {
  const filter = filterOf(req);
  const scope = provinceScope(res.locals.principal as CentralPrincipal);
  if (!scope) return filter;
  if (filter.province && filter.province !== scope) return oversightError(403, 'oversight.otherProvince', { province: scope });
  return { ...filter, province: scope };
}

const refused = (x: object): x is HttpError => 'status' in x && 'body' in x;

export function centralRoutes(deps: RouteDeps): Router {
  const router = express.Router();
  // (before the 64 kB JSON limit below: a catalogue is larger)
  router.use('/catalogues', catalogueRoutes(deps));
  router.use(express.json({ limit: '64kb' }));
  const today = () => officeDay(deps.clock?.() ?? new Date());

  const need = (...roles: CentralRole[]) => async (req: Request, res: Response, next: NextFunction) => {
    const principal = await deps.auth.principal(bearer(req));
    if (!principal) return send(res, httpError(401, 'error.unauthenticated'));
    if (!roles.includes(principal.role)) return send(res, httpError(403, 'error.forbidden'));
    res.locals.principal = principal;
    next();
  };

  router.get('/health', async (_req, res) => {
    await deps.pool.query('SELECT 1');
    res.json({ ok: true, node: deps.nodeId });
  });

  router.get('/offices', need('admin', 'viewer', 'inspector'), async (req, res) => {
    const filter = scopedFilter(req, res);
    if (refused(filter)) return send(res, filter);
    res.json({ day: today(), offices: await listOffices(deps.pool, filter, today(), await deps.connectedOffices()) });
  });

  router.get('/offices/:id', need('admin', 'viewer', 'inspector'), async (req, res) => {
    const id = String(req.params.id);
    const province = provinceScope(res.locals.principal as CentralPrincipal) ?? undefined;
    const [office] = await listOffices(deps.pool, { officeIds: [id], province }, today(), await deps.connectedOffices());
    if (!office) return send(res, httpError(404, 'central.officeNotFound'));
    res.json({ day: today(), office, live: await officeLive(deps.pool, id, today()) });
  });

  // ?from=YYYY-MM-DD&to=YYYY-MM-DD&province=…&agency=…&office=a,b (default: today, every office)
  router.get('/reports/figures', need('admin', 'viewer', 'inspector'), async (req, res) => {
    const from = typeof req.query.from === 'string' ? req.query.from : today();
    const to = typeof req.query.to === 'string' ? req.query.to : from;
    if (!DAY.test(from) || !DAY.test(to) || from > to) return send(res, httpError(400, 'central.badPeriod'));
    const filter = scopedFilter(req, res);
    if (refused(filter)) return send(res, filter);
    res.json(await figuresReport(deps.pool, filter, from, to));
  });
  router.use('/reports/jobs', reportJobRoutes({ pool: deps.pool, auth: deps.auth }));

  router.post('/admin/offices', need('admin'), async (req, res) => {
    const problem = officeInfoProblem(req.body);
    if (problem) return send(res, httpError(400, 'central.badOffice', { detail: problem }));
    const info = req.body as OfficeInfo;
    const made = await deps.registry.register(info);
    if (!made) return send(res, httpError(409, 'central.officeExists', { id: info.id }));
    res.status(201).json(made);
  });

  router.post('/admin/offices/:id/token', need('admin'), async (req, res) => {
    const id = String(req.params.id);
    const token = await deps.registry.rotateToken(id);
    if (!token) return send(res, httpError(404, 'central.officeNotFound'));
    deps.disconnectOffice(id);
    res.json({ token });
  });

  router.delete('/admin/offices/:id/token', need('admin'), async (req, res) => {
    const id = String(req.params.id);
    if (!(await deps.registry.revoke(id))) return send(res, httpError(404, 'central.officeNotFound'));
    deps.disconnectOffice(id);
    res.json({ ok: true });
  });

  router.use(oversightRoutes({ pool: deps.pool, auth: deps.auth, clock: deps.clock }));

  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if ((err as { type?: string }).type === 'entity.parse.failed') return send(res, httpError(400, 'error.invalid', { detail: 'JSON' }));
    console.error('central http:', err);
    send(res, httpError(500, 'error.internal'));
  });
  return router;
}
