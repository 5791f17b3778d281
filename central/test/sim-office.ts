// A simulated office for the sync tests: the real Office (engine, journal with group
// commit + fdatasync) on a temp data folder, worked by six clerks and a kiosk, with
// the real sync client started the way the office server starts it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Command, CommandInput, Ticket } from '@desk/common';
import { Office } from '../../server/src/office';
import { FileOfficeStore, type StoredConfig } from '../../server/src/storage/store';
import type { Principal } from '../../server/src/auth/auth';
import { demoCounters, demoDepartments, demoHours, demoQueueSettings, demoServices } from '../../server/src/catalogue/demo';
import { startOfficeSync, type OfficeSyncConfig, type SyncClient } from '../../server/src/sync/index';

export function simConfig(officeId: string): StoredConfig {
  const services = demoServices();
  const counters = demoCounters(services);
  return {
    version: 1,
    office: { id: officeId, name: `ادارهٔ ${officeId}` },
    departments: demoDepartments(),
    services,
    counters,
    hours: demoHours,
    queue: demoQueueSettings,
    staff: counters.map((c, i) => ({ id: `clerk-${i + 1}`, username: `clerk${i + 1}`, displayName: `کارشناس ${i + 1}`, role: 'clerk' as const, active: true, passwordHash: 'x' })),
    devices: [],
  };
}

const kiosk: Principal = { kind: 'device', id: 'kiosk-1', device: { id: 'kiosk-1', kind: 'kiosk', name: 'کیوسک', paired: true, createdAt: '' } };

interface Clerk {
  principal: Principal;
  counterId: string;
  current: { phase: 'called' | 'serving'; recalls: number } | null;
}

export interface OfficeFigures {
  issued: number;
  waiting: number;
  called: number;
  serving: number;
  served: number;
  noShow: number;
}

export class SimOffice {
  sync: SyncClient | null = null;
  private clerks: Clerk[] = [];
  private constructor(
    readonly id: string,
    readonly dir: string,
    readonly store: FileOfficeStore,
    readonly office: Office,
    private rand: () => number,
  ) {}

  static async open(id: string, seed: number): Promise<SimOffice> {
    const dir = await mkdtemp(join(tmpdir(), `desk-sim-${id}-`));
    const store = await FileOfficeStore.open(dir);
    const config = simConfig(id);
    await store.saveConfig(config);
    const office = await Office.open(store, config);
    let a = seed >>> 0;
    const rand = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const sim = new SimOffice(id, dir, store, office, rand);
    sim.clerks = config.counters.map((c, i) => ({
      principal: { kind: 'staff', id: config.staff[i]!.id, user: config.staff[i]! },
      counterId: c.id,
      current: null,
    }));
    for (const c of sim.clerks) await sim.run({ type: 'counter.open', counterId: c.counterId }, c.principal);
    return sim;
  }

  async startSync(config: Omit<OfficeSyncConfig, 'officeId'>): Promise<SyncClient> {
    // as the server would after a restart: a fresh client reading the same folder
    this.sync = await startOfficeSync(this.office, this.dir, { ...config, officeId: this.id });
    return this.sync!;
  }

  async stopSync(): Promise<void> {
    await this.sync?.stop();
    this.sync = null;
  }

  async run(cmd: CommandInput, principal: Principal): Promise<{ ok: boolean; ticket?: Ticket | null }> {
    return (await this.office.execute({ ...cmd, commandId: randomUUID() } as Command, principal)) as { ok: boolean; ticket?: Ticket | null };
  }

  /** One thing happening in the lobby: a ticket taken, or a clerk moving on. */
  async step(): Promise<void> {
    if (this.rand() < 0.45) {
      const services = this.office.config.services;
      const s = services[Math.floor(this.rand() * services.length)]!;
      await this.run({ type: 'ticket.issue', serviceId: s.id }, kiosk);
      return;
    }
    const c = this.clerks[Math.floor(this.rand() * this.clerks.length)]!;
    if (!c.current) {
      const a = await this.run({ type: 'ticket.callNext', counterId: c.counterId }, c.principal);
      if (a.ok && a.ticket) c.current = { phase: 'called', recalls: 0 };
    } else if (c.current.phase === 'called') {
      const r = this.rand();
      if (r < 0.15 && c.current.recalls < 2) {
        if ((await this.run({ type: 'ticket.recall', counterId: c.counterId }, c.principal)).ok) c.current.recalls++;
      } else if (c.current.recalls >= 2 && r < 0.6) {
        if ((await this.run({ type: 'ticket.noShow', counterId: c.counterId }, c.principal)).ok) c.current = null;
      } else if ((await this.run({ type: 'ticket.start', counterId: c.counterId }, c.principal)).ok) {
        c.current.phase = 'serving';
      }
    } else if ((await this.run({ type: 'ticket.finish', counterId: c.counterId }, c.principal)).ok) {
      c.current = null;
    }
  }

  /** The office's own figures for today, from its own state. */
  figures(): OfficeFigures {
    const f: OfficeFigures = { issued: 0, waiting: 0, called: 0, serving: 0, served: 0, noShow: 0 };
    for (const t of this.office.state.tickets.values()) {
      f.issued++;
      if (t.status === 'waiting') f.waiting++;
      else if (t.status === 'called') f.called++;
      else if (t.status === 'serving') f.serving++;
      else if (t.status === 'done') f.served++;
      else if (t.status === 'noShow') f.noShow++;
    }
    return f;
  }

  async close(): Promise<void> {
    await this.stopSync();
    await this.store.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}
