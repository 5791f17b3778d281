// One office: its configuration, today's queue, the journal and who may do what.
// Commands are decided by the pure engine, journaled (on disk before any answer),
// then broadcast. A repeated commandId gets the first answer again.
import { randomUUID } from 'node:crypto';
import {
  errorMessage,
  officeDay,
  type Ack,
  type OfficeCommand,
  type DeskEvent,
  type EngineEvent,
  type PublicConfig,
  type SyncResult,
  type VisitSurveyCommand,
} from '@desk/common';
import { handleCommand, rollDay, type EngineContext } from './queue/engine';
import { applyEvent, emptyState, snapshotOf, type QueueState } from './queue/state';
import { DurableMark } from './storage/durable-mark';
import type { JournalRecord } from './storage/journal';
import type { OfficeStore, StoredConfig } from './storage/store';
import type { Principal } from './auth/auth';
import { actorOf, mayRun } from './auth/roles';

export type Clock = () => string;

export function publicConfig(config: StoredConfig): PublicConfig {
  const { staff: _s, devices: _d, ...pub } = config;
  return pub;
}

export class Office {
  state: QueueState;
  seq = 0;
  /** Today's events (for reconnecting screens to catch up without a snapshot). */
  private todayEvents: DeskEvent[] = [];
  /** Answers by commandId, for today and yesterday only (a retry across midnight still finds its answer). */
  private answers = new Map<string, Promise<Ack<object>>>();
  private yesterdaysAnswers = new Map<string, Promise<Ack<object>>>();
  private listeners = new Set<(events: DeskEvent[]) => void>();
  /** Index in todayEvents of the latest config.changed (earlier ones are kept without their payload). */
  private lastConfigEvent = -1;
  private configChain: Promise<unknown> = Promise.resolve();
  /** How far the journal is on disk (memory may be one write ahead). */
  readonly onDisk = new DurableMark(() => this.seq);

  private constructor(
    readonly store: OfficeStore,
    public config: StoredConfig,
    private readonly clock: Clock,
  ) {
    this.state = emptyState(officeDay(clock()), config.queue.serviceTimeWindow);
  }

  static async open(store: OfficeStore, config: StoredConfig, clock: Clock = () => new Date().toISOString()): Promise<Office> {
    const office = new Office(store, config, clock);
    office.seq = await store.lastSeq();
    const today = officeDay(clock());
    const records = await store.readJournal(today);
    for (const r of records) {
      applyEvent(office.state, r);
      const { answer, survey: _s, ...event } = r;
      office.remember(event);
      if (r.commandId && answer) office.answers.set(r.commandId, Promise.resolve({ ok: true, ...answer }));
    }
    office.state.day = today;
    office.onDisk.reached(office.seq);
    return office;
  }

  /** Resolves once the state in memory now is on disk (undefined: it already is). Answers read from memory wait for it. */
  whenDurable(): Promise<void> | undefined {
    return this.onDisk.wait();
  }

  /** How many command answers are kept for retries (bounded to two office days). */
  get rememberedAnswers(): number {
    return this.answers.size + this.yesterdaysAnswers.size;
  }

  /** Called once per journal write with its events in seq order (one broadcast frame per command). */
  onEvents(listener: (events: DeskEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get publicConfig(): PublicConfig {
    return publicConfig(this.config);
  }

  /** Run a validated command for a principal. Never throws for a refusal. */
  execute(command: OfficeCommand, principal: Principal): Promise<Ack<object>> {
    return this.once(`${principal.id}:${command.commandId}`, command.commandId, () => this.run(command, principal));
  }

  /**
   * A visitor's satisfaction survey after a counter visit, from the public survey route
   * (whoever holds the ticket's random id: the phone that followed it).
   */
  survey(command: VisitSurveyCommand): Promise<Ack<object>> {
    return this.once(`visitor:${command.commandId}`, command.commandId, () => this.decideAndPersist(command, { kind: 'system', id: 'visitor' }));
  }

  /** A repeated commandId gets its first answer (today's or yesterday's). */
  private once(key: string, commandId: string, run: () => Promise<Ack<object>>): Promise<Ack<object>> {
    const earlier = this.answers.get(key) ?? this.answers.get(commandId) ?? this.yesterdaysAnswers.get(key) ?? this.yesterdaysAnswers.get(commandId);
    if (earlier) return earlier;
    const answer = run();
    this.answers.set(key, answer);
    // a refused command may be tried again with the same id once the cause is fixed
    void answer.then((a) => {
      if (!a.ok) this.answers.delete(key);
    });
    return answer;
  }

  private run(command: OfficeCommand, principal: Principal): Promise<Ack<object>> {
    // a survey comes only through survey() (the public route), never from a screen's principal
    if (command.type === 'ticket.survey' || !mayRun(principal, command.type)) {
      return Promise.resolve({ ok: false, error: { code: 'error.forbidden', message: errorMessage('error.forbidden') } });
    }
    return this.decideAndPersist(command, actorOf(principal));
  }

  private async decideAndPersist(command: OfficeCommand, actor: EngineContext['actor']): Promise<Ack<object>> {
    const ctx = {
      now: this.clock(),
      newId: () => randomUUID(),
      actor,
      config: this.publicConfig,
      commandId: command.commandId,
    };
    const decision = handleCommand(this.state, command, ctx);
    const toJournal: JournalRecord[] = [...decision.dayEvents.map((e) => this.number(e))];
    if (decision.ok) {
      decision.events.forEach((e, i) =>
        toJournal.push(this.number(e, i === decision.events.length - 1 ? decision.answer : undefined)),
      );
    }
    if (toJournal.length > 0) await this.persist(toJournal);
    if (!decision.ok) {
      return { ok: false, error: { code: decision.code, message: errorMessage(decision.code, decision.params) } };
    }
    return { ok: true, ...decision.answer };
  }

  /** Give an engine event its sequence number (synchronously, so numbers follow decision order). */
  private number(e: EngineEvent, answer?: Record<string, unknown>): JournalRecord {
    this.seq += 1;
    const record: JournalRecord = { ...e, seq: this.seq };
    if (answer && e.commandId) record.answer = answer;
    return record;
  }

  /** Durable first, then visible: a screen never sees what a crash could take back. */
  private async persist(records: JournalRecord[]): Promise<void> {
    try {
      await this.store.append(records);
    } catch (err) {
      // The in-memory state is ahead of the disk: the only safe move is to stop and
      // let the restart rebuild from the journal. Nothing unwritten was acknowledged.
      console.error('journal write failed; stopping', err);
      process.exit(70);
    }
    this.onDisk.reached(records[records.length - 1]!.seq);
    const events: DeskEvent[] = [];
    for (const r of records) {
      // a visitor's survey answers stay in the journal (reports, central): screens hear only that it was answered
      const { answer: _a, survey: _s, ...event } = r;
      if (event.type === 'day.started') {
        this.todayEvents = [];
        this.lastConfigEvent = -1;
        this.yesterdaysAnswers = this.answers;
        this.answers = new Map();
      }
      this.remember(event);
      events.push(event);
    }
    for (const l of this.listeners) l(events);
  }

  /**
   * Keep an event for screens catching up. Only the newest config.changed keeps its
   * configuration: a screen catching up needs the latest one, and a day of admin
   * edits would otherwise hold every past configuration in memory.
   */
  private remember(event: DeskEvent): void {
    if (event.type === 'config.changed') {
      const earlier = this.todayEvents[this.lastConfigEvent];
      if (earlier) {
        const { config: _c, ...stub } = earlier;
        this.todayEvents[this.lastConfigEvent] = stub;
      }
      this.lastConfigEvent = this.todayEvents.length;
    }
    this.todayEvents.push(event);
  }

  /** Start a new day if the clock passed Tehran midnight (called by a timer too). */
  async tick(): Promise<void> {
    const events = rollDay(this.state, { now: this.clock(), newId: () => randomUUID(), actor: { kind: 'system', id: 'clock' }, config: this.publicConfig });
    if (events.length) await this.persist(events.map((e) => this.number(e)));
  }

  /** Change the configuration durably and tell every screen. */
  updateConfig(change: (config: StoredConfig) => StoredConfig, actor: Principal): Promise<StoredConfig> {
    // one at a time, each on the latest config: concurrent admin edits must not overwrite each other
    const run = this.configChain.then(() => this.applyConfigChange(change, actor));
    this.configChain = run.catch(() => undefined);
    return run;
  }

  private async applyConfigChange(change: (config: StoredConfig) => StoredConfig, actor: Principal): Promise<StoredConfig> {
    const next = change(structuredClone(this.config));
    next.version = this.config.version + 1;
    await this.store.saveConfig(next);
    this.config = next;
    this.state.serviceTimeWindow = next.queue.serviceTimeWindow;
    const now = this.clock();
    await this.persist([
      this.number({ id: randomUUID(), type: 'config.changed', at: now, day: this.state.day, actor: actorOf(actor), config: publicConfig(next) }),
    ]);
    return next;
  }

  sync(lastSeq: number | undefined, day: string | undefined): SyncResult {
    const first = this.todayEvents[0]?.seq;
    if (lastSeq !== undefined && day === this.state.day && lastSeq <= this.seq) {
      if (lastSeq === this.seq) return { mode: 'events', events: [], seq: this.seq };
      if (first !== undefined && lastSeq >= first - 1) {
        return { mode: 'events', events: this.todayEvents.filter((e) => e.seq > lastSeq), seq: this.seq };
      }
    }
    return { mode: 'snapshot', snapshot: snapshotOf(this.state, this.seq), config: this.publicConfig };
  }
}
