// Case histories for the oversight tests and bench: an office's case journal written
// the way the case engine writes it (each event carries the whole case after it),
// with Tehran wall-clock times in Jalali so a test reads like a calendar.
import { randomUUID } from 'node:crypto';
import {
  createTrackingCode,
  jalaliToGregorian,
  officeDay,
  parseJalaliDate,
  type Case,
  type CaseCatalogue,
  type CaseChannel,
  type CaseEvent,
  type CaseEventType,
  type CaseMode,
  type ClientNoticeKind,
} from '@desk/common';

/** '1405/06/31 23:30' in Tehran (UTC+03:30) → ISO UTC. */
export function tehran(jalaliDateTime: string): string {
  const [date, hm = '00:00'] = jalaliDateTime.trim().split(/\s+/);
  const j = parseJalaliDate(date!);
  if (!j) throw new Error(`not a Jalali date: ${date}`);
  const g = jalaliToGregorian(j);
  const [h, m] = hm.split(':').map(Number);
  return new Date(Date.UTC(g.year, g.month - 1, g.day, h!, m!) - 210 * 60_000).toISOString();
}

const HOUR = 3_600_000;
const plusHours = (iso: string, h: number) => new Date(Date.parse(iso) + h * HOUR).toISOString();

export interface SubmitOptions {
  at: string;
  channel: CaseChannel;
  serviceId?: string;
  /** Documents handed in with the request. */
  documents?: number;
  /** Steps of the workflow (the last is the desk's response step). */
  steps?: number;
  /** Hours from acceptance to the promised response; null: a receipt without a date. */
  promisedHours?: number | null;
  trackingCode?: string;
  deskUnitId?: string;
}

/** One office's case journal: seq numbers in order, as the office syncs them. */
export class CaseJournal {
  readonly events: CaseEvent[] = [];
  private seq = 0;

  constructor(private readonly random: () => number = Math.random) {}

  submit(o: SubmitOptions): CaseStory {
    const id = randomUUID();
    const stepCount = o.steps ?? 3;
    const c: Case = {
      id,
      trackingCode: o.trackingCode ?? createTrackingCode((n) => Uint8Array.from({ length: n }, () => Math.floor(this.random() * 250))),
      serviceId: o.serviceId ?? 's01',
      catalogueVersion: 1,
      channel: o.channel,
      deskUnitId: o.deskUnitId ?? 'desk-hq',
      client: { nationalId: '0084575948', name: 'مریم احمدی', mobile: '09121234567' },
      formValues: { subject: 'درخواست نمونه' },
      documents: Array.from({ length: o.documents ?? 0 }, (_, i) => ({
        id: randomUUID(),
        slotId: `doc${i + 1}`,
        name: `مدرک ${i + 1}.pdf`,
        contentType: 'application/pdf',
        size: 120_000,
        sha256: 'a'.repeat(64),
        stage: 'submission' as const,
        addedAt: o.at,
      })),
      status: 'inProgress',
      currentStepIndex: 0,
      steps: [],
      inquiries: [],
      infoRequests: [],
      appointments: [],
      acceptedAt: o.at,
      promisedResponseAt: o.promisedHours === null ? '' : plusHours(o.at, o.promisedHours ?? 72),
      responseDueAt: '',
      clientWaitMinutes: 0,
      updatedAt: o.at,
    };
    c.responseDueAt = c.promisedResponseAt;
    const story = new CaseStory(this, c, stepCount);
    story.startStep(0, o.at);
    const mode: CaseMode = o.channel === 'counter' ? 'desk' : o.channel;
    story.record('case.submitted', o.at, mode, { stepIndex: 0, outcome: 'accepted', notice: 'receipt', unitId: c.deskUnitId });
    return story;
  }

  /** The events journaled since the last take (the bench stores a day at a time); seq numbers go on. */
  take(): CaseEvent[] {
    return this.events.splice(0, this.events.length);
  }

  push(e: Omit<CaseEvent, 'seq' | 'id'>): CaseEvent {
    const event = { ...e, seq: ++this.seq, id: randomUUID() } as CaseEvent;
    this.events.push(event);
    return event;
  }
}

const UNITS = ['desk-hq', 'unit-review', 'unit-approve', 'unit-archive', 'unit-legal'];

/** One case's life; each method journals the event that does it. */
export class CaseStory {
  constructor(
    private readonly journal: CaseJournal,
    public c: Case,
    private readonly stepCount: number,
  ) {}

  get lastIndex(): number {
    return this.stepCount - 1;
  }

  startStep(index: number, at: string): void {
    const unitId = index === this.lastIndex ? this.c.deskUnitId : UNITS[1 + (index % (UNITS.length - 1))]!;
    this.c.steps.push({ index, stepId: `step${index + 1}`, unitId, kind: index === this.lastIndex ? 'response' : 'review', startedAt: at, dueAt: plusHours(at, 24), clientWaitMinutes: 0 });
    this.c.currentStepIndex = index;
  }

  private open() {
    return this.c.steps[this.c.steps.length - 1]!;
  }

  record(type: CaseEventType, at: string, mode: CaseMode, d: { stepIndex?: number; outcome: CaseEvent['outcome']; notice?: ClientNoticeKind; unitId?: string }): void {
    this.c.updatedAt = at;
    const snapshot = structuredClone(this.c);
    this.journal.push({
      type,
      at,
      day: officeDay(at),
      actor: mode === 'web' || mode === 'kiosk' ? { kind: 'client', id: this.c.client.nationalId } : { kind: 'staff', id: 'clerk-1', unitId: d.unitId ?? this.c.deskUnitId },
      mode,
      caseId: this.c.id,
      trackingCode: this.c.trackingCode,
      serviceId: this.c.serviceId,
      unitId: d.unitId ?? this.open().unitId,
      ...(d.stepIndex !== undefined ? { stepIndex: d.stepIndex } : {}),
      outcome: d.outcome,
      ...(d.notice ? { notice: d.notice } : {}),
      case: snapshot,
    });
  }

  /** The open step is done by its unit; the next one starts. */
  completeStep(at: string): this {
    const s = this.open();
    s.finishedAt = at;
    s.result = 'done';
    s.finishedBy = 'clerk-2';
    // as the engine: the event carries the case with the next step already started
    this.startStep(s.index + 1, at);
    this.record('step.completed', at, 'unit', { stepIndex: s.index, outcome: 'done', notice: 'progress', unitId: s.unitId });
    return this;
  }

  /** Walk the remaining steps up to the response step, one an hour from `at`. */
  workUntilResponse(at: string): this {
    let t = at;
    while (this.open().index < this.lastIndex) {
      this.completeStep(t);
      t = plusHours(t, 1);
    }
    return this;
  }

  requestInfo(at: string): this {
    const s = this.open();
    this.c.infoRequests.push({ id: randomUUID(), stepIndex: s.index, unitId: s.unitId, message: 'تصویر سند را بفرستید', items: ['سند'], requestedAt: at, requestedBy: 'clerk-2', documentIds: [] });
    this.c.status = 'waitingClient';
    this.record('info.requested', at, 'unit', { stepIndex: s.index, outcome: 'requested', notice: 'infoRequest', unitId: s.unitId });
    return this;
  }

  answerInfo(at: string, via: 'web' | 'kiosk' | 'desk'): this {
    const r = this.c.infoRequests.find((x) => !x.answeredAt)!;
    r.answeredAt = at;
    r.answer = 'فرستاده شد';
    this.c.status = 'inProgress';
    this.record('info.answered', at, via, { stepIndex: r.stepIndex, outcome: 'answered', unitId: r.unitId });
    return this;
  }

  appointment(setAt: string, visitAt: string, o: { reason?: string; bring?: string[] } = {}): this {
    const s = this.open();
    this.c.appointments.push({
      id: randomUUID(),
      stepIndex: s.index,
      at: visitAt,
      deskUnitId: this.c.deskUnitId,
      reason: o.reason ?? 'امضای اصل فرم',
      bring: o.bring ?? [],
      setAt,
      setBy: 'clerk-2',
      status: 'scheduled',
    });
    this.record('appointment.set', setAt, 'unit', { stepIndex: s.index, outcome: 'scheduled', notice: 'appointment', unitId: s.unitId });
    return this;
  }

  checkIn(at: string, via: 'desk' | 'kiosk' | 'unit', ticketId: string | undefined = 'ticket-1'): this {
    const a = this.c.appointments.find((x) => x.status === 'scheduled')!;
    a.status = 'attended';
    a.checkedInAt = at;
    if (ticketId) a.ticketId = ticketId;
    this.record('appointment.checkedIn', at, via, { stepIndex: a.stepIndex, outcome: 'attended', unitId: this.c.deskUnitId });
    return this;
  }

  respond(at: string): this {
    const s = this.open();
    s.finishedAt = at;
    s.result = 'answered';
    this.c.currentStepIndex = null;
    this.c.status = 'answered';
    this.c.closedAt = at;
    this.c.response = { outcome: 'approved', text: 'درخواست پذیرفته شد', documentIds: [], issuedAt: at, issuedBy: 'clerk-1' };
    this.record('response.issued', at, 'desk', { stepIndex: s.index, outcome: 'approved', notice: 'response', unitId: s.unitId });
    return this;
  }

  acknowledge(at: string, via: 'web' | 'kiosk' | 'desk'): this {
    this.c.status = 'acknowledged';
    this.c.response = { ...this.c.response!, acknowledgedAt: at, acknowledgedVia: via };
    this.record('response.acknowledged', at, via, { outcome: 'acknowledged', unitId: this.c.deskUnitId });
    return this;
  }

  survey(at: string, via: 'web' | 'kiosk'): this {
    this.c.survey = { answers: { q1: 5, q2: 4 }, submittedAt: at, via };
    this.record('survey.submitted', at, via, { outcome: 'surveyed', unitId: this.c.deskUnitId });
    return this;
  }

  withdraw(at: string): this {
    const s = this.open();
    s.finishedAt = at;
    s.result = 'withdrawn';
    this.c.status = 'withdrawn';
    this.c.currentStepIndex = null;
    this.c.closedAt = at;
    this.record('case.withdrawn', at, 'desk', { outcome: 'withdrawn', unitId: this.c.deskUnitId });
    return this;
  }
}

/** An agency catalogue of these services: each with a web place or not, a complete info package or one without its responsible person. */
export function catalogueOf(services: Array<{ id: string; name: string; web: boolean; complete: boolean }>): CaseCatalogue {
  return {
    version: 1,
    units: [{ id: 'desk-hq', name: 'میز خدمت', level: 'headquarters', isDesk: true }],
    defaultDeskUnitId: 'desk-hq',
    services: services.map((s) => ({
      serviceId: s.id,
      name: s.name,
      package: {
        serviceId: s.id,
        summary: s.name,
        audience: 'شهروندان',
        places: s.web ? [{ kind: 'web', url: `/portal/s/${s.id}` }] : [{ kind: 'inPerson', address: 'ساری، خیابان فرهنگ' }],
        documents: [],
        meanDuration: { amount: 3, unit: 'workingDays' },
        inquiries: [],
        fees: [],
        inPersonVisits: s.web ? 0 : 1,
        responsible: s.complete ? { title: 'کارشناس مسئول', phone: '011-33334444', unitId: 'desk-hq' } : { title: '', phone: '', unitId: 'desk-hq' },
        legalBasis: [],
      },
      form: { serviceId: s.id, fields: [] },
      workflow: { serviceId: s.id, steps: [{ id: 'step1', title: 'بررسی', unitId: 'desk-hq', time: { amount: 1, unit: 'workingDays' }, kind: 'review' }] },
    })),
  } as CaseCatalogue;
}
