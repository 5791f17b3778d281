// The kiosk's e-desk visit, on the server side.
//
// A visitor at a kiosk has no files on the kiosk: they photograph or pick them on their
// own phone. The kiosk opens a handoff session and shows its address as a QR
// (/portal/h/<id>); the phone uploads into the session, the kiosk hears each arrival.
// A session lives a short while (20 minutes), its id is 192 random bits, only the kiosk
// that opened it may list or close it, and its files belong to whoever the kiosk proved
// the visitor to be (a mobile proven by SMS, or a case opened with its tracking code and
// national ID), so the e-desk routes accept them exactly as if the kiosk had uploaded them.
// The sessions are kept in the data folder, so a restart of the server does not lose a
// file the phone was told had arrived.
//
// Also here: which case each kiosk submitted last, because that receipt is the only
// one a kiosk may print (server/src/http/printing-routes.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileDurable } from '../storage/durable-file';
import type { HandoffDocument, HandoffKioskView, Lang } from '@desk/common';

export type { HandoffDocument, HandoffPurpose, HandoffSlot } from '@desk/common';

export const HANDOFF_TTL_MS = 20 * 60_000;
/** Open sessions one kiosk may hold; a new one beyond this closes its oldest. */
export const HANDOFF_PER_DEVICE = 3;
/** Files one session may receive, all slots together. */
export const HANDOFF_MAX_DOCUMENTS = 30;

export interface HandoffSession extends Omit<HandoffKioskView, 'url'> {
  /** The kiosk that opened it: the only one that may list or close it. */
  deviceId: string;
  /** Whose the files are, as the e-desk checks it: `mobile:09…` (a new request) or `case:<id>` (an answer). */
  owner: string;
}

/** What a kiosk opens a session with; the title is what the phone shows on top (the service's name). */
export type NewHandoff = Pick<HandoffSession, 'deviceId' | 'owner' | 'purpose' | 'title' | 'titleEn' | 'slots'>;

export interface HandoffOptions {
  now?: () => number;
  ttlMs?: number;
  /** Where the sessions are kept (the data folder's handoff-sessions.json): a restart keeps them. */
  file?: string;
}

/**
 * The sessions of one office. In memory, and written whole to `file` after each change:
 * a file the phone was told arrived is still in its session after a restart, and the
 * kiosk's visit goes on. (A handful of sessions per kiosk, for twenty minutes: small.)
 */
export class HandoffSessions {
  private readonly sessions = new Map<string, HandoffSession>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly file: string | undefined;
  /** A write scheduled and not started (it will take every change made until it starts). */
  private queued: Promise<void> | null = null;
  private last: Promise<void> = Promise.resolve();

  constructor(options: HandoffOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.ttlMs = options.ttlMs ?? HANDOFF_TTL_MS;
    this.file = options.file;
    if (this.file) for (const s of readSessions(this.file)) this.sessions.set(s.id, s);
  }

  /** Resolves once the sessions as they are now are on disk (rejects if that write failed). */
  saved(): Promise<void> {
    return this.queued ?? this.last;
  }

  private schedule(): void {
    if (!this.file || this.queued) return;
    const file = this.file;
    const run = this.last.then(() => {
      this.queued = null;
      return writeFileDurable(file, JSON.stringify([...this.sessions.values()]));
    });
    this.queued = run;
    this.last = run.catch((err: unknown) => console.error('handoff sessions not written', err));
  }

  /** Opens a session; answers it and the sessions it pushed out (the kiosk's oldest beyond the limit). */
  create(input: NewHandoff): { session: HandoffSession; closed: HandoffSession[] } {
    const at = this.now();
    const { titleEn, ...rest } = input;
    const session: HandoffSession = {
      id: randomBytes(24).toString('base64url'),
      ...rest,
      ...(titleEn ? { titleEn } : {}),
      documents: [],
      createdAt: new Date(at).toISOString(),
      expiresAt: new Date(at + this.ttlMs).toISOString(),
      version: 1,
    };
    const mine = [...this.sessions.values()].filter((s) => s.deviceId === input.deviceId).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
    const closed = mine.slice(0, Math.max(0, mine.length - (HANDOFF_PER_DEVICE - 1))).map((s) => this.end(s.id)!);
    this.sessions.set(session.id, session);
    this.schedule();
    return { session, closed };
  }

  /** A live session; undefined when unknown or past its time. */
  get(id: string): HandoffSession | undefined {
    const s = this.sessions.get(id);
    return s && Date.parse(s.expiresAt) > this.now() ? s : undefined;
  }

  /** The session as its own kiosk reads it; undefined for any other kiosk (as if unknown). */
  ofDevice(id: string, deviceId: string): HandoffSession | undefined {
    const s = this.get(id);
    return s && s.deviceId === deviceId ? s : undefined;
  }

  /** How many files have arrived for a slot. */
  countIn(session: HandoffSession, slotId: string): number {
    return session.documents.filter((d) => d.slotId === slotId).length;
  }

  add(id: string, doc: Omit<HandoffDocument, 'arrivedAt'>): HandoffSession | undefined {
    const s = this.get(id);
    if (!s) return undefined;
    s.documents.push({ ...doc, arrivedAt: new Date(this.now()).toISOString() });
    this.touched(s);
    return s;
  }

  remove(id: string, documentId: string): HandoffDocument | undefined {
    const s = this.get(id);
    const doc = s?.documents.find((d) => d.id === documentId);
    if (!s || !doc) return undefined;
    s.documents = s.documents.filter((d) => d.id !== documentId);
    this.touched(s);
    return doc;
  }

  /** Ends a session (the visit is over); answers it, so its files can be cleaned up. */
  end(id: string): HandoffSession | undefined {
    const s = this.sessions.get(id);
    if (!s) return undefined;
    this.sessions.delete(id);
    this.wake(id);
    this.schedule();
    return s;
  }

  /** Removes the sessions past their time; answers them, so their files can be cleaned up. */
  sweep(): HandoffSession[] {
    const now = this.now();
    return [...this.sessions.values()].filter((s) => Date.parse(s.expiresAt) <= now).map((s) => this.end(s.id)!);
  }

  /**
   * Resolves when the session changes past `version`, ends, or after `waitMs` (the kiosk
   * then asks again). `stop` lets a caller that went away stop waiting.
   */
  changed(id: string, version: number, waitMs: number): { done: Promise<void>; stop: () => void } {
    const s = this.sessions.get(id);
    if (!s || s.version > version) return { done: Promise.resolve(), stop: () => undefined };
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => finish(), waitMs);
      finish = () => {
        clearTimeout(timer);
        this.waiters.get(id)?.delete(finish);
        resolve();
      };
      const set = this.waiters.get(id) ?? new Set();
      set.add(finish);
      this.waiters.set(id, set);
    });
    return { done, stop: finish };
  }

  private touched(s: HandoffSession): void {
    s.version += 1;
    this.wake(s.id);
    this.schedule();
  }

  private wake(id: string): void {
    const set = this.waiters.get(id);
    if (!set) return;
    this.waiters.delete(id);
    for (const finish of set) finish();
  }
}

/** The sessions kept on disk; none if there is no file yet or it cannot be read (the kiosks open new ones). */
function readSessions(file: string): HandoffSession[] {
  try {
    const list = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(list) ? (list as HandoffSession[]).filter((s) => typeof s?.id === 'string' && Array.isArray(s.documents)) : [];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') console.error('handoff sessions not read; starting without them', err);
    return [];
  }
}

// ── what the phone is told ──

export type HandoffErrorCode = 'handoff.notFound' | 'handoff.kioskOnly' | 'handoff.badSlot' | 'handoff.full';

const MESSAGES: Record<Lang, Record<HandoffErrorCode, string>> = {
  fa: {
    'handoff.notFound': 'این پیوند دیگر کار نمی‌کند: زمانش گذشته یا کار در کیوسک تمام شده است. در کیوسک دوباره «ادامه با گوشی» را بزنید و رمزینهٔ تازه را بخوانید.',
    'handoff.kioskOnly': 'این کار را فقط کیوسک اداره می‌تواند انجام دهد.',
    'handoff.badSlot': 'این نوع مدرک در این درخواست نیست؛ یکی از مدرک‌های فهرست را انتخاب کنید.',
    'handoff.full': 'مدرک‌های این درخواست به سقف رسیده است؛ فایل‌های اضافه را در کیوسک حذف کنید.',
  },
  en: {
    'handoff.notFound': 'This link no longer works: its time is up or the visit at the kiosk has ended. Tap «continue on your phone» at the kiosk again and scan the new code.',
    'handoff.kioskOnly': 'Only an office kiosk can do this.',
    'handoff.badSlot': 'This kind of document is not part of this request; choose one from the list.',
    'handoff.full': 'This request has all the files it can take; remove extra files at the kiosk.',
  },
};

export function handoffMessage(code: HandoffErrorCode, lang: Lang = 'fa'): string {
  return MESSAGES[lang][code];
}

// ── the receipt a kiosk may print ──

/** After a submission, its kiosk may print that receipt for this long. */
export const KIOSK_RECEIPT_WINDOW_MS = 15 * 60_000;

/** The case each kiosk submitted last: the one receipt it may print, for a short while. */
export class KioskSubmissions {
  private readonly latest = new Map<string, { trackingCode: string; at: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  record(deviceId: string, trackingCode: string): void {
    this.latest.set(deviceId, { trackingCode, at: this.now() });
  }

  mayPrint(deviceId: string, trackingCode: string): boolean {
    const last = this.latest.get(deviceId);
    return !!last && last.trackingCode === trackingCode && this.now() - last.at < KIOSK_RECEIPT_WINDOW_MS;
  }
}

// One per office (per case desk): the e-desk routes record, the printing routes check.
const submissionsByDesk = new WeakMap<object, KioskSubmissions>();

export function kioskSubmissions(desk: object): KioskSubmissions {
  let s = submissionsByDesk.get(desk);
  if (!s) {
    s = new KioskSubmissions();
    submissionsByDesk.set(desk, s);
  }
  return s;
}
