// A province at a glance for one quarter: each office's self-assessment status per
// criterion, its newest signed inspection (levels per criterion) or open draft, and
// the offices not yet inspected this quarter.
import type { Pool } from '../db/pool';
import type { OfficeInfo } from '../registry';
import { CRITERIA } from './criteria';
import type { Inspections } from './inspections';
import { quarterPeriod, type OversightPeriod, type Quarter } from './quarter';
import { readSelfAssessments } from './read';
import type { CriterionStatus, InspectionLevel } from './types';

export interface OfficeOversightRow {
  office: OfficeInfo;
  /** Self-assessment status per criterion id. */
  statuses: Record<string, CriterionStatus>;
  summary: Record<CriterionStatus, number>;
  caseEvents: number;
  inspection: {
    signed: { id: string; version: number; signedAt: string; signedBy: string; inspectorName: string; levels: Record<string, InspectionLevel> } | null;
    draft: { id: string; inspectorName: string; updatedAt: string } | null;
  };
}

export interface ProvinceSummary {
  province: string;
  quarter: string;
  period: OversightPeriod;
  criteria: Array<{ id: string; number: string; title: string }>;
  offices: OfficeOversightRow[];
  notInspected: Array<Pick<OfficeInfo, 'id' | 'name'>>;
}

export async function provinceSummary(pool: Pool, inspections: Inspections, province: string, offices: OfficeInfo[], quarter: Quarter, now: Date): Promise<ProvinceSummary> {
  const period = quarterPeriod(quarter);
  const [assessments, inspected] = await Promise.all([
    readSelfAssessments(pool, offices, period, now),
    inspections.ofQuarter(
      offices.map((o) => o.id),
      quarter.key,
    ),
  ]);
  const rows: OfficeOversightRow[] = assessments.map((a) => {
    const i = inspected.get(a.office.id);
    const signed = i?.signed;
    const draft = i?.draft;
    return {
      office: a.office,
      statuses: Object.fromEntries(a.criteria.map((c) => [c.id, c.status])),
      summary: a.summary,
      caseEvents: a.source.caseEvents,
      inspection: {
        signed: signed
          ? {
              id: signed.id,
              version: signed.version,
              signedAt: signed.signedAt!,
              signedBy: signed.signedBy!,
              inspectorName: signed.inspectorName,
              levels: Object.fromEntries(Object.entries(signed.scores).map(([id, s]) => [id, s.level])),
            }
          : null,
        draft: draft ? { id: draft.id, inspectorName: draft.inspectorName, updatedAt: draft.updatedAt } : null,
      },
    };
  });
  return {
    province,
    quarter: quarter.key,
    period,
    criteria: CRITERIA.map((c) => ({ id: c.id, number: c.number, title: c.title })),
    offices: rows,
    notInspected: rows.filter((r) => !r.inspection.signed).map((r) => ({ id: r.office.id, name: r.office.name })),
  };
}
