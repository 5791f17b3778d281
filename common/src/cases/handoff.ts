// The phone handoff's wire shapes (server/src/http/handoff-routes.ts): a kiosk opens a
// session for its visitor, the visitor's phone sends documents into it, the kiosk lists
// what arrived. The kiosk, the portal's phone page and the server read the same types.

export type HandoffPurpose = 'apply' | 'info';

/** A kind of document the phone may send: a form's document field, or 'info' for an answer. */
export interface HandoffSlot {
  id: string;
  label: string;
  labelEn?: string;
  accept: string[];
  maxFiles?: number;
  maxSizeKb?: number;
  required: boolean;
}

/** A file that arrived from the phone, as the kiosk lists it. */
export interface HandoffDocument {
  id: string;
  slotId: string;
  name: string;
  size: number;
  contentType: string;
  arrivedAt: string;
}

/** GET /api/handoff/:id — the session as the kiosk that opened it sees it. */
export interface HandoffKioskView {
  id: string;
  purpose: HandoffPurpose;
  title: string;
  titleEn?: string;
  slots: HandoffSlot[];
  documents: HandoffDocument[];
  createdAt: string;
  expiresAt: string;
  /** Grows with every change; the kiosk asks for anything newer than the version it has. */
  version: number;
  /** The phone's address: the QR. */
  url: string;
}

/** GET /api/handoff/:id/phone — what the phone is told: what to send and how many arrived, nobody's details. */
export interface HandoffPhoneView {
  purpose: HandoffPurpose;
  title: string;
  titleEn?: string;
  expiresAt: string;
  slots: (HandoffSlot & { received: number })[];
}
