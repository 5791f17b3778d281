// The self-assessment's pure part: case events folded into day facts, and the rules
// that turn a period's facts into a status per criterion.
import { describe, it, expect } from 'vitest';
import { assessOffice, sumFacts } from '../src/oversight/assess';
import { shareStatus } from '../src/oversight/criteria';
import { missingPackageHeadings } from '../src/oversight/catalogue-facts';
import { emptyFacts, foldByDay, foldCaseEvent, type CaseEventFacts } from '../src/oversight/facts';
import { parseQuarter, quarterOf, quarterPeriod } from '../src/oversight/quarter';
import type { SelfAssessment } from '../src/oversight/types';
import { CaseJournal, tehran } from './oversight-fixtures';

const office = { id: 'o1', name: 'اداره', province: 'مازندران', agency: 'وزارت کشور' };
const period = quarterPeriod(parseQuarter('1405-Q2')!);
const status = (a: SelfAssessment, id: string) => a.criteria.find((c) => c.id === id)!.status;

function assess(journal: CaseJournal, extra: Partial<Parameters<typeof assessOffice>[2]> = {}): SelfAssessment {
  const facts = sumFacts(foldByDay(journal.events).values());
  return assessOffice(office, period, { facts, sync: null, catalogue: null, ...extra }, '2026-10-15T00:00:00.000Z');
}

describe('the rules of the criteria', () => {
  it('grades a share against its thresholds, and says no data when nothing applied', () => {
    const t = { met: 0.95, partly: 0.5 };
    expect(shareStatus(0, 0, t)).toBe('noData');
    expect(shareStatus(19, 20, t)).toBe('met');
    expect(shareStatus(18, 20, t)).toBe('partly');
    expect(shareStatus(10, 20, t)).toBe('partly');
    expect(shareStatus(9, 20, t)).toBe('notMet');
    // "any use" as the partly threshold still needs one
    expect(shareStatus(0, 20, { met: 0.5, partly: 0 })).toBe('notMet');
    expect(shareStatus(1, 20, { met: 0.5, partly: 0 })).toBe('partly');
  });

  it('electronic acceptance without any uploaded document is only partly met', () => {
    const j = new CaseJournal();
    j.submit({ at: tehran('1405/05/01 09:00'), channel: 'web' });
    j.submit({ at: tehran('1405/05/01 10:00'), channel: 'kiosk' });
    expect(status(assess(j), 'c2')).toBe('partly');
    j.submit({ at: tehran('1405/05/01 11:00'), channel: 'web', documents: 1 });
    expect(status(assess(j), 'c2')).toBe('met');
  });

  it('with no case at all, every criterion says there is no data and why', () => {
    const a = assess(new CaseJournal());
    expect(a.summary).toEqual({ met: 0, partly: 0, notMet: 0, noData: 12 });
    for (const c of a.criteria) expect(c.reason, c.id).toMatch(/[\u0600-\u06FF]/);
  });

  it('the catalogue, once it reaches central, answers the single window and the info package', () => {
    const j = new CaseJournal();
    j.submit({ at: tehran('1405/05/01 09:00'), channel: 'web', serviceId: 's01' });
    j.submit({ at: tehran('1405/05/01 10:00'), channel: 'counter', serviceId: 's02' });
    const catalogue = {
      source: 'کاتالوگ وزارت کشور، نسخهٔ ۲',
      services: [
        { id: 's01', electronic: true, hasInfoPackage: true },
        { id: 's02', electronic: true, hasInfoPackage: false },
        { id: 's03', electronic: false, hasInfoPackage: true },
      ],
    };
    const a = assess(j, { catalogue });
    expect(status(a, 'c1')).toBe('partly'); // 2 of 3 services on the e-desk
    expect(status(a, 'c8')).toBe('partly'); // 1 of the 2 requested services has a package
    const c8 = a.criteria.find((c) => c.id === 'c8')!;
    expect(c8.measures.find((m) => m.id === 'servicesWithPackage')).toMatchObject({ value: 1, of: 2, share: 0.5 });
    expect(c8.reason).toContain('وزارت کشور');
  });

  it("reads an info package as complete only with every heading of the desk guide's step 4", () => {
    const pkg = {
      serviceId: 's01',
      summary: 'صدور مجوز',
      audience: 'شهروندان',
      places: [{ kind: 'web' as const, url: '/portal/s/s01' }],
      documents: [],
      meanDuration: { amount: 3, unit: 'workingDays' as const },
      inquiries: [],
      fees: [],
      inPersonVisits: 0,
      responsible: { title: 'کارشناس مسئول', phone: '011-1234', unitId: 'u1' },
      legalBasis: [],
    };
    expect(missingPackageHeadings(pkg, 2)).toEqual([]);
    expect(missingPackageHeadings({ ...pkg, places: [], fees: [{ title: 'هزینه', amountRials: 1000, bankAccount: '', legalBasis: 'مادهٔ ۵' }] }, 0)).toEqual([
      'نشانی محل ارائه',
      'مراحل گردش کار',
      'هزینه‌ها، حساب و مستند قانونی',
    ]);
    expect(missingPackageHeadings(undefined, 2)).toEqual(['بستهٔ اطلاع‌رسانی']);
  });

  it('reports are partly met while the office still has case events central has not received', () => {
    const j = new CaseJournal();
    j.submit({ at: tehran('1405/05/01 09:00'), channel: 'web' });
    expect(status(assess(j, { sync: { lastSeq: 1, headSeq: 1, lastEventAt: null } }), 'c10')).toBe('met');
    const behind = assess(j, { sync: { lastSeq: 1, headSeq: 40, lastEventAt: null } });
    expect(status(behind, 'c10')).toBe('partly');
    expect(behind.source.behind).toBe(39);
  });
});

describe('folding case events', () => {
  it('a tracking code given again is not unique for the later request, and was for the first', () => {
    const j = new CaseJournal();
    const first = j.submit({ at: tehran('1405/05/01 09:00'), channel: 'web' });
    j.submit({ at: tehran('1405/05/02 09:00'), channel: 'web', trackingCode: first.c.trackingCode });
    const owners = new Map<string, string>();
    const days = foldByDay(j.events, owners);
    expect(days.get('2026-07-23')).toMatchObject({ validTrackingCode: 1, uniqueTrackingCode: 1, reusedTrackingCode: 0 });
    expect(days.get('2026-07-24')).toMatchObject({ validTrackingCode: 1, uniqueTrackingCode: 0, reusedTrackingCode: 1 });
    expect(owners.get(first.c.trackingCode)).toBe(first.c.id);
    // a code known from earlier events (the table) counts the same
    const later = new CaseJournal();
    later.submit({ at: tehran('1405/05/03 09:00'), channel: 'kiosk', trackingCode: first.c.trackingCode });
    expect(foldByDay(later.events, new Map([[first.c.trackingCode, first.c.id]])).get('2026-07-25')).toMatchObject({ reusedTrackingCode: 1, uniqueTrackingCode: 0 });
  });

  it('takes what an office sends without trusting it to be complete', () => {
    const f = emptyFacts();
    const broken = [
      { type: 'case.submitted', at: 'x', day: '2026-08-01', mode: 'web', caseId: 'a' },
      { type: 'response.issued', at: '2026-08-01T10:00:00Z', day: '2026-08-01', mode: 'desk', caseId: 'a', case: { steps: [] } },
      { type: 'appointment.set', at: '2026-08-01T10:00:00Z', day: '2026-08-01', mode: 'unit', caseId: 'a', case: {} },
      { type: 'something.new', at: '2026-08-01T10:00:00Z', day: '2026-08-01', mode: 'system', caseId: 'a' },
    ] as unknown as CaseEventFacts[];
    for (const e of broken) foldCaseEvent(f, e);
    expect(f).toMatchObject({ events: 4, accepted: 1, receiptWithDate: 0, validTrackingCode: 0, uniqueTrackingCode: 0, answered: 1, answeredStepsTracked: 0, appointmentsSet: 1, appointmentsToldInAdvance: 0 });
  });

  it('counts each event on its own office day', () => {
    const j = new CaseJournal();
    j.submit({ at: tehran('1405/06/31 23:59'), channel: 'web' }).respond(tehran('1405/07/01 00:01'));
    const days = foldByDay(j.events);
    expect([...days.keys()]).toEqual(['2026-09-22', '2026-09-23']);
    expect(days.get('2026-09-22')!.accepted).toBe(1);
    expect(days.get('2026-09-23')!.answered).toBe(1);
  });
});

describe('Jalali quarters', () => {
  it('names quarters by season and starts them at Tehran midnight', () => {
    expect(quarterPeriod(parseQuarter('1405-Q3')!)).toEqual({ quarter: '1405-Q3', fromDay: '2026-09-23', toDay: '2026-12-21', label: 'پاییز ۱۴۰۵' });
    expect(quarterOf(tehran('1405/06/31 23:59')).key).toBe('1405-Q2');
    expect(quarterOf(tehran('1405/07/01 00:00')).key).toBe('1405-Q3');
    for (const bad of ['1405-Q0', '1405-Q5', '2026-Q1', '1405Q3', 1405]) expect(parseQuarter(bad)).toBeUndefined();
  });
});
