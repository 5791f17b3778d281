// Which waiting ticket a counter calls next. The rules (docs/queue-rules.md):
// 1. tickets transferred to this very counter come first;
// 2. then the highest service weight at this counter that has anyone waiting;
// 3. inside it, priority interleaving: after `normalsPerPriority` normal calls a
//    waiting priority ticket goes first (and whenever no normal ticket waits);
// 4. then the longest wait (queue order).
import type { Counter, CounterState, Ticket } from './types';
import { byQueueOrder } from './queue-view';

/** Whether a waiting ticket is for this counter: sent to it, or of one of its services and not sent elsewhere. */
export function servesTicket(counter: Pick<Counter, 'id' | 'services'>, ticket: Ticket): boolean {
  if (ticket.targetCounterId) return ticket.targetCounterId === counter.id;
  return counter.services.some((s) => s.serviceId === ticket.serviceId);
}

export function hasPriority(t: Ticket): boolean {
  return t.priority !== undefined && t.priority.status !== 'rejected';
}

export function pickNext(
  tickets: Iterable<Ticket>,
  counter: Pick<Counter, 'id' | 'services'>,
  counterState: Pick<CounterState, 'normalsSincePriority'>,
  normalsPerPriority: number,
): Ticket | undefined {
  const weightOf = new Map(counter.services.map((s) => [s.serviceId, s.weight]));
  let bestWeight = -Infinity;
  let tier: Ticket[] = [];
  for (const t of tickets) {
    if (t.status !== 'waiting' || !servesTicket(counter, t)) continue;
    const w = t.targetCounterId ? Infinity : (weightOf.get(t.serviceId) ?? 0);
    if (w > bestWeight) {
      bestWeight = w;
      tier = [t];
    } else if (w === bestWeight) tier.push(t);
  }
  if (tier.length === 0) return undefined;
  tier.sort(byQueueOrder);
  const firstPriority = tier.find(hasPriority);
  const firstNormal = tier.find((t) => !hasPriority(t));
  if (firstPriority && (!firstNormal || counterState.normalsSincePriority >= normalsPerPriority)) return firstPriority;
  return firstNormal ?? firstPriority;
}

/**
 * The order in which this counter will call the tickets waiting now, if nothing
 * else arrives: what the clerk's queue list shows (pickNext applied again and again).
 */
export function callOrder(
  tickets: Iterable<Ticket>,
  counter: Pick<Counter, 'id' | 'services'>,
  normalsSincePriority: number,
  normalsPerPriority: number,
): Ticket[] {
  const remaining = [...tickets].filter((t) => t.status === 'waiting' && servesTicket(counter, t));
  const order: Ticket[] = [];
  let normals = normalsSincePriority;
  while (remaining.length > 0) {
    const next = pickNext(remaining, counter, { normalsSincePriority: normals }, normalsPerPriority);
    if (!next) break;
    order.push(next);
    remaining.splice(remaining.indexOf(next), 1);
    normals = hasPriority(next) ? 0 : normals + 1;
  }
  return order;
}

/** Where a transferred ticket lands in its new queue. */
export function transferQueueKey(
  position: 'front' | 'back' | 'original',
  ticket: Ticket,
  queue: Iterable<Ticket>,
  nowMs: number,
): number {
  if (position === 'back') return nowMs;
  if (position === 'original') return Date.parse(ticket.issuedAt);
  let min = Infinity;
  for (const t of queue) if (t.status === 'waiting' && t.id !== ticket.id && t.queueKey < min) min = t.queueKey;
  return Number.isFinite(min) ? min - 1 : nowMs;
}
