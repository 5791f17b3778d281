// What the office tells a client, as typed events. The law (circular 32267, step 6) asks
// for a notice at acceptance, at the workflow steps the client should know of, when
// information or a visit is needed, when the response is out, and for the survey.
import type { Lang } from '@desk/common';

export type NotificationEvent =
  | { kind: 'accepted'; trackingCode: string; serviceName: string; promisedAt: string; receiptUrl: string }
  | { kind: 'step-changed'; trackingCode: string; step: string; note?: string; url?: string }
  | { kind: 'info-requested'; trackingCode: string; what: string; dueAt: string; url?: string }
  | { kind: 'appointment'; trackingCode: string; at: string; place: string; reason: string; documents: string[] }
  | { kind: 'response-issued'; trackingCode: string; url: string }
  | { kind: 'survey'; trackingCode: string; url: string }
  | { kind: 'otp'; code: string; ttlSeconds?: number };

export type NotificationKind = NotificationEvent['kind'];

export interface Recipient {
  mobile?: string;
  email?: string;
  /** The client's language: e-mails get an English part after the Persian one when 'en'. */
  lang?: Lang;
  name?: string;
}

/** How the office signs its messages. */
export interface Sender {
  /** «فرمانداری چالوس»: the last line of each SMS and the e-mail footer. */
  officeName: string;
  /** English name for the English part of e-mails. */
  officeNameEn?: string;
}

export function otpMinutes(event: { ttlSeconds?: number }): number {
  return Math.max(1, Math.ceil((event.ttlSeconds ?? 120) / 60));
}
