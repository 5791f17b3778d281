// An office's self-assessment for a period: the criteria's lines over the period's
// facts, with where the figures came from. Pure (the SQL reading is in ./read.ts).
import type { OfficeInfo } from '../registry';
import { assessCriteria, type AssessInput } from './criteria';
import { addInto, emptyFacts, type DayFacts } from './facts';
import type { OversightPeriod } from './quarter';
import type { CriterionStatus, SelfAssessment } from './types';

/** The facts of a period from its office days' facts. */
export function sumFacts(days: Iterable<Partial<DayFacts>>): DayFacts {
  const total = emptyFacts();
  for (const d of days) addInto(total, d);
  return total;
}

export function assessOffice(office: OfficeInfo, period: OversightPeriod, input: AssessInput, computedAt: string): SelfAssessment {
  const criteria = assessCriteria(input);
  const summary: Record<CriterionStatus, number> = { met: 0, partly: 0, notMet: 0, noData: 0 };
  for (const c of criteria) summary[c.status]++;
  const sync = input.sync ?? { lastSeq: 0, headSeq: 0, lastEventAt: null };
  return {
    office: { id: office.id, name: office.name, province: office.province, agency: office.agency },
    period,
    computedAt,
    source: {
      caseEvents: input.facts.events,
      lastSeq: sync.lastSeq,
      headSeq: sync.headSeq,
      behind: Math.max(0, sync.headSeq - sync.lastSeq),
      lastEventAt: sync.lastEventAt,
    },
    criteria,
    summary,
  };
}
