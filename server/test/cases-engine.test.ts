import { describe, it, expect } from 'vitest';
import {
  CaseCommandSchema,
  catalogueLookup,
  createTrackingCode,
  officeCalendar,
  type CaseActor,
  type CaseCatalogue,
  type CaseCommand,
  type CaseCommandInput,
  type CaseEngineEvent,
  type DocumentRef,
  type OfficeCalendar,
} from '@desk/common';
import { handleCaseCommand, type CaseDecision } from '../src/cases/engine';
import { emptyCaseState, type CaseState } from '../src/cases/state';
import { demoHours } from '../src/catalogue/demo';
import { demoCaseCatalogue } from '../src/catalogue/packages/index';

const calendar: OfficeCalendar = officeCalendar(demoHours);

const staff = (id: string, ...unitIds: string[]): CaseActor => ({ kind: 'staff', id, role: 'clerk', unitIds });
const client = (nationalId: string, via: 'web' | 'kiosk' = 'web'): CaseActor => ({ kind: 'client', via, nationalId });
const system: CaseActor = { kind: 'system', id: 'inquiry-gateway' };

/** A small deterministic byte source, so tracking codes repeat run after run. */
function seeded(seed: number) {
  let x = seed;
  return (n: number) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      out[i] = x >>> 24;
    }
    return out;
  };
}

function harness(start = '2026-11-23T06:30:00.000Z', catalogues: CaseCatalogue[] = [demoCaseCatalogue]) {
  let now = Date.parse(start);
  let n = 0;
  let lookup = catalogueLookup(catalogues);
  const random = seeded(2026);
  const state: CaseState = emptyCaseState();
  const journal: CaseEngineEvent[] = [];
  const run = (cmd: CaseCommandInput, actor: CaseActor, newTrackingCode = () => createTrackingCode(random)): CaseDecision => {
    // through the contract's schema, as the server does: defaults filled, shapes checked
    const command: CaseCommand = CaseCommandSchema.parse({ ...cmd, commandId: `cmd-${++n}-xxxxxx` });
    const d = handleCaseCommand(state, command, {
      now: new Date(now).toISOString(),
      newId: () => `id-${++n}`,
      newTrackingCode,
      actor,
      catalogues: lookup,
      calendar,
    });
    if (d.ok) journal.push(...d.events);
    return d;
  };
  const ok = (cmd: CaseCommandInput, actor: CaseActor) => {
    const d = run(cmd, actor);
    if (!d.ok) throw new Error(`refused ${cmd.type}: ${d.error.code} ${d.error.message}`);
    return d;
  };
  const refused = (cmd: CaseCommandInput, actor: CaseActor) => {
    const d = run(cmd, actor);
    if (d.ok) throw new Error(`${cmd.type} was accepted`);
    return d.error;
  };
  return {
    state,
    journal,
    run,
    ok,
    refused,
    now: () => new Date(now).toISOString(),
    setNow: (iso: string) => (now = Date.parse(iso)),
    advance: (ms: number) => (now += ms),
    publish: (next: CaseCatalogue[]) => (lookup = catalogueLookup(next)),
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function fileRef(id: string, slotId?: string, contentType = 'application/pdf'): DocumentRef {
  return { id, ...(slotId ? { slotId } : {}), name: `${id}.pdf`, contentType, size: 20_000, sha256: 'a'.repeat(64) };
}


import {
  canClientSee,
  canStaffAct,
  clientNoticeText,
  formatTrackingCode,
  hasValidCheckDigit,
  parseTrackingCode,
  SURVEY_QUESTIONS,
  type Case,
} from '@desk/common';
import { applyCaseEvent, caseByTrackingCode, inboxOf } from '../src/cases/state';
import { dailyStaffReport } from '../src/cases/report';

const NATIONAL_ID = '0499370899';
const inspector = staff('st-inspection', 'u-inspection');
const governorClerk = staff('st-governor', 'u-governor');
const deskClerk = staff('st-desk', 'u-desk');
const womenAdviser = staff('st-women', 'u-women');
const applicant = client(NATIONAL_ID);

/** A complaint about a county agency (s16): inspection reviews and asks the agency, the governor decides, the desk answers. */
const complaint = {
  type: 'case.submit' as const,
  serviceId: 's16',
  client: { nationalId: '۰۴۹۹۳۷۰۸۹۹', name: 'مریم  احمدي', mobile: '۰۹۱۲ ۱۲۳ ۴۵۶۷' },
  values: {
    agency: 'municipality',
    incidentOn: '۱۴۰۵/۰۸/۲۰',
    subject: 'آب‌گرفتگی معبر',
    description: 'پس از هر باران کوچه آب می‌گیرد و شهرداری پاسخی نداده است.',
    followedUp: 'yes',
  },
  documents: [fileRef('photo-1', 'doc-evidence', 'image/jpeg')],
};
const allAnswers = (v: number) => Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, v]));

function submitComplaint(h: ReturnType<typeof harness>, actor = applicant): Case {
  return h.ok(complaint, actor).events[0]!.case;
}

describe('a complaint travels through two units, an inquiry and a question to the client', () => {
  it('from submission to the survey, every step recorded and the state rebuilt from the journal', () => {
    const h = harness('2026-11-23T06:30:00.000Z'); // Monday 10:00 Tehran
    const submitted = h.ok(complaint, applicant);
    let c = submitted.events[0]!.case;
    expect(submitted.events[0]).toMatchObject({ type: 'case.submitted', mode: 'web', outcome: 'accepted', notice: 'receipt', unitId: 'u-desk' });
    expect(hasValidCheckDigit(c.trackingCode)).toBe(true);
    expect(c.client).toEqual({ nationalId: NATIONAL_ID, name: 'مریم احمدی', mobile: '09121234567' });
    expect(c.formValues.incidentOn).toBe('1405/08/20');
    expect(c.channel).toBe('web');
    expect(c.catalogueVersion).toBe(1);
    // 2 + 7 + 3 working days and 4 working hours, Fridays and the Thursday afternoons off
    expect(c.promisedResponseAt).toBe('2026-12-08T08:00:00.000Z');
    expect(c.steps).toMatchObject([{ index: 0, unitId: 'u-inspection', startedAt: '2026-11-23T06:30:00.000Z', dueAt: '2026-11-25T11:00:00.000Z' }]);
    expect((submitted.answer.receipt as { trackingCode: string }).trackingCode).toBe(c.trackingCode);
    expect(clientNoticeText(submitted.events[0]!, { service: 'شکایت', desk: 'میز خدمت' })).toContain(formatTrackingCode(c.trackingCode));
    expect(inboxOf(h.state, 'u-inspection', h.now(), calendar).map((r) => r.caseId)).toEqual([c.id]);

    h.advance(2 * HOUR); // Monday 12:00
    c = h.ok({ type: 'step.complete', caseId: c.id, result: 'done', note: 'شکایت وارد است.' }, inspector).events[0]!.case;
    expect(c.currentStepIndex).toBe(1);
    expect(c.steps[0]).toMatchObject({ result: 'done', finishedBy: 'st-inspection', note: 'شکایت وارد است.' });
    expect(c.steps[1]!.dueAt).toBe('2026-12-01T11:00:00.000Z');

    // the inquiry step is not done until the agency has answered
    expect(h.refused({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector).code).toBe('case.error.inquiryRequired');
    const sent = h.ok({ type: 'inquiry.send', caseId: c.id, inquiryId: 'agency-concerned', request: 'لطفاً دربارهٔ آب‌گرفتگی گزارش دهید.' }, inspector);
    const inquiryId = sent.answer.inquiryRecordId as string;
    expect(sent.events[0]!.case.inquiries[0]).toMatchObject({ agency: 'دستگاه اجرایی مربوط در شهرستان', stepIndex: 1, sentBy: 'st-inspection' });
    expect(h.refused({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector).code).toBe('case.error.inquiryPending');

    // the office asks the client for a photo: the case waits and the step clock stops
    const asked = h.ok({ type: 'info.request', caseId: c.id, message: 'عکس محل را بفرستید.', items: ['عکس محل'] }, inspector);
    const requestId = asked.answer.requestId as string;
    expect(asked.events[0]).toMatchObject({ notice: 'infoRequest', outcome: 'requested' });
    expect(h.state.cases.get(c.id)!.status).toBe('waitingClient');
    expect(inboxOf(h.state, 'u-inspection', h.now(), calendar)[0]).toMatchObject({ waitingClient: true });
    expect(h.refused({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector).code).toBe('case.error.waitingClient');

    h.setNow('2026-11-24T05:30:00.000Z'); // Tuesday 09:00: 150 + 90 working minutes later
    c = h.ok({ type: 'info.answer', caseId: c.id, requestId, answer: 'عکس پیوست شد.', documents: [fileRef('photo-2')] }, applicant).events[0]!.case;
    expect(c.status).toBe('inProgress');
    expect(c.infoRequests[0]).toMatchObject({ answeredAt: '2026-11-24T05:30:00.000Z', waitedMinutes: 240, documentIds: ['photo-2'] });
    expect(c.steps[1]!.dueAt).toBe('2026-12-02T08:00:00.000Z'); // 240 working minutes later than before
    expect(c.responseDueAt).toBe('2026-12-09T05:00:00.000Z');
    expect(c.promisedResponseAt).toBe('2026-12-08T08:00:00.000Z'); // the receipt's date never moves
    expect(c.clientWaitMinutes).toBe(240);

    const answered = h.ok({ type: 'inquiry.answer', caseId: c.id, inquiryRecordId: inquiryId, outcome: 'confirmed', answer: 'لایروبی در برنامه است.' }, system);
    expect(answered.events[0]).toMatchObject({ mode: 'system', outcome: 'confirmed', actor: { kind: 'system' } });

    c = h.ok({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector).events[0]!.case;
    expect(c.steps[2]).toMatchObject({ unitId: 'u-governor' });
    expect(h.refused({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector)).toMatchObject({
      code: 'case.error.notYourUnit',
      message: 'این مرحله در کارتابل واحد شما نیست؛ فقط کارکنان «دفتر فرماندار» می‌توانند آن را انجام دهند.',
    });
    c = h.ok({ type: 'step.complete', caseId: c.id, result: 'done', note: 'دستور پیگیری صادر شد.' }, governorClerk).events[0]!.case;
    expect(c.currentStepIndex).toBe(3);

    const response = h.ok({ type: 'response.issue', caseId: c.id, outcome: 'approved', text: 'شهرداری تا پایان ماه لایروبی می‌کند.', documents: [fileRef('reply-letter')] }, deskClerk);
    c = response.events[0]!.case;
    expect(response.events[0]).toMatchObject({ type: 'response.issued', mode: 'desk', outcome: 'approved', notice: 'response' });
    expect(c).toMatchObject({ status: 'answered', currentStepIndex: null, response: { outcome: 'approved', documentIds: ['reply-letter'], issuedBy: 'st-desk' } });
    expect(inboxOf(h.state, 'u-desk', h.now(), calendar)).toEqual([]);

    c = h.ok({ type: 'response.acknowledge', caseId: c.id }, applicant).events[0]!.case;
    expect(c.status).toBe('acknowledged');
    expect(c.response?.acknowledgedVia).toBe('web');

    c = h.ok({ type: 'survey.submit', caseId: c.id, answers: allAnswers(5), comment: 'سپاس' }, applicant).events[0]!.case;
    expect(c.survey).toMatchObject({ comment: 'سپاس', via: 'web' });
    expect(h.refused({ type: 'survey.submit', caseId: c.id, answers: allAnswers(1) }, applicant).code).toBe('case.error.surveyDone');

    // the journal rebuilds the same state
    const replayed = emptyCaseState();
    for (const e of h.journal) applyCaseEvent(replayed, e);
    expect(replayed).toEqual(h.state);
    expect(caseByTrackingCode(replayed, c.trackingCode)?.id).toBe(c.id);

    // the daily staff report (table 2) comes from the same events
    expect(dailyStaffReport(h.journal, '2026-11-23').map((r) => [r.staffId, r.action, r.modeLetter, r.outcome])).toEqual([
      ['st-inspection', 'step.completed', 'د', 'done'],
      ['st-inspection', 'inquiry.sent', 'د', 'sent'],
      ['st-inspection', 'info.requested', 'د', 'requested'],
    ]);
    expect(dailyStaffReport(h.journal, '2026-11-24').map((r) => [r.staffId, r.unitId, r.modeLetter, r.trackingCode])).toEqual([
      ['st-inspection', 'u-inspection', 'د', c.trackingCode],
      ['st-governor', 'u-governor', 'د', c.trackingCode],
      ['st-desk', 'u-desk', 'الف', c.trackingCode],
    ]);
  });
});

describe('refusals', () => {
  it('a clerk of another unit cannot act on a step', () => {
    const h = harness();
    const c = submitComplaint(h);
    expect(canStaffAct(c, { id: 'st-governor', role: 'clerk' }, ['u-governor'])).toBe(false);
    expect(canStaffAct(c, { id: 'st-inspection', role: 'clerk' }, ['u-inspection'])).toBe(true);
    const error = h.refused({ type: 'step.complete', caseId: c.id, result: 'done' }, governorClerk);
    expect(error.code).toBe('case.error.notYourUnit');
    expect(error.message).toContain('بازرسی و پاسخگویی به شکایات');
    expect(h.refused({ type: 'info.request', caseId: c.id, message: 'مدرک بیشتر' }, governorClerk).code).toBe('case.error.notYourUnit');
    expect(h.refused({ type: 'step.complete', caseId: c.id, result: 'done' }, applicant).code).toBe('case.error.staffOnly');
    expect(h.state.cases.get(c.id)!.steps).toHaveLength(1);
  });

  it('the response is issued only in the last step', () => {
    const h = harness();
    const c = submitComplaint(h);
    expect(h.refused({ type: 'response.issue', caseId: c.id, outcome: 'approved', text: 'پاسخ زودهنگام' }, deskClerk)).toMatchObject({
      code: 'case.error.responseTooEarly',
      message: 'مرحله‌های پیش از پاسخ هنوز تمام نشده است؛ پاسخ در آخرین مرحله صادر می‌شود.',
    });
    expect(h.refused({ type: 'response.acknowledge', caseId: c.id }, applicant).code).toBe('case.error.notAnswered');
  });

  it('a national ID of one repeated digit, or with a wrong check digit, is refused', () => {
    const h = harness();
    const bad = h.refused({ ...complaint, client: { ...complaint.client, nationalId: '1111111111' } }, client('1111111111'));
    expect(bad).toMatchObject({ code: 'case.error.badNationalId', message: 'کد ملی درست نیست؛ ده رقم روی کارت ملی را دوباره وارد کنید.' });
    expect(h.refused({ ...complaint, client: { ...complaint.client, nationalId: '0499370898' } }, deskClerk).code).toBe('case.error.badNationalId');
    expect(h.refused({ ...complaint, client: { ...complaint.client, mobile: '0212345678' } }, deskClerk).code).toBe('case.error.badMobile');
    expect(h.refused({ ...complaint, client: { ...complaint.client, name: 'مریم' } }, deskClerk).code).toBe('case.error.badName');
    expect(h.state.cases.size).toBe(0);
  });

  it('a form with a missing or wrong field is refused with a message per field', () => {
    const h = harness();
    const { description: _d, ...values } = complaint.values;
    const error = h.refused({ ...complaint, values: { ...values, incidentOn: '1405/12/01' } }, applicant);
    expect(error.code).toBe('case.error.formInvalid');
    expect(error.fields).toEqual({
      description: '«شرح درخواست یا شکایت» را وارد کنید.',
      incidentOn: '«تاریخ رویداد» نباید پس از ۱۴۰۵/۰۹/۰۲ باشد.',
    });
    const stray = h.refused({ ...complaint, documents: [fileRef('x', 'doc-nothing')] }, applicant);
    expect(stray.code).toBe('case.error.formInvalid');
  });

  it('a client sees a case only with its tracking code and their national ID; a mistyped code is caught by its check digit', () => {
    const h = harness();
    const c = submitComplaint(h);
    expect(canClientSee(c, '۰۴۹۹۳۷۰۸۹۹', formatTrackingCode(c.trackingCode))).toBe(true);
    expect(canClientSee(c, '0499370899', c.trackingCode.slice(0, 10) + String((Number(c.trackingCode[10]) + 1) % 10))).toBe(false);
    expect(canClientSee(c, '0012345679', c.trackingCode)).toBe(false);
    const typo = parseTrackingCode(c.trackingCode[1]! + c.trackingCode[0]! + c.trackingCode.slice(2));
    if (c.trackingCode[0] !== c.trackingCode[1]) expect(typo.ok === false && typo.error.code).toBe('tracking.checkDigit');
    // another person cannot act on the case, even with its id
    expect(h.refused({ type: 'case.withdraw', caseId: c.id }, client('0012345679')).code).toBe('case.error.notYourCase');
  });

  it('the survey comes after the response, from the client only, once', () => {
    const h = harness();
    const c = submitComplaint(h);
    expect(h.refused({ type: 'survey.submit', caseId: c.id, answers: allAnswers(4) }, applicant).code).toBe('case.error.surveyTooEarly');
    h.ok({ type: 'step.complete', caseId: c.id, result: 'rejected', note: 'موضوع در صلاحیت فرمانداری نیست.' }, inspector);
    h.ok({ type: 'response.issue', caseId: c.id, outcome: 'rejected', text: 'به دادگستری مراجعه کنید.' }, deskClerk);
    expect(h.refused({ type: 'survey.submit', caseId: c.id, answers: allAnswers(4) }, deskClerk).code).toBe('case.error.clientOnly');
    const incomplete = h.refused({ type: 'survey.submit', caseId: c.id, answers: { q01: 4 } }, applicant);
    expect(incomplete.code).toBe('case.error.surveyInvalid');
    expect(incomplete.fields?.q16).toBe('به این پرسش پاسخ دهید.');
    h.ok({ type: 'survey.submit', caseId: c.id, answers: allAnswers(4) }, client(NATIONAL_ID, 'kiosk'));
    expect(h.refused({ type: 'survey.submit', caseId: c.id, answers: allAnswers(4) }, applicant)).toMatchObject({
      code: 'case.error.surveyDone',
      message: 'نظر شما دربارهٔ این پرونده پیش‌تر ثبت شده است. سپاس از شما.',
    });
  });
});

describe('the workflow', () => {
  it('a rejection needs a reason and goes straight to the desk for a reasoned answer', () => {
    const h = harness();
    const c = submitComplaint(h);
    expect(h.refused({ type: 'step.complete', caseId: c.id, result: 'rejected' }, inspector).code).toBe('case.error.noteRequired');
    const after = h.ok({ type: 'step.complete', caseId: c.id, result: 'rejected', note: 'مدارک کافی نیست.' }, inspector).events[0]!;
    expect(after.outcome).toBe('rejected');
    expect(after.case.currentStepIndex).toBe(3);
    expect(after.case.steps.map((s) => s.unitId)).toEqual(['u-inspection', 'u-desk']);
  });

  it('a step sent back starts again in the earlier unit with a fresh due time', () => {
    const h = harness();
    const c = submitComplaint(h);
    expect(h.refused({ type: 'step.return', caseId: c.id, note: 'بازگشت' }, inspector).code).toBe('case.error.noEarlierStep');
    h.ok({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector);
    h.advance(DAY);
    const back = h.ok({ type: 'step.return', caseId: c.id, note: 'بررسی اولیه ناقص بود.' }, inspector).events[0]!.case;
    expect(back.currentStepIndex).toBe(0);
    expect(back.steps.map((s) => s.result)).toEqual(['done', 'returned', undefined]);
    expect(back.steps[2]!.startedAt).toBe(h.now());
  });

  it('a withdrawn case closes whatever was open and accepts nothing more', () => {
    const h = harness();
    const c = submitComplaint(h);
    h.ok({ type: 'info.request', caseId: c.id, message: 'نشانی دقیق را بنویسید.' }, inspector);
    const withdrawn = h.ok({ type: 'case.withdraw', caseId: c.id, reason: 'مشکل حل شد.' }, applicant).events[0]!.case;
    expect(withdrawn).toMatchObject({ status: 'withdrawn', currentStepIndex: null, withdrawReason: 'مشکل حل شد.' });
    expect(withdrawn.infoRequests[0]!.closedAt).toBe(h.now());
    expect(inboxOf(h.state, 'u-inspection', h.now(), calendar)).toEqual([]);
    expect(h.refused({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector).code).toBe('case.error.closed');
  });

  it('a tracking code already given is never given again', () => {
    const h = harness();
    const first = submitComplaint(h);
    const codes = [first.trackingCode, '10000000009'];
    const second = h.run(complaint, applicant, () => codes.shift()!);
    expect(second.ok && second.events[0]!.case.trackingCode).toBe('10000000009');
  });

  it('an in-person step needs a visit at the desk, told in advance and checked in with a queue ticket', () => {
    const h = harness('2026-11-23T06:30:00.000Z');
    const s17 = {
      type: 'case.submit' as const,
      serviceId: 's17',
      client: { nationalId: NATIONAL_ID, name: 'مریم احمدی', mobile: '09121234567' },
      values: { issue: 'head', description: 'سرپرست خانوار هستم و به کمک نیاز دارم.', contactTime: 'any' },
      documents: [],
    };
    let c = h.ok(s17, deskClerk).events[0]!.case;
    expect(c.channel).toBe('counter');
    c = h.ok({ type: 'step.complete', caseId: c.id, result: 'done' }, womenAdviser).events[0]!.case;
    expect(c.steps[1]!.kind).toBe('visit');
    expect(h.refused({ type: 'step.complete', caseId: c.id, result: 'done' }, womenAdviser).code).toBe('case.error.visitRequired');
    // Friday, and in half an hour, are both refused
    expect(h.refused({ type: 'appointment.set', caseId: c.id, at: '2026-11-27T06:30:00.000Z', reason: 'جلسهٔ مشاوره' }, womenAdviser).code).toBe('case.error.appointmentTime');
    expect(h.refused({ type: 'appointment.set', caseId: c.id, at: '2026-11-23T07:00:00.000Z', reason: 'جلسهٔ مشاوره' }, womenAdviser).code).toBe('case.error.appointmentTime');
    const set = h.ok({ type: 'appointment.set', caseId: c.id, at: '2026-11-24T06:30:00.000Z', reason: 'جلسهٔ مشاوره', bring: ['اصل شناسنامه'] }, womenAdviser);
    const appointmentId = set.answer.appointmentId as string;
    const notice = clientNoticeText(set.events[0]!, { service: 'حمایت از زنان', desk: 'میز خدمت فرمانداری' });
    expect(notice).toContain('جلسهٔ مشاوره');
    expect(notice).toContain('اصل شناسنامه');
    expect(notice).toContain('۱۰:۰۰');
    h.setNow('2026-11-24T06:25:00.000Z');
    expect(h.refused({ type: 'appointment.checkIn', caseId: c.id, appointmentId, ticketId: 'ticket-7' }, womenAdviser).code).toBe('case.error.notDesk');
    c = h.ok({ type: 'appointment.checkIn', caseId: c.id, appointmentId, ticketId: 'ticket-7' }, deskClerk).events[0]!.case;
    expect(c.appointments[0]).toMatchObject({ status: 'attended', ticketId: 'ticket-7', checkedInAt: '2026-11-24T06:25:00.000Z' });
    c = h.ok({ type: 'step.complete', caseId: c.id, result: 'done' }, womenAdviser).events[0]!.case;
    expect(c.steps[2]!.kind).toBe('inquiry');
  });
});

describe('catalogue versions', () => {
  it('a case keeps the workflow of the version it started with when a newer one is published', () => {
    const v2 = structuredClone(demoCaseCatalogue);
    v2.version = 2;
    const s16 = v2.services.find((s) => s.serviceId === 's16')!;
    s16.workflow.steps[2]!.unitId = 'u-political'; // the decision moves to another unit in version 2
    const h = harness('2026-11-23T06:30:00.000Z', [demoCaseCatalogue]);
    const old = submitComplaint(h);
    h.publish([demoCaseCatalogue, v2]);
    const fresh = submitComplaint(h);
    expect([old.catalogueVersion, fresh.catalogueVersion]).toEqual([1, 2]);

    for (const c of [old, fresh]) {
      h.ok({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector);
      const sent = h.ok({ type: 'inquiry.send', caseId: c.id, inquiryId: 'agency-concerned', request: 'گزارش دهید.' }, inspector);
      h.ok({ type: 'inquiry.answer', caseId: c.id, inquiryRecordId: sent.answer.inquiryRecordId as string, outcome: 'info', answer: 'انجام شد.' }, inspector);
      h.ok({ type: 'step.complete', caseId: c.id, result: 'done' }, inspector);
    }
    expect(h.state.cases.get(old.id)!.steps[2]!.unitId).toBe('u-governor');
    expect(h.state.cases.get(fresh.id)!.steps[2]!.unitId).toBe('u-political');
    // and a version that is gone is said plainly, not guessed
    h.publish([v2]);
    expect(h.refused({ type: 'step.complete', caseId: old.id, result: 'done' }, governorClerk).code).toBe('case.error.catalogueMissing');
  });
});
