// An inquiry (استعلام): the office asks another agency a question about a case's subject,
// so the client is never sent to fetch the answer. Every adapter speaks this shape.
import type { HttpAttempt, RecordedRequest } from '../notify/templated-http';

export interface InquirySubject {
  /** کد ملی (10 digits) of a person. */
  nationalId?: string;
  /** شناسهٔ ملی (11 digits) of a company. */
  companyId?: string;
  firstName?: string;
  lastName?: string;
  fatherName?: string;
  /** Jalali, as the agency wants it: 1365/04/12 */
  birthDate?: string;
  [field: string]: string | undefined;
}

export interface InquiryRequest {
  /** What is asked: "identity", "criminal-record", "insurance-history", … (mapped to an agency by config). */
  kind: string;
  /** The case this is for; sent to agencies that take a request id. */
  caseRef: string;
  subject: InquirySubject;
  /** Anything else the agency needs; `reference` to follow up a pending inquiry. */
  payload?: Record<string, unknown>;
}

export type InquiryStatus = 'answered' | 'pending' | 'failed';

export interface InquiryResult {
  status: InquiryStatus;
  /** The agency's answer, mapped to our field names (e.g. {match: true, fatherName: '…'}). */
  answer?: Record<string, unknown>;
  /**
   * For an answered inquiry: what the answer means for the case, as the agency's
   * adapter configuration says (`response.rejectedWhen`): e.g. the identity does not
   * match, a criminal record exists. Without such a rule every answer confirms.
   */
  verdict?: 'confirmed' | 'rejected';
  /** The agency's answer as it came. */
  raw: unknown;
  at: string;
  /** For the clerk, in Persian: why it failed, or that it is awaited. */
  message?: string;
  /** The agency's reference for a pending inquiry: ask again with payload.reference. */
  reference?: string;
  /** What went over the wire, secrets masked. */
  exchange?: { request: RecordedRequest; attempts: HttpAttempt[]; status?: number };
}

export interface InquiryAdapter {
  /** The agency's id ("sabt-ahval") and its name for people («ثبت احوال»). */
  readonly agency: string;
  readonly title: string;
  /** Never rejects for the agency's trouble: that is a `failed` result with a message. */
  ask(request: InquiryRequest): Promise<InquiryResult>;
}

/** One inquiry as the case keeps it: what was asked, of whom, and what came back. */
export interface InquiryRecord {
  id: string;
  kind: string;
  agency: string;
  agencyTitle: string;
  caseRef: string;
  subject: InquirySubject;
  payload?: Record<string, unknown>;
  askedAt: string;
  result: InquiryResult;
}
