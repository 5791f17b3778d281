// An agency's catalogue over HTTP (/api/catalogues): the central admin edits a draft,
// checks it with the same rules as the offices (common/src/cases/catalogue-rules.ts),
// and publishes it as the agency's next version, which goes to every office of the
// agency. Viewers read. Errors are {error:{code,message,issues?}} in Persian.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { catalogueIssues, readCatalogueShape, type CaseCatalogue } from '@desk/common';
import type { CentralRole } from '../central-auth';
import { httpError } from '../messages';
import type { RouteDeps } from '../http/routes';
import { hashToken } from '../tokens';
import { agencies, draftOf, dropDraft, emptyCatalogue, officesOf, publishDraft, saveDraft, versionOf, versionsOf } from './db';

function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

function refuse(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error: { code, message, ...extra } });
}

const agencyOf = (req: Request) => String(req.params.agency ?? '').trim();

export function catalogueRoutes(deps: RouteDeps): Router {
  const r = express.Router();
  // an agency's catalogue is larger than the rest of the API's bodies
  r.use(express.json({ limit: '4mb' }));

  const who = new WeakMap<Request, string>();
  const need = (...roles: CentralRole[]) => async (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req);
    const role = await deps.auth.resolve(token);
    if (!role) return res.status(401).json(httpError(401, 'error.unauthenticated').body);
    if (!roles.includes(role)) return res.status(403).json(httpError(403, 'error.forbidden').body);
    const { rows } = await deps.pool.query<{ label: string }>('SELECT label FROM central_tokens WHERE token_hash = $1', [hashToken(token!)]);
    // the admin token made at install (or from the environment) has no person's name
    const label = rows[0]?.label;
    who.set(req, !label || label === 'env' || label === 'first start' ? (role === 'admin' ? 'مدیر دفتر مرکزی' : role) : label);
    next();
  };
  const read = need('admin', 'viewer');
  const admin = need('admin');
  const agencyName = (req: Request, res: Response): string | undefined => {
    const agency = agencyOf(req);
    if (agency && agency.length <= 200) return agency;
    refuse(res, 400, 'catalogue.agency', 'نام دستگاه درست نیست.');
    return undefined;
  };

  r.get('/', read, async (_req, res) => {
    res.json({ agencies: await agencies(deps.pool) });
  });

  r.get('/:agency', read, async (req, res) => {
    const agency = agencyName(req, res);
    if (!agency) return;
    const [history, draft, offices, connected] = await Promise.all([versionsOf(deps.pool, agency), draftOf(deps.pool, agency), officesOf(deps.pool, agency), deps.connectedOffices()]);
    res.json({
      agency,
      published: history[0] ?? null,
      history,
      hasDraft: draft !== null,
      draftUpdatedAt: draft?.updatedAt ?? null,
      offices: offices.map((o) => ({ ...o, connected: connected.has(o.id) })),
    });
  });

  r.get('/:agency/versions/:version', read, async (req, res) => {
    const agency = agencyName(req, res);
    if (!agency) return;
    const version = await versionOf(deps.pool, agency, Number(req.params.version) || 0);
    if (!version) return res.status(404).json(httpError(404, 'error.notFound').body);
    res.json(version);
  });

  /** The draft: the saved one, else a copy of the newest version, else an empty catalogue. */
  const currentDraft = async (agency: string): Promise<{ catalogue: CaseCatalogue; saved: boolean }> => {
    const draft = await draftOf(deps.pool, agency);
    if (draft) return { catalogue: draft.catalogue, saved: true };
    const latest = await versionOf(deps.pool, agency, 'latest');
    return { catalogue: latest?.catalogue ?? emptyCatalogue(), saved: false };
  };

  r.get('/:agency/draft', read, async (req, res) => {
    const agency = agencyName(req, res);
    if (!agency) return;
    const { catalogue, saved } = await currentDraft(agency);
    res.json({ draft: catalogue, hasDraft: saved, issues: catalogueIssues(catalogue) });
  });

  r.put('/:agency/draft', admin, async (req, res) => {
    const agency = agencyName(req, res);
    if (!agency) return;
    const shape = readCatalogueShape((req.body as { catalogue?: unknown } | undefined)?.catalogue);
    if (!shape.ok) return refuse(res, 400, 'catalogue.shape', shape.message);
    await saveDraft(deps.pool, agency, shape.catalogue, who.get(req)!);
    res.json({ draft: shape.catalogue, hasDraft: true, issues: catalogueIssues(shape.catalogue) });
  });

  r.delete('/:agency/draft', admin, async (req, res) => {
    const agency = agencyName(req, res);
    if (!agency) return;
    await dropDraft(deps.pool, agency);
    res.json({ ok: true });
  });

  r.post('/:agency/validate', read, async (req, res) => {
    const agency = agencyName(req, res);
    if (!agency) return;
    res.json({ issues: catalogueIssues((await currentDraft(agency)).catalogue) });
  });

  r.post('/:agency/publish', admin, async (req, res) => {
    const agency = agencyName(req, res);
    if (!agency) return;
    const by = typeof (req.body as { by?: unknown })?.by === 'string' && (req.body as { by: string }).by.trim() ? (req.body as { by: string }).by.trim().slice(0, 200) : who.get(req)!;
    let issues: ReturnType<typeof catalogueIssues> = [];
    const result = await publishDraft(deps.pool, agency, by, (catalogue) => {
      const shape = readCatalogueShape(catalogue);
      if (!shape.ok) return shape.message;
      issues = catalogueIssues(shape.catalogue);
      return issues[0] ? `شناسنامه منتشر نشد: ${issues[0].message}` : null;
    });
    if (result.ok) return res.json({ version: { version: result.published.version, publishedAt: result.published.publishedAt, publishedBy: result.published.publishedBy } });
    if (result.reason === 'noDraft') return refuse(res, 409, 'catalogue.noDraft', 'پیش‌نویسی برای انتشار نیست؛ نخست شناسنامه را ویرایش و ذخیره کنید.');
    if (result.reason === 'unchanged') return refuse(res, 409, 'catalogue.unchanged', 'پیش‌نویس با نسخهٔ منتشرشده فرقی ندارد؛ چیزی برای انتشار نیست.');
    refuse(res, 400, 'catalogue.invalid', result.message, { issues });
  });

  r.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((err as { type?: string }).type === 'entity.too.large') return refuse(res, 413, 'error.invalid', 'اندازهٔ شناسنامه بیش از حد مجاز است.');
    next(err);
  });
  return r;
}
