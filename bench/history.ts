// A year of office history on disk, written the way the server writes its journal:
// one `<dataDir>/journal/YYYY-MM-DD.jsonl` per past office day (Saturday–Thursday,
// never today in Asia/Tehran), one JSON event per line, `seq` increasing across files.
// Each ticket gets ticket.issued (kiosk) → ticket.called → ticket.finished (clerk), with
// the command's answer on the record like Office#run stores it; each day starts with
// day.started and six counter.opened events. Counters serve one ticket at a time, so
// the day is plausible, but it is generated, not replayed through the engine.
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { officeDay, type Call, type CounterState, type Ticket } from '@desk/common';
import type { JournalRecord } from '../server/src/storage/journal';
import { demoServices } from '../server/src/catalogue/demo';

export interface HistoryInfo {
  days: number;
  firstDay: string;
  lastDay: string;
  tickets: number;
  events: number;
  bytes: number;
  lastSeq: number;
  seconds: number;
}

/** A small deterministic PRNG (mulberry32) so every run writes the same shape of history. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The `count` most recent Tehran office days before today, oldest first, skipping Fridays. */
export function pastOfficeDays(count: number, now = new Date()): string[] {
  const today = officeDay(now);
  const out: string[] = [];
  const cursor = new Date(`${today}T12:00:00Z`);
  while (out.length < count) {
    cursor.setUTCDate(cursor.getUTCDate() - 1);
    if (cursor.getUTCDay() === 5) continue; // Friday: closed
    out.push(cursor.toISOString().slice(0, 10));
  }
  return out.reverse();
}

/** Tehran is UTC+03:30 all year (no DST since 2022). */
const at = (day: string, minutesAfterMidnight: number): number => Date.parse(`${day}T00:00:00Z`) - 210 * 60_000 + minutesAfterMidnight * 60_000;

export async function writeYearHistory(dataDir: string, options: { days?: number; tickets?: number; seed?: number } = {}): Promise<HistoryInfo> {
  const started = performance.now();
  const dayCount = options.days ?? 250;
  const total = options.tickets ?? 500_000;
  const rand = prng(options.seed ?? 1404);
  const services = demoServices();
  const days = pastOfficeDays(dayCount);
  const dir = join(dataDir, 'journal');
  await mkdir(dir, { recursive: true });

  const kiosk = { kind: 'device' as const, id: randomUUID(), role: 'kiosk' as const };
  const counters = Array.from({ length: 6 }, (_, i) => ({
    counterId: `c${i + 1}`,
    number: i + 1,
    clerk: { kind: 'staff' as const, id: randomUUID(), role: 'clerk' as const },
    clerkName: `کارشناس باجهٔ ${i + 1}`,
  }));

  let seq = 0;
  let events = 0;
  let bytes = 0;
  let tickets = 0;
  for (let d = 0; d < days.length; d++) {
    const day = days[d]!;
    const perDay = Math.floor(total / dayCount) + (d < total % dayCount ? 1 : 0);
    const lines: string[] = [];
    const push = (r: Omit<JournalRecord, 'seq'>) => {
      seq++;
      lines.push(JSON.stringify({ ...r, seq }));
    };
    const iso = (ms: number) => new Date(ms).toISOString();
    const dayStart = at(day, 7 * 60);
    push({
      id: randomUUID(),
      type: 'day.started',
      at: iso(dayStart),
      day,
      actor: { kind: 'system', id: 'clock' },
      counters: counters.map((c) => ({ counterId: c.counterId, status: 'closed', normalsSincePriority: 0, since: iso(dayStart) })),
    });
    const openCounters = new Map<string, CounterState>();
    for (const c of counters) {
      const since = iso(at(day, 7 * 60 + 25) + c.number * 1000);
      const cs: CounterState = { counterId: c.counterId, status: 'open', clerkId: c.clerk.id, clerkName: c.clerkName, normalsSincePriority: 0, since };
      openCounters.set(c.counterId, cs);
      push({ id: randomUUID(), type: 'counter.opened', at: since, day, actor: c.clerk, commandId: randomUUID(), counter: cs, answer: { counter: cs } });
    }

    // Issue times spread over 07:30–14:00; each counter serves the earliest waiting ticket when free.
    const issueTimes = Array.from({ length: perDay }, () => at(day, 7 * 60 + 30) + Math.floor(rand() * 390 * 60_000)).sort((a, b) => a - b);
    const freeAt = counters.map(() => at(day, 7 * 60 + 30));
    const nextNumber = new Map<string, number>();
    type Timed = { t: number; n: number; record: Omit<JournalRecord, 'seq'> };
    const timed: Timed[] = [];
    let n = 0;
    let waitingAhead = 0;
    for (let i = 0; i < perDay; i++) {
      const service = services[Math.floor(rand() * services.length)]!;
      let number = nextNumber.get(service.id) ?? service.rangeStart;
      if (number > service.rangeEnd) number = service.rangeStart;
      nextNumber.set(service.id, number + 1);
      const issuedAt = issueTimes[i]!;
      const ticket: Ticket = {
        id: randomUUID(),
        day,
        order: i + 1,
        serviceId: service.id,
        prefix: service.prefix,
        number,
        channel: 'kiosk',
        status: 'waiting',
        issuedAt: iso(issuedAt),
        queueKey: issuedAt,
        recalls: 0,
        transfers: 0,
      };
      // the counter that frees first takes it
      let k = 0;
      for (let j = 1; j < freeAt.length; j++) if (freeAt[j]! < freeAt[k]!) k = j;
      const c = counters[k]!;
      const calledAt = Math.max(issuedAt + 5_000, freeAt[k]!);
      const servingSecs = 20 + Math.floor(rand() * 90);
      const finishedAt = calledAt + servingSecs * 1000;
      freeAt[k] = finishedAt + 2_000;
      waitingAhead = Math.max(0, Math.round((calledAt - issuedAt) / 60_000));

      const issueCmd = randomUUID();
      timed.push({
        t: issuedAt,
        n: n++,
        record: {
          id: randomUUID(),
          type: 'ticket.issued',
          at: iso(issuedAt),
          day,
          actor: kiosk,
          commandId: issueCmd,
          ticket,
          answer: { ticket, ahead: waitingAhead, waitMinutes: waitingAhead },
        },
      });
      const called: Ticket = { ...ticket, status: 'called', counterId: c.counterId, clerkId: c.clerk.id, calledAt: iso(calledAt) };
      const csCalled: CounterState = { ...openCounters.get(c.counterId)!, currentTicketId: ticket.id, normalsSincePriority: 0 };
      const call: Call = {
        id: randomUUID(),
        ticketId: ticket.id,
        prefix: ticket.prefix,
        number,
        serviceId: service.id,
        counterId: c.counterId,
        counterNumber: c.number,
        at: iso(calledAt),
        recall: false,
      };
      timed.push({
        t: calledAt,
        n: n++,
        record: {
          id: randomUUID(),
          type: 'ticket.called',
          at: iso(calledAt),
          day,
          actor: c.clerk,
          commandId: randomUUID(),
          ticket: called,
          counter: csCalled,
          call,
          answer: { ticket: called },
        },
      });
      const done: Ticket = { ...called, status: 'done', finishedAt: iso(finishedAt) };
      const { currentTicketId: _gone, ...csFree } = csCalled;
      timed.push({
        t: finishedAt,
        n: n++,
        record: {
          id: randomUUID(),
          type: 'ticket.finished',
          at: iso(finishedAt),
          day,
          actor: c.clerk,
          commandId: randomUUID(),
          ticket: done,
          counter: csFree,
          serviceSeconds: { serviceId: service.id, seconds: servingSecs },
          answer: { ticket: done },
        },
      });
    }
    timed.sort((a, b) => a.t - b.t || a.n - b.n);
    for (const e of timed) push(e.record);
    tickets += perDay;
    const text = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    events += lines.length;
    // on disk before the server starts, as a year of history would be: otherwise the kernel
    // is still writing these gigabytes back while the bench runs and every journal fsync waits
    const handle = await open(join(dir, `${day}.jsonl`), 'w');
    try {
      await handle.writeFile(text);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }
  const dirHandle = await open(dir, 'r');
  await dirHandle.sync();
  await dirHandle.close();
  return {
    days: days.length,
    firstDay: days[0]!,
    lastDay: days[days.length - 1]!,
    tickets,
    events,
    bytes,
    lastSeq: seq,
    seconds: (performance.now() - started) / 1000,
  };
}
