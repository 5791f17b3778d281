// What the portal keeps in the browser, and for how long:
// - sessionStorage (this tab, gone when it closes): a form being filled, the receipt
//   just given, the tracking code + national ID of the case being followed;
// - localStorage (this phone): the client's own identity after a successful request,
//   so they are not asked twice (the single-window rule), with a «not me» to forget it.
// A proof of the mobile number is kept only until it expires.
import type { ClientIdentity, DraftDocument, Receipt } from '@desk/common';
import type { TrackKeys } from './api';

function read<T>(store: Storage | undefined, key: string): T | undefined {
  try {
    const text = store?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(store: Storage | undefined, key: string, value: unknown): void {
  try {
    if (value === undefined) store?.removeItem(key);
    else store?.setItem(key, JSON.stringify(value));
  } catch {
    /* private mode or full: the page still works, it just forgets on reload */
  }
}

const session = () => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage);
const local = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

// ── the client's identity on this phone ──

export type { ClientIdentity };

const CLIENT_KEY = 'portal.client';
export const rememberedClient = () => read<ClientIdentity>(local(), CLIENT_KEY);
export const rememberClient = (client: ClientIdentity) => write(local(), CLIENT_KEY, client);
export const forgetClient = () => write(local(), CLIENT_KEY, undefined);

// ── a request being written ──

export type UploadedDocument = DraftDocument;

export interface ApplyDraft {
  step: 'identity' | 'form' | 'review';
  identity: ClientIdentity;
  /** A code was sent to this mobile; resend allowed from resendAt. */
  otp?: { mobile: string; resendAt: string; expiresAt: string };
  /** The signed proof that the client holds the mobile; dropped once expired. */
  proof?: { token: string; mobile: string; expiresAt: string };
  values: Record<string, string>;
  documents: UploadedDocument[];
  /** One per attempt to submit, reused on retry so a lost answer never makes two cases. */
  commandId: string;
}

const draftKey = (serviceId: string) => `portal.apply.${serviceId}`;

export function loadDraft(serviceId: string, now = Date.now()): ApplyDraft | undefined {
  const draft = read<ApplyDraft>(session(), draftKey(serviceId));
  if (!draft) return undefined;
  if (draft.proof && Date.parse(draft.proof.expiresAt) <= now) delete draft.proof;
  if (draft.otp && Date.parse(draft.otp.expiresAt) <= now && Date.parse(draft.otp.resendAt) <= now) delete draft.otp;
  return draft;
}

export const saveDraft = (serviceId: string, draft: ApplyDraft) => write(session(), draftKey(serviceId), draft);
export const clearDraft = (serviceId: string) => write(session(), draftKey(serviceId), undefined);

// ── the receipt just given ──

export interface KeptReceipt {
  receipt: Receipt;
  serviceId: string;
}

const receiptKey = (code: string) => `portal.receipt.${code}`;
export const keptReceipt = (code: string) => read<KeptReceipt>(session(), receiptKey(code));
export const keepReceipt = (kept: KeptReceipt) => write(session(), receiptKey(kept.receipt.trackingCode), kept);

// ── the case being followed ──

const TRACK_KEY = 'portal.track';
export const trackKeys = () => read<TrackKeys>(session(), TRACK_KEY);
export const keepTrackKeys = (keys: TrackKeys) => write(session(), TRACK_KEY, keys);
export const forgetTrackKeys = () => write(session(), TRACK_KEY, undefined);

/** A fresh id for a command (8–64 characters). */
export function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
