// The shapes of oversight: an office's self-assessment against the e-desk criteria
// (seed 000) and the inspector's quarterly inspection. Plain JSON: the API answers
// them as they are and a signed inspection keeps a self-assessment as its snapshot.
import type { OfficeInfo } from '../registry';
import type { OversightPeriod } from './quarter';

export type CriterionStatus = 'met' | 'partly' | 'notMet' | 'noData';

export const STATUS_LABELS: Record<CriterionStatus, string> = {
  met: 'برآورده',
  partly: 'تا حدی',
  notMet: 'برآورده نشده',
  noData: 'داده‌ای در دسترس نیست',
};

export interface Measure {
  id: string;
  label: string;
  /** A count, or hours for a duration; null when it cannot be computed (nothing to average). */
  value: number | null;
  unit: 'count' | 'hours';
  /** The count this one is a part of, and the share (0–1) it makes. */
  of?: number;
  share?: number | null;
}

export interface CriterionTable {
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

export interface CriterionLine {
  /** 'c1'…'c10' for the ten criteria, 'p1' and 'p2' for the in-person rules. */
  id: string;
  /** «۱»…«۱۰», «حضوری ۱». */
  number: string;
  title: string;
  /** What the circular asks, in its words (shortened). */
  text: string;
  status: CriterionStatus;
  statusLabel: string;
  /** How the status is decided from the figures, in Persian. */
  rule: string;
  /** Why there is no status (noData), or a caution about the figures. */
  reason?: string;
  measures: Measure[];
  table?: CriterionTable;
  /** The events the figures come from. */
  source: string;
}

export interface SyncFacts {
  lastSeq: number;
  headSeq: number;
  lastEventAt: string | null;
}

export interface SelfAssessment {
  office: OfficeInfo;
  period: OversightPeriod;
  computedAt: string;
  /** The office's case stream at central when computed. */
  source: { caseEvents: number; lastSeq: number; headSeq: number; behind: number; lastEventAt: string | null };
  criteria: CriterionLine[];
  summary: Record<CriterionStatus, number>;
}

/** Per service: is it offered on the e-desk, has it a complete info package (from the office's catalogue at central). */
export interface CatalogueFacts {
  /** Which catalogue: «کاتالوگ وزارت کشور، نسخهٔ ۳». */
  source: string;
  services: Array<{ id: string; name?: string; electronic: boolean; hasInfoPackage: boolean; missing?: string[] }>;
}

// ── inspections ──

export type InspectionLevel = 'met' | 'partly' | 'notMet' | 'notApplicable';

export const LEVEL_LABELS: Record<InspectionLevel, string> = {
  met: 'برآورده',
  partly: 'تا حدی',
  notMet: 'برآورده نشده',
  notApplicable: 'موضوعیت ندارد',
};

export interface CriterionScore {
  level: InspectionLevel;
  /** 0–100, optional. */
  score?: number;
  note?: string;
}

export interface CorrectiveAction {
  text: string;
  /** The date it is due, Jalali 'YYYY/MM/DD'. */
  due?: string;
}

export interface Inspection {
  id: string;
  officeId: string;
  quarter: string;
  quarterLabel: string;
  version: number;
  /** The signed inspection this one corrects. */
  previousId: string | null;
  /** Whether a later signed version corrects this one. */
  correctedBy: string | null;
  inspectorId: string;
  inspectorName: string;
  status: 'draft' | 'signed';
  scores: Record<string, CriterionScore>;
  findings: string;
  actions: CorrectiveAction[];
  signedBy: string | null;
  signedAt: string | null;
  snapshot: SelfAssessment | null;
  createdAt: string;
  updatedAt: string;
}
