// Journal histories made through the real queue engine at chosen instants, written by
// the real Journal into a data folder: what the report tests (and a bench) read back.
// Every event is exactly what the office server would journal for those commands.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command, CommandInput, PriorityKind, PublicConfig, Ticket, TransferPosition } from '@desk/common';
import { demoCounters, demoDepartments, demoHours, demoOffice, demoQueueSettings, demoServices } from '../catalogue/demo';
import { handleCommand, type EngineContext } from '../queue/engine';
import { emptyState, type QueueState } from '../queue/state';
import { Journal, type JournalRecord } from '../storage/journal';
import type { StoredConfig } from '../storage/store';

export interface ScenarioClerk {
  id: string;
  displayName: string;
}

/** The demo office (38 services, counters c1–c6) with these clerks, as office.json holds it. */
export function scenarioConfig(clerks: ScenarioClerk[]): StoredConfig {
  const services = demoServices();
  return {
    version: 1,
    office: demoOffice,
    departments: demoDepartments(),
    services,
    counters: demoCounters(services),
    hours: demoHours,
    queue: { ...demoQueueSettings, recallsBeforeNoShow: 0 },
    staff: clerks.map((c) => ({ id: c.id, username: c.id, displayName: c.displayName, role: 'clerk' as const, active: true, passwordHash: 'x' })),
    devices: [],
  };
}

export class Scenario {
  private readonly state: QueueState = emptyState('', 20);
  private readonly journal: Journal;
  private now = 0;
  private seq = 0;
  private serial = 0;
  private readonly names = new Map<string, string>();
  readonly publicConfig: PublicConfig;

  private constructor(
    readonly dataDir: string,
    readonly config: StoredConfig,
  ) {
    this.journal = new Journal(join(dataDir, 'journal'));
    const { staff, devices: _d, ...pub } = config;
    this.publicConfig = pub;
    for (const s of staff) this.names.set(s.id, s.displayName);
  }

  static async create(dataDir: string, clerks: ScenarioClerk[]): Promise<Scenario> {
    const config = scenarioConfig(clerks);
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'office.json'), JSON.stringify(config));
    const s = new Scenario(dataDir, config);
    await s.journal.init();
    return s;
  }

  /** Set the clock (an ISO instant). */
  at(iso: string): this {
    this.now = Date.parse(iso);
    return this;
  }

  /** Move the clock on. */
  after(minutes: number, seconds = 0): this {
    this.now += (minutes * 60 + seconds) * 1000;
    return this;
  }

  get clock(): string {
    return new Date(this.now).toISOString();
  }

  private async run(cmd: CommandInput, actor: EngineContext['actor']): Promise<Record<string, unknown>> {
    const commandId = `cmd-${++this.serial}-scenario`;
    const d = handleCommand(this.state, { ...cmd, commandId } as Command, {
      now: this.clock,
      newId: () => `id-${++this.serial}`,
      actor,
      config: this.publicConfig,
      commandId,
    });
    const events = [...d.dayEvents, ...(d.ok ? d.events : [])];
    const records: JournalRecord[] = events.map((e, i) => ({ ...e, seq: ++this.seq, ...(d.ok && i === events.length - 1 && e.commandId ? { answer: d.answer } : {}) }));
    if (records.length) await this.journal.append(records);
    if (!d.ok) throw new Error(`refused ${cmd.type}: ${d.code}`);
    return d.answer;
  }

  private clerk(id: string): EngineContext['actor'] {
    return { kind: 'staff', id, role: 'clerk', name: this.names.get(id) ?? id };
  }

  async issue(serviceId: string, priority?: PriorityKind): Promise<Ticket> {
    const a = await this.run({ type: 'ticket.issue', serviceId, ...(priority ? { priority } : {}) }, { kind: 'device', id: 'kiosk-1', role: 'kiosk' });
    return a.ticket as Ticket;
  }

  async open(counterId: string, clerkId: string): Promise<void> {
    await this.run({ type: 'counter.open', counterId }, this.clerk(clerkId));
  }

  async close(counterId: string, clerkId: string): Promise<void> {
    await this.run({ type: 'counter.close', counterId }, this.clerk(clerkId));
  }

  /** Call the next ticket (closing the counter's current one as served). */
  async callNext(counterId: string, clerkId: string): Promise<Ticket | null> {
    return (await this.run({ type: 'ticket.callNext', counterId }, this.clerk(clerkId))).ticket as Ticket | null;
  }

  async start(counterId: string, clerkId: string): Promise<Ticket> {
    return (await this.run({ type: 'ticket.start', counterId }, this.clerk(clerkId))).ticket as Ticket;
  }

  async finish(counterId: string, clerkId: string): Promise<Ticket> {
    return (await this.run({ type: 'ticket.finish', counterId }, this.clerk(clerkId))).ticket as Ticket;
  }

  async recall(counterId: string, clerkId: string): Promise<Ticket> {
    return (await this.run({ type: 'ticket.recall', counterId }, this.clerk(clerkId))).ticket as Ticket;
  }

  async noShow(counterId: string, clerkId: string): Promise<Ticket> {
    return (await this.run({ type: 'ticket.noShow', counterId }, this.clerk(clerkId))).ticket as Ticket;
  }

  async transfer(counterId: string, clerkId: string, to: { toServiceId?: string; toCounterId?: string }, position: TransferPosition = 'original'): Promise<Ticket> {
    return (await this.run({ type: 'ticket.transfer', counterId, position, ...to }, this.clerk(clerkId))).ticket as Ticket;
  }

  /** Write a line the queue did not make (a case event, a corrupt line…) into a day's file of a journal folder. */
  async appendRaw(folder: string, day: string, lines: string[]): Promise<void> {
    const dir = join(this.dataDir, folder);
    await mkdir(dir, { recursive: true });
    await appendFile(join(dir, `${day}.jsonl`), lines.map((l) => `${l}\n`).join(''));
  }

  async end(): Promise<void> {
    await this.journal.close();
  }
}
