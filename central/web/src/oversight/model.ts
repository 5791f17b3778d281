// What the oversight page reads from the API (the server's own types) and the few
// helpers its parts share: Persian percentages and the colours of a status.
import type { ProvinceSummary } from '../../../src/oversight/summary';
import type { OversightPeriod } from '../../../src/oversight/quarter';
import type { CriterionStatus, Inspection, InspectionLevel, Measure, SelfAssessment } from '../../../src/oversight/types';
// the server's Persian labels (a module of plain constants, safe in the browser bundle)
export { LEVEL_LABELS as LEVEL_TEXT, STATUS_LABELS as STATUS_TEXT } from '../../../src/oversight/types';
import { num } from '../format';

export type { CriterionStatus, Inspection, InspectionLevel, Measure, ProvinceSummary, SelfAssessment };

export interface OversightMe {
  role: 'admin' | 'viewer' | 'inspector';
  name: string;
  province: string | null;
  provinces: string[];
  quarters: Array<OversightPeriod & { quarter: string }>;
  criteria: Array<{ id: string; number: string; title: string }>;
}

/** A short mark for the overview grid (the full word is its title). */
export const STATUS_MARK: Record<CriterionStatus, string> = { met: '✔', partly: '◐', notMet: '✘', noData: '—' };

export const LEVELS: InspectionLevel[] = ['met', 'partly', 'notMet', 'notApplicable'];

export const percent = (share: number | null | undefined): string => (share == null ? '—' : `${num(Math.round(share * 1000) / 10)}٪`);

export function measureText(m: Measure): string {
  const value = m.unit === 'hours' ? (m.value == null ? '—' : `${num(m.value)} ساعت`) : num(m.value);
  if (m.of === undefined) return value;
  return `${value} از ${num(m.of)} (${percent(m.share)})`;
}
