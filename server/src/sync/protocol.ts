// The office → central sync contract (pure: no I/O). Shared by the office's sync
// client (server/src/sync/client.ts) and the central desk (central/src). Candidate
// for common/ once a screen needs it.
//
// Each office sends the events of its journals ("streams": the queue journal now,
// the e-desk case journal next) in seq order, in batches, and waits for the ack.
// Central ingests a batch in one transaction, idempotently (event id, and per
// stream a last_seq), and acks with the stream's new last_seq only after commit.
import { defineMessages, translator, type CaseCatalogue, type Lang, type Params } from '@desk/common';

export const OFFICE_NAMESPACE = '/office';
export const SCREENS_NAMESPACE = '/screens';

/** Every journal an office syncs. A new journal is one more name here (and a projector at central). */
export const STREAMS = ['queue', 'cases'] as const;
export type StreamName = (typeof STREAMS)[number];
export const isStream = (s: unknown): s is StreamName => typeof s === 'string' && (STREAMS as readonly string[]).includes(s);

/** The most events in one batch, and the most bytes the client puts in one. */
export const MAX_BATCH_EVENTS = 1000;
export const DEFAULT_BATCH_EVENTS = 500;
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/** What every journaled event carries, whatever its stream (DeskEvent, CaseEvent…). */
export interface SyncRecord {
  seq: number;
  id: string;
  type: string;
  at: string;
  day: string;
  [field: string]: unknown;
}

/** Handshake auth of an office socket. */
export interface OfficeAuth {
  officeId: string;
  token: string;
}

export interface HelloRequest {
  /** The office's durable journal head per stream (for central's "events waiting" figure). */
  heads: Partial<Record<StreamName, number>>;
}

export type SyncErrorCode =
  | 'sync.gap'
  | 'sync.diverged'
  | 'sync.conflict'
  | 'sync.invalid'
  | 'sync.revoked'
  | 'sync.unavailable'
  | 'sync.unauthorized'
  | 'sync.unreachable'
  | 'sync.timeout'
  | 'sync.local';

export interface SyncError {
  code: SyncErrorCode;
  message: string;
}

export type HelloReply =
  | { ok: true; node: string; officeId: string; streams: Record<StreamName, number> }
  | { ok: false; error: SyncError };

export interface EventsBatch {
  stream: StreamName;
  /** The last seq the office believes central has: the batch continues right after it. */
  after: number;
  /** The office's durable head of this stream when the batch was read. */
  head: number;
  /** True when this batch reaches the head: central fans it out live (catch-up batches are not). */
  tail: boolean;
  events: SyncRecord[];
}

export type BatchReply =
  | { ok: true; lastSeq: number; ingested: number }
  | { ok: false; error: SyncError; lastSeq?: number };

export interface OfficeToCentral {
  hello: (request: HelloRequest, ack: (reply: HelloReply) => void) => void;
  events: (batch: EventsBatch, ack: (reply: BatchReply) => void) => void;
  /** The office published an office version from this central version (durably, before saying so). */
  'catalogue:applied': (applied: CatalogueApplied, ack: (reply: CatalogueAppliedReply) => void) => void;
}

// ── the agency's catalogue, central → office ──
// Central sends its newest version of the office's agency catalogue when it is
// published and at every connection while the office has not acknowledged it. The
// office merges it with its local details, publishes an office version durably, and
// only then answers with 'catalogue:applied'; a version sent twice is applied once.

export interface CentralCatalogueMessage {
  agency: string;
  version: number;
  publishedAt: string;
  catalogue: CaseCatalogue;
}

export interface CatalogueApplied {
  agency: string;
  /** The central version the office's current version is built from. */
  version: number;
  /** The office version it published. */
  officeVersion: number;
}

export type CatalogueAppliedReply = { ok: true } | { ok: false; error: SyncError };

export interface CentralToOffice {
  catalogue: (message: CentralCatalogueMessage) => void;
}

/** What is wrong with a catalogue message as it arrived (its catalogue's shape is checked by the store), or null. */
export function catalogueMessageProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'message';
  const m = raw as Partial<CentralCatalogueMessage>;
  if (typeof m.agency !== 'string' || !m.agency) return 'agency';
  if (!Number.isSafeInteger(m.version) || (m.version as number) < 1) return 'version';
  if (typeof m.catalogue !== 'object' || m.catalogue === null) return 'catalogue';
  return null;
}

export function catalogueAppliedProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'applied';
  const a = raw as Partial<CatalogueApplied>;
  if (typeof a.agency !== 'string' || !a.agency || a.agency.length > 200) return 'agency';
  if (!Number.isSafeInteger(a.version) || (a.version as number) < 1) return 'version';
  if (!Number.isSafeInteger(a.officeVersion) || (a.officeVersion as number) < 1) return 'officeVersion';
  return null;
}

/** What subscribed screens receive from central. */
export interface CentralEvents {
  officeId: string;
  stream: StreamName;
  events: SyncRecord[];
}
export interface CentralProgress {
  officeId: string;
  stream: StreamName;
  lastSeq: number;
  ingested: number;
}
export interface CentralToScreen {
  'central:events': (batch: CentralEvents) => void;
  'central:progress': (progress: CentralProgress) => void;
}
export interface ScreenSubscription {
  officeIds?: string[];
  province?: string;
  agency?: string;
  all?: boolean;
}
export type SubscribeReply = { ok: true; node: string; rooms: string[] } | { ok: false; error: SyncError };
export interface ScreenToCentral {
  subscribe: (request: ScreenSubscription, ack: (reply: SubscribeReply) => void) => void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function validDay(d: string): boolean {
  if (!DAY.test(d)) return false;
  const date = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(d);
}

/** Check a batch as it arrived from the network; returns what is wrong, or null. */
export function batchProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'batch';
  const b = raw as Partial<EventsBatch>;
  if (!isStream(b.stream)) return 'stream';
  if (!Number.isSafeInteger(b.after) || (b.after as number) < 0) return 'after';
  if (!Number.isSafeInteger(b.head) || (b.head as number) < 0) return 'head';
  if (typeof b.tail !== 'boolean') return 'tail';
  if (!Array.isArray(b.events) || b.events.length === 0 || b.events.length > MAX_BATCH_EVENTS) return 'events';
  let previous = b.after as number;
  for (const e of b.events as unknown[]) {
    if (typeof e !== 'object' || e === null) return 'event';
    const r = e as Partial<SyncRecord>;
    if (!Number.isSafeInteger(r.seq) || (r.seq as number) <= previous) return 'seq';
    previous = r.seq as number;
    if (typeof r.id !== 'string' || !UUID.test(r.id)) return 'id';
    if (typeof r.type !== 'string' || r.type.length === 0 || r.type.length > 64) return 'type';
    if (typeof r.day !== 'string' || !validDay(r.day)) return 'day';
    if (typeof r.at !== 'string' || !INSTANT.test(r.at) || Number.isNaN(Date.parse(r.at))) return 'at';
  }
  return null;
}

export const syncMessages = defineMessages({
  fa: {
    'sync.gap': 'دفتر مرکزی رویدادهای پیشین این اداره را هنوز ندارد؛ ارسال از جای درست از سر گرفته می‌شود.',
    'sync.diverged': 'رویدادهای این اداره با نسخهٔ دفتر مرکزی یکی نیست (شاید پوشهٔ داده از پشتیبان قدیمی برگردانده شده). همگام‌سازی این بخش متوقف شد؛ به پشتیبانی خبر دهید.',
    'sync.conflict': 'شناسهٔ یکی از رویدادها پیش‌تر در دفتر مرکزی ثبت شده است. به پشتیبانی خبر دهید.',
    'sync.invalid': 'بستهٔ رویدادها درست نیست: {detail}',
    'sync.revoked': 'دفتر مرکزی توکن این اداره را باطل کرده است. توکن تازه را از مدیر دفتر مرکزی بگیرید.',
    'sync.unauthorized': 'دفتر مرکزی شناسه یا توکن این اداره را نپذیرفت. تنظیمات همگام‌سازی را بررسی کنید.',
    'sync.unavailable': 'دفتر مرکزی فعلاً نمی‌تواند رویدادها را ذخیره کند؛ کمی بعد دوباره تلاش می‌شود.',
    'sync.unreachable': 'دفتر مرکزی در دسترس نیست. اداره بی‌وقفه کار می‌کند و رویدادها پس از برقراری ارتباط فرستاده می‌شوند.',
    'sync.timeout': 'پاسخی از دفتر مرکزی نرسید؛ دوباره وصل می‌شویم.',
    'sync.local': 'رویدادهای این اداره برای فرستادن خوانده نشد: {detail}',
  },
  en: {
    'sync.gap': 'The central desk lacks earlier events of this office; sending resumes from the right place.',
    'sync.diverged': "This office's events differ from the central desk's copy (perhaps the data folder was restored from an old backup). Sync of this stream stopped; tell support.",
    'sync.conflict': 'An event id is already recorded at the central desk. Tell support.',
    'sync.invalid': 'The batch of events is not valid: {detail}',
    'sync.revoked': "The central desk revoked this office's token. Ask the central desk's admin for a new one.",
    'sync.unauthorized': "The central desk did not accept this office's id or token. Check the sync settings.",
    'sync.unavailable': 'The central desk cannot store events right now; retrying shortly.',
    'sync.unreachable': 'The central desk is unreachable. The office keeps working and sends its events once connected.',
    'sync.timeout': 'No answer from the central desk; reconnecting.',
    'sync.local': "This office's events could not be read for sending: {detail}",
  },
});

export function syncError(code: SyncErrorCode, params?: Params, lang: Lang = 'fa'): SyncError {
  return { code, message: translator(syncMessages, lang)(code, params) };
}
