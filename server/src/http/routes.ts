// HTTP: health, config, login, device pairing and the admin's catalogue edits.
// Routes only translate; rules live in the Office, Auth and the schemas.
import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { errorMessage, toLatinDigits, type MessageKey, type Params, type Role } from '@desk/common';
import type { Office } from '../office';
import type { StoredConfig } from '../storage/store';
import { Auth, publicDevice, publicUser, type Principal } from '../auth/auth';
import { hasRole } from '../auth/roles';
import { hashPassword } from '../auth/passwords';
import { publicTicketStatus } from '../queue/status';
import type { SyncClient } from '../sync/client';
import {
  CounterInput,
  DepartmentInput,
  DeviceInput,
  DeviceUpdate,
  HoursInput,
  HolidaysInput,
  QueueSettingsInput,
  ServiceInput,
  StaffInput,
  describeIssues,
} from './admin-schemas';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

/** A refusal raised inside a config update: nothing is saved, the client gets status + Persian message. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageKey,
    readonly params?: Params,
  ) {
    super(code);
  }
}

/** A visitor's survey as the phone sends it: the engine checks every answer (common/src/cases/survey.ts). */
const VisitSurveySchema = z.object({
  commandId: z.string().min(1).max(64),
  answers: z.record(z.string().max(8), z.number()).refine((a) => Object.keys(a).length <= 40),
  comment: z.string().max(4000).optional(),
});

export function fail(res: Response, status: number, code: MessageKey, params?: Params): void {
  res.status(status).json({ error: { code, message: errorMessage(code, params) } });
}

export function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7) : undefined;
}

export function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1');
}

function parse<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const result = schema.safeParse(body);
  if (!result.success) {
    fail(res, 400, 'error.invalid', { detail: describeIssues(result.error) });
    return undefined;
  }
  return result.data;
}

export interface ApiExtras {
  /** How phones reach this office. */
  publicUrl?: () => string;
  /** The link to the central desk, if any. */
  sync?: () => SyncClient | null;
  /** Ids of the server's printers (a kiosk may be set to one of them). */
  printerIds?: () => string[];
}

export function apiRoutes(office: Office, auth: Auth, extras: ApiExtras = {}): express.Router {
  const publicUrl = extras.publicUrl ?? (() => '');
  const sync = extras.sync ?? (() => null);
  const printerIds = extras.printerIds ?? (() => []);
  const r = express.Router();
  r.use(express.json({ limit: '256kb' }));
  r.use((req, _res, next) => {
    req.principal = auth.resolve(bearer(req));
    next();
  });
  const need =
    (roles: readonly Role[]) =>
    (req: Request, res: Response, next: NextFunction): void => {
      if (!req.principal) return fail(res, 401, 'error.unauthenticated');
      if (!hasRole(req.principal, roles)) return fail(res, 403, 'error.forbidden');
      next();
    };
  const admin = need(['admin']);
  // creating is POST; updating accepts PUT (REST) or POST (forms)
  const both = (paths: string[], ...handlers: Array<(req: Request, res: Response, next: NextFunction) => unknown>) => {
    r.post(paths, ...(handlers as never[]));
    r.put(paths.filter((x) => x.includes(':id')), ...(handlers as never[]));
  };

  r.get('/health', (_req, res) => {
    res.json({ ok: true, seq: office.seq, day: office.state.day });
  });
  r.get('/config', (_req, res) => {
    res.json(office.publicConfig);
  });
  // how phones reach this office (the kiosk draws the ticket's QR with it)
  r.get('/public/info', (_req, res) => {
    res.json({ publicUrl: publicUrl(), office: office.config.office });
  });
  // the QR on a printed ticket: anyone holding the ticket's random id sees where it stands
  r.get('/public/tickets/:id', (req, res) => {
    const status = publicTicketStatus(office.state, office.publicConfig, String(req.params.id));
    if (!status) return fail(res, 404, 'error.ticketNotFound');
    res.setHeader('Cache-Control', 'no-store');
    res.json(status);
  });
  // after being served, the same phone answers the satisfaction survey (once, that day)
  r.post('/public/tickets/:id/survey', async (req, res) => {
    const body = VisitSurveySchema.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'error.surveyInvalid', { detail: 'پاسخ‌ها درست فرستاده نشده‌اند.' });
    const { commandId, answers, comment } = body.data;
    const ack = await office.survey({ type: 'ticket.survey', commandId, ticketId: String(req.params.id), answers, ...(comment ? { comment } : {}) });
    if (ack.ok) return res.json({ ok: true });
    const status = ack.error.code === 'error.ticketNotFound' ? 404 : ack.error.code === 'error.surveyInvalid' ? 400 : 409;
    res.status(status).json(ack);
  });

  // ── staff sessions ──
  r.post('/auth/login', async (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      return fail(res, 400, 'error.badLogin');
    }
    const result = await auth.login(username.trim(), password, req.socket.remoteAddress ?? '');
    if ('code' in result) return fail(res, result.code === 'error.tooManyLogins' ? 429 : 401, result.code, result.params);
    res.json(result);
  });
  r.post('/auth/logout', async (req, res) => {
    const token = bearer(req);
    if (token) await auth.logout(token);
    res.json({ ok: true });
  });
  r.get('/auth/me', need(['clerk', 'supervisor', 'admin']), (req, res) => {
    res.json({ user: req.principal?.kind === 'staff' ? req.principal.user : null });
  });

  // ── devices ──
  r.post('/devices/pair', async (req, res) => {
    const { code, kind } = (req.body ?? {}) as { code?: unknown; kind?: unknown };
    if (typeof code !== 'string' || (kind !== 'kiosk' && kind !== 'display')) return fail(res, 400, 'error.badPairingCode');
    const result = await auth.pair(toLatinDigits(code), kind);
    if ('code' in result) return fail(res, 400, result.code);
    res.json(result);
  });
  r.post('/devices/auto', async (req, res) => {
    const { kind } = (req.body ?? {}) as { kind?: unknown };
    if (kind !== 'kiosk' && kind !== 'display') return fail(res, 400, 'error.invalid', { detail: 'kind' });
    if (!office.config.queue.autoPairLocalDevices || !isLoopback(req.socket.remoteAddress)) {
      return fail(res, 403, 'error.badPairingCode');
    }
    res.json(await auth.autoPair(kind));
  });
  r.get('/devices/me', (req, res) => {
    if (req.principal?.kind !== 'device') return fail(res, 401, 'error.unauthenticated');
    res.json({ device: req.principal.device });
  });

  // ── admin ──
  // the link to the central desk: connected, events waiting, last sync (what the admin sees)
  r.get('/admin/sync', need(['supervisor', 'admin']), (_req, res) => {
    const client = sync();
    res.json(client ? { enabled: true, ...client.status() } : { enabled: false });
  });

  r.get('/admin/config', need(['supervisor', 'admin']), (_req, res) => {
    const c = office.config;
    res.json({ ...office.publicConfig, staff: c.staff.map(publicUser), devices: c.devices.map(publicDevice) });
  });

  const principalOf = (req: Request) => req.principal!;

  /**
   * Create (POST) or update (PUT/POST …/:id) one item of a configuration list. The
   * checks run inside the office's serialised config update, against the latest
   * config, so two admins saving at once cannot both pass a uniqueness check.
   */
  function upsert<K extends 'departments' | 'services' | 'counters' | 'staff', I, P = undefined>(spec: {
    list: K;
    schema: z.ZodType<I>;
    newId: () => string;
    /** async work before the update (hashing a password) */
    prepare?: (input: I) => Promise<P>;
    build: (input: I, id: string, existing: StoredConfig[K][number] | undefined, config: StoredConfig, prepared: P | undefined) => StoredConfig[K][number];
    present?: (item: StoredConfig[K][number]) => unknown;
  }): void {
    both([`/admin/${spec.list}`, `/admin/${spec.list}/:id`], admin, async (req, res) => {
      const input = parse(spec.schema, req.body, res);
      if (input === undefined) return;
      const param = (req.params as { id?: string }).id;
      const id = param ?? spec.newId();
      const prepared = spec.prepare ? await spec.prepare(input) : undefined;
      let item: StoredConfig[K][number] | undefined;
      try {
        await office.updateConfig((c) => {
          const list = c[spec.list] as Array<StoredConfig[K][number]>;
          const existing = list.find((x) => x.id === id);
          if (param && !existing) throw new Refusal(404, 'error.notFound');
          item = spec.build(input, id, existing, c, prepared);
          const next = existing ? list.map((x) => (x.id === id ? item! : x)) : [...list, item];
          return { ...c, [spec.list]: next };
        }, req.principal!);
      } catch (err) {
        if (err instanceof Refusal) return fail(res, err.status, err.code, err.params);
        throw err;
      }
      res.json(spec.present ? spec.present(item!) : item);
    });
  }

  upsert({
    list: 'departments',
    schema: DepartmentInput,
    newId: () => `d-${randomUUID().slice(0, 8)}`,
    build: (input, id) => ({ id, ...input }),
  });

  upsert({
    list: 'services',
    schema: ServiceInput,
    newId: () => `s-${randomUUID().slice(0, 8)}`,
    build: (input, id, _existing, c) => {
      if (!c.departments.some((d) => d.id === input.departmentId)) throw new Refusal(400, 'error.invalid', { detail: 'بخش' });
      const clash = c.services.find(
        (s) => s.id !== id && s.prefix === input.prefix && s.rangeStart <= input.rangeEnd && input.rangeStart <= s.rangeEnd,
      );
      if (clash) {
        throw new Refusal(409, 'error.conflict', { detail: `بازهٔ شماره‌ها با خدمت «${clash.name}» (همان پیشوند) هم‌پوشانی دارد.` });
      }
      return { id, ...input };
    },
  });

  upsert({
    list: 'counters',
    schema: CounterInput,
    newId: () => `c-${randomUUID().slice(0, 8)}`,
    build: (input, id, _existing, c) => {
      if (c.counters.some((x) => x.id !== id && x.number === input.number)) {
        throw new Refusal(409, 'error.conflict', { detail: 'باجه‌ای با همین شماره هست.' });
      }
      if (input.services.some((s) => !c.services.some((x) => x.id === s.serviceId))) throw new Refusal(400, 'error.serviceNotFound');
      return { id, ...input };
    },
  });

  upsert({
    list: 'staff',
    schema: StaffInput,
    newId: () => randomUUID(),
    prepare: async (input) => (input.password ? hashPassword(input.password) : undefined),
    build: ({ password: _plain, ...input }, id, existing, c, passwordHash) => {
      const hash = passwordHash ?? existing?.passwordHash;
      if (!hash) throw new Refusal(400, 'error.invalid', { detail: 'گذرواژه (دست‌کم ۸ نویسه)' });
      if (c.staff.some((s) => s.id !== id && s.username.toLowerCase() === input.username.toLowerCase())) {
        throw new Refusal(409, 'error.conflict', { detail: 'این نام کاربری پیش‌تر ثبت شده است.' });
      }
      return { id, ...input, passwordHash: hash };
    },
    present: publicUser,
  });

  r.put('/admin/hours', admin, async (req, res) => {
    const input = parse(HoursInput, req.body, res);
    if (!input) return;
    await office.updateConfig((c) => ({ ...c, hours: input }), principalOf(req));
    res.json(office.config.hours);
  });

  r.put('/admin/holidays', admin, async (req, res) => {
    const input = parse(HolidaysInput, req.body, res);
    if (!input) return;
    await office.updateConfig((c) => ({ ...c, holidays: input.holidays }), principalOf(req));
    res.json({ holidays: office.config.holidays ?? [] });
  });

  r.put('/admin/queue', admin, async (req, res) => {
    const input = parse(QueueSettingsInput, req.body, res);
    if (!input) return;
    await office.updateConfig((c) => ({ ...c, queue: input }), principalOf(req));
    res.json(office.config.queue);
  });

  const badPrinter = (printer: string | undefined) => printer !== undefined && printer !== 'local' && printer !== 'none' && !printerIds().includes(printer);
  r.post('/admin/devices', admin, async (req, res) => {
    const input = parse(DeviceInput, req.body, res);
    if (!input) return;
    if (input.counterId && !office.config.counters.some((c) => c.id === input.counterId)) return fail(res, 400, 'error.counterNotFound');
    if (badPrinter(input.printer)) return fail(res, 400, 'error.invalid', { detail: 'چاپگری با این نام در سرور نیست.' });
    const id = randomUUID();
    await office.updateConfig(
      (c) => ({ ...c, devices: [...c.devices, { id, ...input, paired: false, createdAt: new Date().toISOString() }] }),
      principalOf(req),
    );
    res.json(await auth.newPairingCode(id, principalOf(req)));
  });
  r.put('/admin/devices/:id', admin, async (req, res) => {
    const id = req.params.id as string;
    const input = parse(DeviceUpdate, req.body, res);
    if (!input) return;
    if (!office.config.devices.some((d) => d.id === id)) return fail(res, 404, 'error.notFound');
    if (input.counterId && !office.config.counters.some((c) => c.id === input.counterId)) return fail(res, 400, 'error.counterNotFound');
    if (badPrinter(input.printer)) return fail(res, 400, 'error.invalid', { detail: 'چاپگری با این نام در سرور نیست.' });
    await office.updateConfig(
      (c) => ({
        ...c,
        devices: c.devices.map((d) => {
          if (d.id !== id) return d;
          const { counterId: _c, printer: _p, ...rest } = d;
          return { ...rest, ...input };
        }),
      }),
      principalOf(req),
    );
    res.json({ ok: true });
  });
  r.post('/admin/devices/:id/code', admin, async (req, res) => {
    const result = await auth.newPairingCode(req.params.id as string, principalOf(req));
    if (!result) return fail(res, 404, 'error.notFound');
    res.json(result);
  });
  r.delete('/admin/devices/:id', admin, async (req, res) => {
    const id = req.params.id as string;
    if (!office.config.devices.some((d) => d.id === id)) return fail(res, 404, 'error.notFound');
    await office.updateConfig((c) => ({ ...c, devices: c.devices.filter((d) => d.id !== id) }), principalOf(req));
    res.json({ ok: true });
  });

  r.use((_req, res) => fail(res, 404, 'error.notFound'));
  r.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if ((err as { type?: string }).type === 'entity.parse.failed') return fail(res, 400, 'error.invalid', { detail: 'JSON' });
    console.error(err);
    fail(res, 500, 'error.internal');
  });
  return r;
}
