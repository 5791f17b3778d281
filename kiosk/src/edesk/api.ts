// The kiosk's calls to the office's e-desk, always with the kiosk's own device token:
// the server records a request made here as made at the kiosk (channel «kiosk»), lets
// this kiosk open phone handoffs and print the receipt of the request it just took.
import { errorMessage, type PrintJobState, type VisitToRate, type Case, type IssueResult, type HandoffKioskView, type OnFileDocument, type Receipt, type SubmitBody } from '@desk/common';
import type { ReceiptPrint } from '@desk/printers';
import { api } from '@desk/ui';
import type { AppointmentNote } from '../flow';
import type { MobileProof, OtpSent, Refusal } from './apply-flow';

export type { HandoffDocument } from '@desk/common';

export type EdeskAnswer<T> = { ok: true; data: T } | { ok: false; status: number; error: Refusal };

const E = '/api/edesk';

export interface TrackKeys {
  trackingCode: string;
  nationalId: string;
}

export type Handoff = HandoffKioskView;

export type { VisitToRate };

/** The receipt queued on the office's printer, or (a kiosk that prints itself) its data for the shell. */
export type ReceiptAnswer = { state: PrintJobState; message?: string; local?: undefined } | { local: ReceiptPrint };

export type HandoffFor = { purpose: 'apply'; serviceId: string; proof: string } | ({ purpose: 'info' } & TrackKeys);

export type ClientCommand =
  | { type: 'info.answer'; requestId: string; answer?: string; documents: { id: string }[] }
  | { type: 'response.acknowledge' }
  | { type: 'survey.submit'; answers: Record<string, number>; comment?: string };

export function edeskApi(token: string) {
  const call = async <T>(path: string, body?: unknown, method?: string): Promise<EdeskAnswer<T>> => {
    const r = await api<T>(path, { token, ...(body === undefined ? {} : { body }), ...(method ? { method } : {}) });
    return r.ok ? r : { ok: false, status: r.status, error: r.error as Refusal };
  };
  return {
    sendOtp: (mobile: string) => call<OtpSent>(`${E}/otp`, { mobile }),
    verifyOtp: async (mobile: string, code: string): Promise<EdeskAnswer<MobileProof>> => {
      const r = await call<{ proof: string; mobile: string; expiresAt: string }>(`${E}/otp/verify`, { mobile, code });
      return r.ok ? { ok: true, data: { token: r.data.proof, mobile: r.data.mobile, expiresAt: r.data.expiresAt } } : r;
    },
    /** What this person gave before: documents, and the name of their latest request. */
    onFile: (nationalId: string, proof: string) => call<{ documents: OnFileDocument[]; client?: { name: string } }>(`${E}/on-file`, { nationalId, proof }),
    submit: (body: SubmitBody) => call<{ case: Case; receipt: Receipt }>(`${E}/cases`, body),
    printReceipt: (trackingCode: string) => call<ReceiptAnswer>('/api/printing/receipt', { trackingCode }),
    /** How the receipt on the office printer is going (after printReceipt). */
    receiptState: (trackingCode: string) => call<{ state: PrintJobState; message?: string }>(`/api/printing/receipts/${trackingCode}`),
    track: (keys: TrackKeys) => call<{ case: Case }>(`${E}/track`, keys),
    /** Today's served tickets with this number, for a visitor's survey at the kiosk. */
    findVisits: (number: string) => call<{ visits: VisitToRate[] }>('/api/visit-survey/find', { number }),
    /** The survey of a counter visit (the same route a phone uses). */
    sendVisitSurvey: (ticketId: string, body: { commandId: string; answers: Record<string, number>; comment?: string }) =>
      call<{ ok: true }>(`/api/public/tickets/${encodeURIComponent(ticketId)}/survey`, body),
    /** Check in for today's appointment: a queue ticket linked to the case, at the booked time. */
    arrive: (keys: TrackKeys, commandId: string) => call<IssueResult & { again: boolean; appointment: AppointmentNote }>(`${E}/arrivals`, { ...keys, commandId }),
    command: (keys: TrackKeys, command: ClientCommand, commandId: string) =>
      call<{ case: Case }>(`${E}/track/command`, { ...keys, command: { ...command, commandId } }),
    openHandoff: (what: HandoffFor) => call<{ handoff: Handoff }>('/api/handoff', what),
    removeFromHandoff: (id: string, documentId: string) => call<{ ok: true }>(`/api/handoff/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`, undefined, 'DELETE'),
    /** What arrived after `version`; the server answers when there is news (or after a while). */
    async watchHandoff(id: string, version: number, signal: AbortSignal): Promise<EdeskAnswer<{ handoff: Handoff }>> {
      try {
        const res = await fetch(`/api/handoff/${encodeURIComponent(id)}?after=${version}`, { headers: { authorization: `Bearer ${token}` }, signal });
        const json = (await res.json().catch(() => null)) as { handoff?: Handoff; error?: Refusal } | null;
        if (res.ok && json?.handoff) return { ok: true, data: { handoff: json.handoff } };
        return { ok: false, status: res.status, error: json?.error ?? { code: 'error.internal', message: errorMessage('error.internal') } };
      } catch {
        return { ok: false, status: 0, error: { code: 'error.offline', message: errorMessage('error.offline') } };
      }
    },
    /** The visit is over: the server forgets the session and deletes the files nobody took. Sent even as the page goes. */
    closeHandoff(id: string): void {
      void fetch(`/api/handoff/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` }, keepalive: true }).catch(() => undefined);
    },
  };
}

export type EdeskApi = ReturnType<typeof edeskApi>;

/** A fresh id for a command (8–64 characters). */
export function newCommandId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `kiosk-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
