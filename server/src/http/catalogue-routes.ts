// The office admin's catalogue over HTTP (/api/admin/catalogue): the published
// versions, the draft, validation and publishing. Supervisors read; admins edit and
// publish. Refusals are {error:{code,message,issues?}} with Persian messages.
import express, { type NextFunction, type Request, type Response } from 'express';
import { LOCAL_PATHS, type Role } from '@desk/common';
import type { Auth } from '../auth/auth';
import { hasRole } from '../auth/roles';
import type { CatalogueStore, Refusal } from '../catalogue/store';
import { bearer, fail } from './routes';

const STATUS: Record<Refusal['code'], number> = {
  'catalogue.shape': 400,
  'catalogue.invalid': 400,
  'catalogue.centralField': 400,
  'catalogue.unchanged': 409,
};

function refuse(res: Response, error: Refusal): void {
  res.status(STATUS[error.code]).json({ error });
}

export function catalogueRoutes(deps: { auth: Auth; store: CatalogueStore }): express.Router {
  const { auth, store } = deps;
  const r = express.Router();
  // the demo catalogue is ~140 kB; an agency's may be several times that
  r.use(express.json({ limit: '4mb' }));
  const need =
    (roles: readonly Role[]) =>
    (req: Request, res: Response, next: NextFunction): void => {
      const who = auth.resolve(bearer(req));
      if (!who) return fail(res, 401, 'error.unauthenticated');
      if (!hasRole(who, roles)) return fail(res, 403, 'error.forbidden');
      req.principal = who;
      next();
    };
  const read = need(['supervisor', 'admin']);
  const admin = need(['admin']);
  const adminName = (req: Request) => (req.principal?.kind === 'staff' ? req.principal.user.displayName : 'admin');

  r.get('/', read, (_req, res) => {
    const central = store.centralCopy();
    res.json({
      current: store.history()[0],
      hasDraft: store.hasDraft,
      central: central && { agency: central.agency, version: central.version, publishedAt: central.publishedAt, receivedAt: central.receivedAt },
      orphans: store.orphans(),
      failedCentral: store.failedCentralVersion(),
      localPaths: LOCAL_PATHS,
    });
  });

  r.get('/versions', read, (_req, res) => {
    res.json({ versions: store.history() });
  });

  r.get('/versions/:version', read, (req, res) => {
    const catalogue = store.byVersion(Number(req.params.version));
    if (!catalogue) return fail(res, 404, 'error.notFound');
    res.json(catalogue);
  });

  r.get('/draft', read, (_req, res) => {
    const draft = store.draft();
    res.json({ draft, hasDraft: store.hasDraft, issues: store.issues(draft), central: store.centralCopy()?.catalogue ?? null });
  });

  r.put('/draft', admin, async (req, res) => {
    const result = await store.saveDraft((req.body as { catalogue?: unknown } | undefined)?.catalogue);
    if (!result.ok) return refuse(res, result.error);
    res.json({ draft: result.draft, hasDraft: true, issues: result.issues });
  });

  r.delete('/draft', admin, async (_req, res) => {
    await store.discardDraft();
    res.json({ ok: true });
  });

  r.post('/validate', read, (_req, res) => {
    res.json({ issues: store.issues(store.draft()) });
  });

  r.post('/publish', admin, async (req, res) => {
    const result = await store.publish(adminName(req));
    if (!result.ok) return refuse(res, result.error);
    res.json({ version: store.history()[0] });
  });

  r.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if ((err as { type?: string }).type === 'entity.parse.failed') return fail(res, 400, 'error.invalid', { detail: 'JSON' });
    if ((err as { type?: string }).type === 'entity.too.large') return fail(res, 413, 'error.invalid', { detail: 'اندازهٔ شناسنامه بیش از حد مجاز است' });
    console.error(err);
    fail(res, 500, 'error.internal');
  });
  return r;
}
