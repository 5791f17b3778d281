// What the portal reads from the e-desk routes (server/src/http/edesk-routes.ts),
// in the shapes the server answers; the domain types themselves are @desk/common's.
import type { Case, Office, Receipt, ServiceDefinition, Unit } from '@desk/common';

/** A service as GET /api/edesk/catalogue lists it: its definition plus the queue's name and department. */
export interface CatalogueService extends ServiceDefinition {
  name: string;
  nameEn?: string;
  departmentId: string;
}

export interface EdeskCatalogue {
  version: number;
  units: Unit[];
  defaultDeskUnitId: string;
  services: CatalogueService[];
}

/** GET /api/public/info: how phones reach this office. */
export interface PublicInfo {
  publicUrl: string;
  office: Office;
}

/** A refusal of the e-desk: a Persian message, and per-field messages for forms and the survey. */
export interface EdeskError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

export type EdeskResult<T> = { ok: true; data: T } | { ok: false; status: number; error: EdeskError };

/** A file the server stored (POST /api/edesk/uploads). */
export interface StoredDocument {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
  originalName: string;
}

export interface OtpSent {
  mobile: string;
  expiresAt: string;
  resendAt: string;
}

export interface OtpProof {
  proof: string;
  mobile: string;
  expiresAt: string;
}

export interface SubmitAnswer {
  case: Case;
  receipt: Receipt;
}

export interface CaseAnswer {
  case: Case;
}

/** The commands a client may send on their own case (POST /api/edesk/track/command). */
export type ClientCommand =
  | { type: 'info.answer'; commandId: string; requestId: string; answer?: string; documents: { id: string }[] }
  | { type: 'response.acknowledge'; commandId: string }
  | { type: 'survey.submit'; commandId: string; answers: Record<string, number>; comment?: string }
  | { type: 'case.withdraw'; commandId: string; reason?: string };
