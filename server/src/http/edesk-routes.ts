// HTTP for the e-desk (/api/edesk): the catalogue for everyone; one-time codes, uploads,
// submission, tracking and the client's own answers for citizens (portal, kiosk);
// inboxes and step commands for staff. Every refusal is Persian and changes nothing.
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import {
  CaseClientSchema,
  CaseCommandSchema,
  canClientSee,
  canStaffView,
  caseForClient,
  caseMessage,
  errorMessage,
  parseTrackingCode,
  toLatinDigits,
  type Case,
  type CaseActor,
  type CaseAck,
  type CaseErrorBody,
  type DocumentRef,
} from '@desk/common';
import type { Office } from '../office';
import type { Auth, Principal } from '../auth/auth';
import type { CaseDesk } from '../edesk/desk';
import { staffUnits } from '../edesk/units';
import { caseByTrackingCode, casesOfClient, casesOfDocument, inboxOf } from '../cases/state';
import { documentsOnFile } from '../edesk/on-file';
import { kioskSubmissions } from '../edesk/handoff';
import type { OtpService } from '../notify/otp';
import type { Notifier } from '../notify/notifier';
import { uploadHandler, sendDocument } from '../uploads/http';
import type { DocumentStore } from '../uploads/document-store';
import { GuessLimits } from '../auth/guess-limits';
import { bearer } from './routes';
import { describeIssues } from './admin-schemas';

export interface EdeskDeps {
  office: Office;
  auth: Auth;
  desk: CaseDesk;
  otp: OtpService;
  notifier: Notifier;
  documents: DocumentStore;
}

/** Client commands: what a citizen may do on their own case. */
const CLIENT_COMMANDS = new Set(['info.answer', 'response.acknowledge', 'survey.submit', 'case.withdraw']);

const TrackSchema = z.object({ trackingCode: z.string().min(1).max(40), nationalId: z.string().min(1).max(20) });

const SubmitSchema = z.object({
  serviceId: z.string().min(1).max(64),
  client: CaseClientSchema,
  values: z.record(z.string().max(64), z.string().max(4000)),
  documents: z.array(z.object({ id: z.string().min(1).max(64), slotId: z.string().max(64).optional() })).max(30).default([]),
  /** From /otp/verify: proves the client holds this mobile (web and kiosk). */
  proof: z.string().max(2000).optional(),
  commandId: z.string().min(8).max(64),
});


function refuse(res: Response, status: number, error: CaseErrorBody | { code: string; message: string }): void {
  res.status(status).json({ ok: false, error });
}

function statusOf(code: string): number {
  if (code === 'case.error.notFound' || code.endsWith('NotFound')) return 404;
  if (code === 'case.error.notYourUnit' || code === 'case.error.notYourCase' || code === 'case.error.staffOnly' || code === 'case.error.clientOnly') return 403;
  if (code === 'case.error.invalid' || code === 'case.error.formInvalid' || code.startsWith('case.error.bad') || code === 'case.error.surveyInvalid') return 400;
  return 409;
}

function answer(res: Response, ack: CaseAck<Record<string, unknown>>, view: (c: Case) => Case = (c) => c): void {
  if (!ack.ok) return refuse(res, statusOf(ack.error.code), ack.error);
  const { ok: _ok, case: c, ...rest } = ack as { ok: true; case: Case } & Record<string, unknown>;
  res.json({ ok: true, case: view(c), ...rest });
}

export function edeskRoutes(deps: EdeskDeps): express.Router {
  const { office, auth, desk, otp, notifier, documents } = deps;
  const r = express.Router();
  // per client address, or per lobby kiosk: wrong tracking guesses, and SMS codes asked for
  // (each costs money; the one-time-code service also limits per mobile)
  const limiter = new GuessLimits({ perAddress: 20, perKiosk: 100, windowMs: 15 * 60_000 });
  const smsLimiter = new GuessLimits({ perAddress: 60, perKiosk: 200, windowMs: 15 * 60_000 });

  r.use((req, _res, next) => {
    req.principal = auth.resolve(bearer(req));
    next();
  });

  const staffActor = (p: Principal | undefined): Extract<CaseActor, { kind: 'staff' }> | undefined =>
    p?.kind === 'staff' ? { kind: 'staff', id: p.user.id, name: p.user.displayName, role: p.user.role, unitIds: staffUnits(office.config, p.user.id) } : undefined;

  const invalid = (res: Response, error: z.ZodError) =>
    refuse(res, 400, { code: 'case.error.invalid', message: caseMessage('case.error.invalid', { detail: describeIssues(error) }) });

  // ── for everyone ──

  // ?version=N: an older published version (a case keeps the one it started with)
  r.get('/catalogue', (req, res) => {
    const version = Number(req.query.version);
    const cat = Number.isInteger(version) && version > 0 ? desk.catalogues.byVersion(version) : desk.catalogue;
    if (!cat) return refuse(res, 404, { code: 'case.error.catalogueMissing', message: caseMessage('case.error.catalogueMissing', { version }) });
    const active = new Set(office.config.services.filter((s) => s.active).map((s) => s.id));
    res.json({
      version: cat.version,
      units: cat.units,
      defaultDeskUnitId: cat.defaultDeskUnitId,
      services: cat.services
        .filter((d) => active.has(d.serviceId))
        .map((d) => {
          const s = office.config.services.find((x) => x.id === d.serviceId)!;
          return { ...d, name: s.name, nameEn: s.nameEn, departmentId: s.departmentId };
        }),
    });
  });

  // ── proving a mobile number ──

  r.post('/otp', express.json({ limit: '4kb' }), async (req, res) => {
    const blocked = smsLimiter.blockedFor(req);
    if (blocked > 0) return refuse(res, 429, { code: 'error.tooManyLogins', message: errorMessage('error.tooManyLogins', { minutes: blocked }) });
    const body = z.object({ mobile: z.string().min(1).max(20) }).safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    smsLimiter.fail(req);
    const issued = await otp.issue(body.data.mobile);
    if (!issued.ok) return refuse(res, issued.error.code === 'otp.badMobile' ? 400 : 429, issued.error);
    await notifier.notify({ mobile: issued.mobile }, { kind: 'otp', code: issued.code, ttlSeconds: issued.ttlSeconds }, { ref: 'otp' });
    res.json({ ok: true, mobile: issued.mobile, expiresAt: issued.expiresAt, resendAt: issued.resendAt });
  });

  r.post('/otp/verify', express.json({ limit: '4kb' }), async (req, res) => {
    const body = z.object({ mobile: z.string().min(1).max(20), code: z.string().min(1).max(12) }).safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    const proven = await otp.verify(body.data.mobile, body.data.code);
    if (!proven.ok) return refuse(res, 400, proven.error);
    res.json({ ok: true, proof: proven.proof, mobile: proven.mobile, expiresAt: proven.proofExpiresAt });
  });

  // ── documents ──

  /** Who may upload: a proven mobile (citizen), staff, or the client of a case (answering a request). */
  const uploader = (req: Request): string | undefined => {
    const proof = req.header('x-desk-proof');
    if (proof) {
      const p = otp.checkProof(proof);
      if (p) return `mobile:${p.mobile}`;
    }
    if (req.principal?.kind === 'staff') return `staff:${req.principal.id}`;
    const track = req.header('x-desk-track');
    if (track) {
      const [code, nid] = track.split(':');
      const c = code ? caseByTrackingCode(desk.state, normalizeCode(code)) : undefined;
      if (c && nid && canClientSee(c, nid, code!)) return `case:${c.id}`;
    }
    return undefined;
  };
  const upload = uploadHandler(documents, { owner: (req) => uploader(req) });
  r.post('/uploads', (req, res, next) => {
    if (!uploader(req)) return refuse(res, 401, { code: 'case.error.clientOnly', message: 'برای فرستادن مدرک، اول شمارهٔ همراه خود را با کد پیامکی تأیید کنید.' });
    return upload(req, res, next);
  });

  r.get('/documents/:id', async (req, res) => {
    const id = String(req.params.id);
    // a file is streamed, not sent through res.send: decide on cases that are on disk
    await desk.whenDurable();
    const holders = casesOfDocument(desk.state, id);
    const staff = staffActor(req.principal);
    // the client's keys: the x-desk-track header (kept out of logs), or the query string
    const [headerCode, headerNid] = (req.header('x-desk-track') ?? '').split(':');
    const code = headerCode || (typeof req.query.trackingCode === 'string' ? req.query.trackingCode : '');
    const nid = headerNid || (typeof req.query.nationalId === 'string' ? req.query.nationalId : '');
    let allowed = false;
    if (staff) {
      allowed = holders.some((c) => canStaffView(c, staff, staff.unitIds));
    } else if (code && nid) {
      // the client sees the files of their case, except inquiry answers (other agencies' data)
      const c = holders.find((h) => canClientSee(h, nid, code));
      allowed = !!c && caseForClient(c).documents.some((d) => d.id === id);
    }
    if (!allowed) return refuse(res, 404, { code: 'case.error.notFound', message: caseMessage('case.error.notFound') });
    await sendDocument(res, documents, id, { disposition: req.query.download ? 'attachment' : 'inline' });
  });

  const onFile = (nationalId: string, mobile: string) => documentsOnFile(desk.state, desk.catalogues, nationalId, mobile);

  r.post('/on-file', express.json({ limit: '4kb' }), (req, res) => {
    const body = z.object({ nationalId: z.string().min(1).max(20), proof: z.string().max(2000) }).safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    const proven = otp.checkProof(body.data.proof);
    if (!proven) return refuse(res, 401, { code: 'case.error.badMobile', message: 'شمارهٔ همراه هنوز تأیید نشده است؛ کد پیامک‌شده را وارد کنید.' });
    // the name given with the latest request under this national ID and proven mobile: offered, not asked again (the kiosk)
    const latest = casesOfClient(desk.state, toLatinDigits(body.data.nationalId).trim())
      .filter((c) => c.client.mobile === proven.mobile)
      .sort((a, b) => (a.acceptedAt < b.acceptedAt ? 1 : -1))[0];
    res.json({ ok: true, documents: onFile(body.data.nationalId, proven.mobile), ...(latest ? { client: { name: latest.client.name } } : {}) });
  });

  /** Files the client or clerk uploaded, as the engine records them: metadata from our store, never from the browser. */
  async function documentRefs(
    list: { id: string; slotId?: string | undefined }[],
    owner: string | undefined,
    /** Documents on file for this person (given with earlier requests): theirs to give again. */
    theirs: ReadonlySet<string> = new Set(),
  ): Promise<DocumentRef[] | CaseErrorBody> {
    const out: DocumentRef[] = [];
    for (const item of list) {
      const meta = await documents.meta(item.id);
      if (!meta || (owner && meta.owner && meta.owner !== owner && !owner.startsWith('staff:') && !theirs.has(meta.id))) {
        return { code: 'case.error.invalid', message: caseMessage('case.error.invalid', { detail: 'مدرک فرستاده‌شده پیدا نشد؛ دوباره بارگذاری کنید.' }) };
      }
      out.push({ id: meta.id, ...(item.slotId ? { slotId: item.slotId } : {}), name: meta.originalName || `${meta.id.slice(0, 8)}.${meta.ext}`, contentType: meta.contentType, size: meta.size, sha256: meta.sha256 });
    }
    return out;
  }

  // ── a request is made ──

  r.post('/cases', express.json({ limit: '256kb' }), async (req, res) => {
    const body = SubmitSchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    const { proof, documents: docs, commandId, ...rest } = body.data;
    const staff = staffActor(req.principal);
    const kiosk = req.principal?.kind === 'device' && req.principal.device.kind === 'kiosk' ? req.principal : undefined;
    let actor: CaseActor;
    let owner: string | undefined;
    if (staff) {
      actor = staff;
      owner = `staff:${staff.id}`;
    } else {
      const proven = proof ? otp.checkProof(proof, rest.client.mobile) : null;
      if (!proven) return refuse(res, 401, { code: 'case.error.badMobile', message: 'شمارهٔ همراه هنوز تأیید نشده است؛ کد پیامک‌شده را وارد کنید.' });
      actor = { kind: 'client', via: kiosk ? 'kiosk' : 'web', nationalId: toLatinDigits(rest.client.nationalId), ...(kiosk ? { deviceId: kiosk.id } : {}) };
      owner = `mobile:${proven.mobile}`;
    }
    const theirs = owner?.startsWith('mobile:') ? new Set(onFile(rest.client.nationalId, owner.slice('mobile:'.length)).map((d) => d.id)) : undefined;
    const refs = await documentRefs(docs, owner, theirs);
    if (!Array.isArray(refs)) return refuse(res, 400, refs);
    const command = CaseCommandSchema.safeParse({ type: 'case.submit', commandId, ...rest, documents: refs });
    if (!command.success) return invalid(res, command.error);
    const ack = await desk.execute(command.data, actor);
    // the one receipt this kiosk may print (printing-routes)
    if (ack.ok && kiosk && !staff) kioskSubmissions(desk).record(kiosk.id, (ack.case as Case).trackingCode);
    answer(res, ack, staff ? undefined : caseForClient);
  });

  // ── the client follows it ──

  r.post('/track', express.json({ limit: '8kb' }), (req, res) => {
    const blocked = limiter.blockedFor(req);
    if (blocked > 0) return refuse(res, 429, { code: 'error.tooManyLogins', message: errorMessage('error.tooManyLogins', { minutes: blocked }) });
    const body = TrackSchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    const parsed = parseTrackingCode(body.data.trackingCode);
    if (!parsed.ok) return refuse(res, 400, parsed.error);
    const c = caseByTrackingCode(desk.state, parsed.code);
    if (!c || !canClientSee(c, body.data.nationalId, parsed.code)) {
      limiter.fail(req);
      // the same answer whether the code or the national ID is wrong
      return refuse(res, 404, { code: 'case.error.notFound', message: caseMessage('case.error.notFound') });
    }
    res.json({ ok: true, case: caseForClient(c) });
  });

  r.post('/track/command', express.json({ limit: '64kb' }), async (req, res) => {
    const body = TrackSchema.extend({ command: z.record(z.string(), z.unknown()) }).safeParse(req.body);
    if (!body.success) return invalid(res, body.error);
    const parsed = parseTrackingCode(body.data.trackingCode);
    const c = parsed.ok ? caseByTrackingCode(desk.state, parsed.code) : undefined;
    if (!parsed.ok || !c || !canClientSee(c, body.data.nationalId, parsed.code)) {
      limiter.fail(req);
      return refuse(res, 404, { code: 'case.error.notFound', message: caseMessage('case.error.notFound') });
    }
    const raw: Record<string, unknown> = { ...body.data.command, caseId: c.id };
    if (!CLIENT_COMMANDS.has(String(raw.type))) return refuse(res, 403, { code: 'case.error.staffOnly', message: caseMessage('case.error.staffOnly') });
    let docs: DocumentRef[] = [];
    if (Array.isArray(raw.documents)) {
      const refs = await documentRefs(raw.documents as { id: string }[], `case:${c.id}`);
      if (!Array.isArray(refs)) return refuse(res, 400, refs);
      docs = refs.map((d) => ({ ...d, slotId: 'info' }));
    }
    const command = CaseCommandSchema.safeParse({ ...raw, ...(raw.documents ? { documents: docs } : {}) });
    if (!command.success) return invalid(res, command.error);
    const kiosk = req.principal?.kind === 'device' && req.principal.device.kind === 'kiosk';
    const ack = await desk.execute(command.data, { kind: 'client', via: kiosk ? 'kiosk' : 'web', nationalId: c.client.nationalId });
    if (ack.ok && command.data.type === 'response.acknowledge') desk.askForSurvey(ack.case as Case);
    answer(res, ack, caseForClient);
  });

  // ── staff ──

  r.get('/inbox', (req, res) => {
    const staff = staffActor(req.principal);
    if (!staff) return refuse(res, 401, { code: 'case.error.staffOnly', message: caseMessage('case.error.staffOnly') });
    const now = new Date().toISOString();
    const calendar = desk.calendar();
    const rows = staff.unitIds.flatMap((u) => inboxOf(desk.state, u, now, calendar));
    res.json({ ok: true, unitIds: staff.unitIds, rows });
  });

  r.get('/cases/:id', (req, res) => {
    const staff = staffActor(req.principal);
    if (!staff) return refuse(res, 401, { code: 'case.error.staffOnly', message: caseMessage('case.error.staffOnly') });
    const c = desk.state.cases.get(String(req.params.id)) ?? caseByTrackingCode(desk.state, normalizeCode(String(req.params.id)));
    if (!c || !canStaffView(c, staff, staff.unitIds)) return refuse(res, 404, { code: 'case.error.notFound', message: caseMessage('case.error.notFound') });
    res.json({ ok: true, case: c });
  });

  r.post('/commands', express.json({ limit: '64kb' }), async (req, res) => {
    const staff = staffActor(req.principal);
    if (!staff) return refuse(res, 401, { code: 'case.error.staffOnly', message: caseMessage('case.error.staffOnly') });
    const raw = (req.body ?? {}) as Record<string, unknown>;
    if (raw.type === 'case.submit') return refuse(res, 400, { code: 'case.error.invalid', message: caseMessage('case.error.invalid', { detail: 'برای ثبت درخواست از /cases استفاده کنید' }) });
    if (Array.isArray(raw.documents)) {
      const refs = await documentRefs(raw.documents as { id: string }[], `staff:${staff.id}`);
      if (!Array.isArray(refs)) return refuse(res, 400, refs);
      raw.documents = refs;
    }
    const command = CaseCommandSchema.safeParse(raw);
    if (!command.success) return invalid(res, command.error);
    const ack = await desk.execute(command.data, staff);
    // the clerk recorded the hand-over at the desk: the client is asked for their opinion as online
    if (ack.ok && command.data.type === 'response.acknowledge') desk.askForSurvey(ack.case as Case);
    answer(res, ack);
  });

  return r;
}

/** Tracking codes as people type them: Persian digits, spaces and dashes are fine. */
function normalizeCode(input: string): string {
  const parsed = parseTrackingCode(input);
  return parsed.ok ? parsed.code : toLatinDigits(input).replace(/\D/g, '');
}
