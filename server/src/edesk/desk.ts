// The e-desk of one office: cases beside the queue. Commands are decided by the pure
// case engine (server/src/cases), journaled in their own per-day journal (on disk
// before any answer: a tracking code the client was shown always exists), then the
// client is notified (SMS/e-mail through the durable outbox) and electronic
// inquiries are sent to the agency that answers them.
// Case events hold personal data: they are never broadcast to lobby screens.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  createTrackingCode,
  officeDay,
  serviceDefinition,
  type Case,
  type CaseAck,
  type CaseActor,
  type CaseCatalogue,
  type CaseCommand,
  type CaseEngineEvent,
  type CaseEvent,
  type CatalogueLookup,
  type OfficeCalendar,
} from '@desk/common';
import { decideCase } from '../cases/engine';
import { applyCaseEvent, emptyCaseState, type CaseState } from '../cases/state';
import { Journal } from '../storage/journal';
import { buildCaseSnapshotOffThread, readCaseSnapshot, snapshotPath } from './snapshot';
import type { Notifier } from '../notify/notifier';
import type { NotificationEvent } from '../notify/events';
import type { InquiryRegistry } from '../inquiry/registry';
import { DurableMark } from '../storage/durable-mark';

/** A case event as journaled, with the extras of its command's answer (receipt, ids) for retries. */
export interface CaseRecord extends CaseEvent {
  answer?: Record<string, unknown>;
}

export interface CaseDeskOptions {
  dataDir: string;
  catalogues: CatalogueLookup;
  calendar: () => OfficeCalendar;
  clock?: () => string;
  notifier?: Notifier;
  inquiries?: InquiryRegistry;
  /** Where a client's phone reaches the portal, e.g. http://192.168.1.10:8080 */
  publicUrl: () => string;
  /** The service's name as the office calls it (the queue's catalogue). */
  serviceName: (serviceId: string) => string;
  isServiceActive?: (serviceId: string) => boolean;
  /** Take a snapshot of the cases after this many new events (default 20,000). */
  snapshotEvery?: number;
}

export class CaseDesk {
  readonly state: CaseState = emptyCaseState();
  seq = 0;
  private answers = new Map<string, Promise<CaseAck<Record<string, unknown>>>>();
  private listeners = new Set<(events: CaseEvent[]) => void>();
  /** Inquiries in flight to agencies, so tests and shutdown can wait for them. */
  private asking = new Set<Promise<void>>();
  private readonly clock: () => string;
  /** The newest record on disk, its day, and the position of the newest snapshot. */
  private durable = { seq: 0, day: '' };
  /** The same, for answers read from memory (memory may be one write ahead). */
  readonly onDisk = new DurableMark(() => this.seq);
  private snapshotSeq = 0;
  private snapshotting: Promise<void> | undefined;
  private readonly snapshotEvery: number;
  private readonly snapshotPath: string;

  private constructor(
    private readonly journal: Journal<CaseRecord>,
    private readonly options: CaseDeskOptions,
  ) {
    this.clock = options.clock ?? (() => new Date().toISOString());
    // DESK_CASE_SNAPSHOT_EVERY: how many case events between snapshots (0 = never)
    const fromEnv = Number(process.env.DESK_CASE_SNAPSHOT_EVERY);
    const every = options.snapshotEvery ?? (process.env.DESK_CASE_SNAPSHOT_EVERY && Number.isFinite(fromEnv) ? fromEnv : 20_000);
    this.snapshotEvery = every > 0 ? every : Number.POSITIVE_INFINITY;
    this.snapshotPath = snapshotPath(options.dataDir);
  }

  static async open(options: CaseDeskOptions): Promise<CaseDesk> {
    const journal = new Journal<CaseRecord>(join(options.dataDir, 'cases', 'journal'));
    await journal.init();
    const desk = new CaseDesk(journal, options);
    // Every event carries the whole case, so the last event of each case is its state:
    // the snapshot's cases, then the events after it. Answers are kept for the last two
    // days' commands (a retry comes within seconds).
    const snapshot = await readCaseSnapshot(desk.snapshotPath);
    if (snapshot) {
      for (const c of snapshot.cases) applyCaseEvent(desk.state, { case: c });
      desk.seq = desk.snapshotSeq = snapshot.header.seq;
      desk.durable = { seq: snapshot.header.seq, day: snapshot.header.day };
    }
    const after = snapshot?.header.seq ?? 0;
    const days = await journal.days();
    const recent = new Set(days.slice(-2));
    let replayed = 0;
    for (const day of days) {
      if (snapshot && day < snapshot.header.day && !recent.has(day)) continue;
      const records = await journal.readDay(day, day === days[days.length - 1]);
      for (const r of records) {
        if (recent.has(day) && r.commandId && r.answer) {
          desk.answers.set(r.commandId, Promise.resolve({ ok: true, case: r.case, ...r.answer }));
        }
        if (r.seq <= after) continue;
        applyCaseEvent(desk.state, r);
        desk.seq = Math.max(desk.seq, r.seq);
        desk.durable = { seq: desk.seq, day: r.day };
        replayed++;
      }
    }
    desk.onDisk.reached(desk.seq);
    if (replayed >= desk.snapshotEvery) desk.snapshotSoon();
    return desk;
  }

  /**
   * Write a snapshot in the background, of the events on disk now (a snapshot must never
   * hold an event a crash could take back), built from the journal on a worker thread.
   * Resolves when written; one at a time.
   */
  snapshotSoon(): Promise<void> {
    this.snapshotting ??= (async () => {
      const upTo = { ...this.durable };
      try {
        await buildCaseSnapshotOffThread(this.options.dataDir, upTo, this.clock());
        this.snapshotSeq = upTo.seq;
      } catch (err) {
        // tried again after as many events more, not at every command
        this.snapshotSeq = upTo.seq;
        console.error('case snapshot not written (the journal still has everything)', err);
      } finally {
        this.snapshotting = undefined;
      }
    })();
    return this.snapshotting;
  }

  get catalogue(): CaseCatalogue {
    return this.options.catalogues.current;
  }

  /** Every published version (a case reads the one it started with). */
  get catalogues(): CatalogueLookup {
    return this.options.catalogues;
  }

  /** Resolves once the cases in memory now are on disk (undefined: they already are). Answers read from memory wait for it. */
  whenDurable(): Promise<void> | undefined {
    return this.onDisk.wait();
  }

  onEvents(listener: (events: CaseEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Run a validated command for an actor. A repeated commandId gets its first answer. */
  execute(command: CaseCommand, actor: CaseActor): Promise<CaseAck<Record<string, unknown>>> {
    const key = `${actorKey(actor)}:${command.commandId}`;
    const earlier = this.answers.get(key) ?? this.answers.get(command.commandId);
    if (earlier) return earlier;
    const answer = this.run(command, actor);
    this.answers.set(key, answer);
    void answer.then((a) => {
      if (!a.ok) this.answers.delete(key);
    });
    return answer;
  }

  private async run(command: CaseCommand, actor: CaseActor): Promise<CaseAck<Record<string, unknown>>> {
    const decision = decideCase(this.state, command, {
      now: this.clock(),
      newId: () => randomUUID(),
      newTrackingCode: () => createTrackingCode(),
      actor,
      catalogues: this.options.catalogues,
      calendar: this.options.calendar(),
      commandId: command.commandId,
      ...(this.options.isServiceActive ? { isServiceActive: this.options.isServiceActive } : {}),
    });
    if (!decision.ok) {
      const { params: _p, ...error } = decision.error;
      return { ok: false, error };
    }
    const { case: _c, ...extras } = decision.answer;
    const records = decision.events.map((e, i) => this.number(e, i === decision.events.length - 1 ? extras : undefined));
    // apply only after the decision is final, before the await, so a second command
    // decided meanwhile sees this one (the journal keeps their order)
    for (const r of records) applyCaseEvent(this.state, r);
    try {
      await this.journal.append(records);
    } catch (err) {
      // memory is ahead of the disk: stop; the restart rebuilds from what was written
      console.error('case journal write failed; stopping', err);
      process.exit(70);
    }
    const last = records[records.length - 1]!;
    if (last.seq > this.durable.seq) this.durable = { seq: last.seq, day: last.day };
    this.onDisk.reached(last.seq);
    if (this.seq - this.snapshotSeq >= this.snapshotEvery) void this.snapshotSoon();
    const events = records.map(({ answer: _a, ...e }) => e);
    for (const l of this.listeners) l(events);
    for (const e of events) {
      this.notifyClient(e);
      if (e.type === 'inquiry.sent') this.sendInquiry(e);
    }
    return { ok: true, ...decision.answer };
  }

  private number(e: CaseEngineEvent, answer?: Record<string, unknown>): CaseRecord {
    this.seq += 1;
    const r: CaseRecord = { ...e, seq: this.seq };
    if (answer && e.commandId) r.answer = answer;
    return r;
  }

  // ── the client hears of it ──

  private notifyClient(e: CaseEvent): void {
    const notifier = this.options.notifier;
    if (!notifier || !e.notice) return;
    const c = e.case;
    const n = this.noticeFor(e);
    if (!n) return;
    const to = { mobile: c.client.mobile, ...(c.client.email ? { email: c.client.email } : {}), name: c.client.name };
    notifier.notify(to, n, { ref: `${c.trackingCode}:${e.seq}` }).catch((err: unknown) => console.error('notification not queued', err));
  }

  private noticeFor(e: CaseEvent): NotificationEvent | undefined {
    const c = e.case;
    const link = `${this.options.publicUrl()}/portal/track/${c.trackingCode}`;
    const def = serviceDefinition(this.options.catalogues.byVersion(c.catalogueVersion) ?? this.catalogue, c.serviceId);
    switch (e.notice) {
      case 'receipt':
        return { kind: 'accepted', trackingCode: c.trackingCode, serviceName: this.serviceName(c), promisedAt: c.promisedResponseAt, receiptUrl: link };
      case 'progress': {
        const step = c.currentStepIndex !== null ? def?.workflow.steps[c.currentStepIndex] : undefined;
        return { kind: 'step-changed', trackingCode: c.trackingCode, step: step?.title ?? '', url: link };
      }
      case 'infoRequest': {
        const req = c.infoRequests[c.infoRequests.length - 1];
        return { kind: 'info-requested', trackingCode: c.trackingCode, what: req ? [req.message, ...req.items].join('، ') : '', dueAt: c.responseDueAt, url: link };
      }
      case 'appointment': {
        const a = c.appointments[c.appointments.length - 1];
        if (!a) return undefined;
        const desk = this.catalogue.units.find((u) => u.id === a.deskUnitId)?.name ?? '';
        return { kind: 'appointment', trackingCode: c.trackingCode, at: a.at, place: desk, reason: a.reason, documents: a.bring };
      }
      case 'response':
        return { kind: 'response-issued', trackingCode: c.trackingCode, url: link };
      default:
        return undefined;
    }
  }

  /** After the client confirmed the response: ask for their opinion (table 5). */
  askForSurvey(c: Case): void {
    this.options.notifier
      ?.notify({ mobile: c.client.mobile, ...(c.client.email ? { email: c.client.email } : {}) }, {
        kind: 'survey',
        trackingCode: c.trackingCode,
        url: `${this.options.publicUrl()}/portal/track/${c.trackingCode}`,
      })
      .catch((err: unknown) => console.error('survey notice not queued', err));
  }

  serviceName(c: Pick<Case, 'serviceId'>): string {
    return this.options.serviceName(c.serviceId);
  }

  calendar(): OfficeCalendar {
    return this.options.calendar();
  }

  // ── inquiries to other agencies ──

  /** An electronic inquiry goes out by itself; its answer comes back as the system's inquiry.answer. */
  private sendInquiry(e: CaseEvent): void {
    const registry = this.options.inquiries;
    const record = e.case.inquiries[e.case.inquiries.length - 1];
    if (!registry || !record || !registry.kinds().includes(record.inquiryId)) return;
    const c = e.case;
    const job = registry
      .ask({ kind: record.inquiryId, caseRef: c.trackingCode, subject: { nationalId: this.subjectOf(c) }, payload: { request: record.request } })
      .then(async (answer) => {
        if (answer.result.status !== 'answered') return; // pending or failed: the unit sees it and follows up by hand
        const text = summarizeAnswer(answer.result.answer, answer.agencyTitle);
        const ack = await this.execute(
          {
            type: 'inquiry.answer',
            commandId: `inquiry-${record.id}`,
            caseId: c.id,
            inquiryRecordId: record.id,
            outcome: answer.result.verdict ?? 'confirmed',
            answer: text,
            documents: [],
          },
          { kind: 'system', id: `inquiry:${answer.agency}` },
        );
        if (!ack.ok) console.error('inquiry answer refused', ack.error.message);
      })
      .catch((err: unknown) => console.error('inquiry failed', err))
      .finally(() => this.asking.delete(job));
    this.asking.add(job);
  }

  /**
   * Whom an inquiry is about: the person the form names (the deceased of a death
   * allowance, a company's director…) when the form has a national-ID field, else the client.
   */
  private subjectOf(c: Case): string {
    const def = serviceDefinition(this.options.catalogues.byVersion(c.catalogueVersion) ?? this.catalogue, c.serviceId);
    const field = def?.form.fields.find((f) => f.kind === 'nationalId' && c.formValues[f.id]);
    return field ? c.formValues[field.id]! : c.client.nationalId;
  }

  /** Wait for inquiries in flight (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.asking.size) await Promise.all([...this.asking]);
  }

  async close(): Promise<void> {
    await this.settled();
    await this.snapshotting;
    await this.journal.close();
  }

  /** The desk's clock (ISO time): the time every case command is decided at. */
  now(): string {
    return this.clock();
  }

  /** Today's office day in Tehran (for reports and inboxes). */
  today(): string {
    return officeDay(this.clock());
  }
}

function actorKey(actor: CaseActor): string {
  if (actor.kind === 'staff' || actor.kind === 'system') return `${actor.kind}:${actor.id}`;
  return `client:${actor.nationalId ?? actor.deviceId ?? 'anonymous'}`;
}

/** Persian names of the answer fields the agency adapters map to. */
const ANSWER_LABELS: Record<string, string> = {
  match: 'مشخصات مطابق است',
  alive: 'در قید حیات',
  firstName: 'نام',
  lastName: 'نام خانوادگی',
  fatherName: 'نام پدر',
  birthDate: 'تاریخ تولد',
  clean: 'بدون سوءپیشینه',
  record: 'سابقه',
  status: 'وضعیت',
  months: 'ماه‌های بیمه',
  insuranceMonths: 'ماه‌های بیمه',
  reference: 'شمارهٔ پیگیری',
  issuedAt: 'تاریخ صدور',
  insured: 'بیمه‌شده',
};

/** An agency's mapped answer as one line a clerk reads: «ثبت احوال: مشخصات مطابق است: بله، نام پدر: علی». */
function summarizeAnswer(answer: Record<string, unknown> | undefined, agency: string): string {
  if (!answer) return `${agency}: پاسخ رسید.`;
  const parts = Object.entries(answer).map(([k, v]) => `${ANSWER_LABELS[k] ?? k}: ${v === true ? 'بله' : v === false ? 'خیر' : String(v)}`);
  return `${agency}: ${parts.join('، ')}`;
}
