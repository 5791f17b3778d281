// HTTP for the phone handoff (/api/handoff): a kiosk opens a session for the visitor
// it serves, the visitor's phone uploads documents into it, the kiosk hears each one
// arrive (a long poll: the answer waits until something changes) and closes the
// session when the visit ends. See ../edesk/handoff.ts. Every refusal is Persian
// (English with ?lang=en) and changes nothing.
//
//   POST   /                          kiosk: open {purpose:'apply', serviceId, proof} | {purpose:'info', trackingCode, nationalId}
//   GET    /:id?after=<version>       kiosk that opened it: what arrived (waits while nothing is newer)
//   DELETE /:id                       kiosk that opened it: the visit is over
//   GET    /:id/phone                 phone: what to send (titles and counts, never names)
//   POST   /:id/documents?slot=<id>   phone: one file as the raw body, X-File-Name (as /api/edesk/uploads)
//   DELETE /:id/documents/:documentId phone or its kiosk: take one file back
import { join } from 'node:path';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import {
  caseMessage,
  canClientSee,
  errorMessage,
  parseTrackingCode,
  serviceDefinition,
  type DocumentField,
  type HandoffKioskView,
  type HandoffPhoneView,
  type HandoffSlot,
  type Lang,
} from '@desk/common';
import type { Office, Clock } from '../office';
import type { Auth } from '../auth/auth';
import type { CaseDesk } from '../edesk/desk';
import type { OtpService } from '../notify/otp';
import { caseByTrackingCode, casesOfDocument } from '../cases/state';
import { HANDOFF_MAX_DOCUMENTS, HandoffSessions, handoffMessage, type HandoffErrorCode, type HandoffSession } from '../edesk/handoff';
import { uploadHandler } from '../uploads/http';
import type { DocumentStore } from '../uploads/document-store';
import { LoginLimiter } from '../auth/login-limiter';
import { bearer } from './routes';
import { describeIssues } from './admin-schemas';

export interface HandoffDeps {
  office: Office;
  auth: Auth;
  desk: CaseDesk;
  otp: OtpService;
  documents: DocumentStore;
  /** How phones reach this office (the QR's address). */
  publicUrl: () => string;
  clock?: Clock | undefined;
  /** The data folder: open sessions are kept in it across a restart. */
  dataDir?: string;
}

/** How long the kiosk's question waits for news before it is answered anyway. */
const LONG_POLL_MS = 20_000;

/** What a client answering the office may send (as the portal's answer form). */
const INFO_SLOT: HandoffSlot = {
  id: 'info',
  label: 'مدرک‌های پاسخ به درخواست اداره',
  labelEn: "Documents answering the office's request",
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
  maxFiles: 10,
  maxSizeKb: 10 * 1024,
  required: false,
};

const OpenSchema = z.discriminatedUnion('purpose', [
  z.object({ purpose: z.literal('apply'), serviceId: z.string().min(1).max(64), proof: z.string().min(1).max(2000) }),
  z.object({ purpose: z.literal('info'), trackingCode: z.string().min(1).max(40), nationalId: z.string().min(1).max(20) }),
]);

function langOf(req: Request): Lang {
  return req.query.lang === 'en' ? 'en' : 'fa';
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ ok: false, error: { code, message } });
}

/** The session as its kiosk sees it. */
function kioskView(s: HandoffSession, url: string): HandoffKioskView {
  const { owner: _owner, deviceId: _device, ...rest } = s;
  return { ...rest, url };
}

/** The session as the phone sees it: what to send and how many arrived, no names, nobody's details. */
function phoneView(s: HandoffSession): HandoffPhoneView {
  return {
    purpose: s.purpose,
    title: s.title,
    ...(s.titleEn ? { titleEn: s.titleEn } : {}),
    expiresAt: s.expiresAt,
    slots: s.slots.map((slot) => ({ ...slot, received: s.documents.filter((d) => d.slotId === slot.id).length })),
  };
}

export function handoffRoutes(deps: HandoffDeps): express.Router {
  const { office, auth, desk, otp, documents, publicUrl, clock, dataDir } = deps;
  const sessions = new HandoffSessions({ ...(clock ? { now: () => Date.parse(clock()) } : {}), ...(dataDir ? { file: join(dataDir, 'handoff-sessions.json') } : {}) });
  // unknown ids from one address: ids cannot be guessed, but nobody should be able to try many
  const limiter = new LoginLimiter(30, 15 * 60_000);
  const ipKey = (req: Request) => [`handoff:${req.ip ?? ''}`];
  const r = express.Router();

  r.use((req, _res, next) => {
    req.principal = auth.resolve(bearer(req));
    next();
  });

  const kioskOf = (req: Request): string | undefined =>
    req.principal?.kind === 'device' && req.principal.device.kind === 'kiosk' ? req.principal.id : undefined;
  const urlOf = (s: HandoffSession) => `${publicUrl().replace(/\/+$/, '')}/portal/h/${s.id}`;

  /** A visit's files that no case took are deleted with it: nothing of the visitor stays behind. */
  async function discard(list: readonly { id: string }[]): Promise<void> {
    for (const d of list) {
      if (casesOfDocument(desk.state, d.id).length === 0) await documents.delete(d.id).catch((err: unknown) => console.error('handoff: could not delete a document', err));
    }
  }
  function sweep(): void {
    for (const s of sessions.sweep()) void discard(s.documents);
  }

  const notFound = (req: Request, res: Response) => {
    limiter.fail(ipKey(req));
    refuse(res, 404, 'handoff.notFound', handoffMessage('handoff.notFound', langOf(req)));
  };
  const blocked = (req: Request, res: Response): boolean => {
    const minutes = limiter.blockedFor(ipKey(req));
    if (minutes > 0) refuse(res, 429, 'error.tooManyLogins', errorMessage('error.tooManyLogins', { minutes }, langOf(req)));
    return minutes > 0;
  };
  const kioskOnly = (req: Request, res: Response) => refuse(res, 401, 'handoff.kioskOnly', handoffMessage('handoff.kioskOnly', langOf(req)));

  // ── the kiosk ──

  r.post('/', express.json({ limit: '8kb' }), async (req, res) => {
    sweep();
    const deviceId = kioskOf(req);
    if (!deviceId) return kioskOnly(req, res);
    const body = OpenSchema.safeParse(req.body);
    if (!body.success) return refuse(res, 400, 'case.error.invalid', caseMessage('case.error.invalid', { detail: describeIssues(body.error) }));
    const ask = body.data;
    let opened: { session: HandoffSession; closed: HandoffSession[] };
    if (ask.purpose === 'apply') {
      const proven = otp.checkProof(ask.proof);
      if (!proven) return refuse(res, 401, 'case.error.badMobile', 'شمارهٔ همراه هنوز تأیید نشده است؛ کد پیامک‌شده را وارد کنید.');
      const service = office.config.services.find((s) => s.id === ask.serviceId && s.active);
      const def = service && serviceDefinition(desk.catalogue, service.id);
      if (!service || !def) return refuse(res, 404, 'case.error.serviceNotFound', caseMessage('case.error.serviceNotFound'));
      const slots = def.form.fields
        .filter((f): f is DocumentField => f.kind === 'document')
        .map(({ id, label, labelEn, accept, maxFiles, maxSizeKb, required }) => ({
          id,
          label,
          ...(labelEn ? { labelEn } : {}),
          accept,
          ...(maxFiles !== undefined ? { maxFiles } : {}),
          ...(maxSizeKb !== undefined ? { maxSizeKb } : {}),
          required,
        }));
      opened = sessions.create({ deviceId, owner: `mobile:${proven.mobile}`, purpose: 'apply', title: service.name, ...(service.nameEn ? { titleEn: service.nameEn } : {}), slots });
    } else {
      const parsed = parseTrackingCode(ask.trackingCode);
      const c = parsed.ok ? caseByTrackingCode(desk.state, parsed.code) : undefined;
      if (!parsed.ok || !c || !canClientSee(c, ask.nationalId, parsed.code)) {
        limiter.fail(ipKey(req));
        return refuse(res, 404, 'case.error.notFound', caseMessage('case.error.notFound'));
      }
      opened = sessions.create({ deviceId, owner: `case:${c.id}`, purpose: 'info', title: 'پاسخ به درخواست اداره', titleEn: "Answering the office's request", slots: [INFO_SLOT] });
    }
    await sessions.saved();
    for (const s of opened.closed) await discard(s.documents);
    res.status(201).json({ ok: true, handoff: kioskView(opened.session, urlOf(opened.session)) });
  });

  // what arrived; with ?after=<version>, waits until there is something newer (or a while passed)
  r.get('/:id', async (req, res) => {
    sweep();
    const deviceId = kioskOf(req);
    if (!deviceId) return kioskOnly(req, res);
    const id = String(req.params.id);
    if (!sessions.ofDevice(id, deviceId)) return notFound(req, res);
    const after = Number(req.query.after);
    if (Number.isInteger(after)) {
      const wait = sessions.changed(id, after, LONG_POLL_MS);
      res.on('close', wait.stop);
      await wait.done;
      if (res.writableEnded || res.destroyed) return;
    }
    const s = sessions.ofDevice(id, deviceId);
    if (!s) return notFound(req, res);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true, handoff: kioskView(s, urlOf(s)) });
  });

  r.delete('/:id', async (req, res) => {
    sweep();
    const deviceId = kioskOf(req);
    if (!deviceId) return kioskOnly(req, res);
    const id = String(req.params.id);
    if (!sessions.ofDevice(id, deviceId)) return notFound(req, res);
    const ended = sessions.end(id)!;
    await sessions.saved();
    await discard(ended.documents);
    res.json({ ok: true });
  });

  // ── the phone ──

  r.get('/:id/phone', (req, res) => {
    sweep();
    if (blocked(req, res)) return;
    const s = sessions.get(String(req.params.id));
    if (!s) return notFound(req, res);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true, handoff: phoneView(s) });
  });

  r.post('/:id/documents', (req, res, next) => {
    sweep();
    const lang = langOf(req);
    // the body is not read when the answer is no: the connection closes after it
    const stop = (status: number, code: HandoffErrorCode | string, message: string) => {
      if (!req.readableEnded) res.setHeader('Connection', 'close');
      refuse(res, status, code, message);
    };
    if (limiter.blockedFor(ipKey(req)) > 0) return stop(429, 'error.tooManyLogins', errorMessage('error.tooManyLogins', { minutes: limiter.blockedFor(ipKey(req)) }, lang));
    const id = String(req.params.id);
    const s = sessions.get(id);
    if (!s) {
      limiter.fail(ipKey(req));
      return stop(404, 'handoff.notFound', handoffMessage('handoff.notFound', lang));
    }
    const slot = s.slots.find((x) => x.id === String(req.query.slot ?? ''));
    if (!slot) return stop(400, 'handoff.badSlot', handoffMessage('handoff.badSlot', lang));
    const label = lang === 'en' && slot.labelEn ? slot.labelEn : slot.label;
    if (slot.maxFiles !== undefined && sessions.countIn(s, slot.id) >= slot.maxFiles) {
      return stop(409, 'form.tooManyFiles', caseMessage('form.tooManyFiles', { label, max: slot.maxFiles }, lang));
    }
    if (s.documents.length >= HANDOFF_MAX_DOCUMENTS) return stop(409, 'handoff.full', handoffMessage('handoff.full', lang));
    const maxBytes = Math.min(documents.maxBytes, slot.maxSizeKb !== undefined ? slot.maxSizeKb * 1024 : Infinity);
    const upload = uploadHandler(documents, {
      maxBytes,
      owner: () => s.owner,
      onSaved: async (doc, _req, res) => {
        // the bytes say what it is; the slot says what it may be
        if (!slot.accept.includes(doc.contentType)) {
          await documents.delete(doc.id);
          const accept = slot.accept.map((t) => t.split('/').pop()!.toUpperCase().replace('JPEG', 'JPG')).join(lang === 'fa' ? ' یا ' : ' or ');
          return refuse(res, 415, 'form.badFileType', caseMessage('form.badFileType', { file: doc.originalName || doc.ext, label, accept }, lang));
        }
        const name = doc.originalName || `${doc.id.slice(0, 8)}.${doc.ext}`;
        // the visit may have ended while the file was on its way
        if (!sessions.add(id, { id: doc.id, slotId: slot.id, name, size: doc.size, contentType: doc.contentType })) {
          await documents.delete(doc.id);
          return refuse(res, 404, 'handoff.notFound', handoffMessage('handoff.notFound', lang));
        }
        // the phone is told it arrived once the session on disk has it
        await sessions.saved();
        res.status(201).json({ ok: true, document: { id: doc.id, slotId: slot.id, originalName: name, size: doc.size, contentType: doc.contentType, sha256: doc.sha256 } });
      },
    });
    return upload(req, res, next);
  });

  r.delete('/:id/documents/:documentId', async (req, res) => {
    sweep();
    const id = String(req.params.id);
    const s = sessions.get(id);
    // a kiosk may only touch its own sessions; a phone holds the session's id
    const deviceId = kioskOf(req);
    if (!s || (deviceId && s.deviceId !== deviceId)) return notFound(req, res);
    const removed = sessions.remove(id, String(req.params.documentId));
    if (!removed) return refuse(res, 404, 'upload.notFound', caseMessage('case.error.invalid', { detail: 'این فایل در این نشست نیست.' }, langOf(req)));
    await sessions.saved();
    await discard([removed]);
    res.json({ ok: true });
  });

  return r;
}
