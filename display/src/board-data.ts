// What the board shows, derived from the live view. Pure, so it is tested without a browser.
import { waitingCountByService, type Call, type Department, type Lang, type PublicConfig, type Service, type Ticket } from '@desk/common';

/** Below this many active services the board lists them all, even with nobody waiting. */
export const SHOW_ALL_SERVICES_UP_TO = 8;

/** Persian name, or the English one when the screen is in English and it has one. */
export function localName(item: { name: string; nameEn?: string }, lang: Lang): string {
  return lang === 'en' && item.nameEn ? item.nameEn : item.name;
}

/**
 * The calls under the big one: newest first, one line per ticket (a recall
 * replaces the earlier line), without the ticket shown large and without calls
 * still waiting for their turn to be spoken (they appear once announced).
 */
export function previousCalls(
  recentCalls: readonly Call[],
  current: Call | null,
  limit: number,
  upcoming: readonly string[] = [],
): Call[] {
  const seenTickets = new Set<string>(current ? [current.ticketId] : []);
  const notYet = new Set(upcoming);
  const out: Call[] = [];
  for (const call of recentCalls) {
    if (out.length >= limit) break;
    if (notYet.has(call.id)) continue;
    if (seenTickets.has(call.ticketId)) continue;
    seenTickets.add(call.ticketId);
    out.push(call);
  }
  return out;
}

export interface WaitingLine {
  service: Service;
  count: number;
}

export interface WaitingGroup {
  /** null: services whose department is not in the configuration. */
  department: Department | null;
  lines: WaitingLine[];
}

/**
 * Waiting counts grouped by department, in configuration order. With few active
 * services every one is listed; otherwise only those with someone waiting.
 */
export function waitingGroups(
  config: Pick<PublicConfig, 'departments' | 'services'>,
  tickets: Iterable<Ticket>,
  showAllUpTo = SHOW_ALL_SERVICES_UP_TO,
): WaitingGroup[] {
  const counts = waitingCountByService(tickets);
  const active = config.services.filter((s) => s.active);
  const showAll = active.length <= showAllUpTo;
  const lines = active
    .map((service) => ({ service, count: counts.get(service.id) ?? 0 }))
    .filter((line) => showAll || line.count > 0);
  const groups: WaitingGroup[] = [];
  for (const department of config.departments) {
    const own = lines.filter((l) => l.service.departmentId === department.id);
    if (own.length > 0) groups.push({ department, lines: own });
  }
  const known = new Set(config.departments.map((d) => d.id));
  const orphans = lines.filter((l) => !known.has(l.service.departmentId));
  if (orphans.length > 0) groups.push({ department: null, lines: orphans });
  return groups;
}

/** Keep at most `maxLines` lines across groups; returns the kept groups and how many were left out. */
export function limitLines(groups: readonly WaitingGroup[], maxLines: number): { groups: WaitingGroup[]; hidden: number } {
  let room = maxLines;
  let hidden = 0;
  const kept: WaitingGroup[] = [];
  for (const group of groups) {
    const lines = group.lines.slice(0, Math.max(0, room));
    hidden += group.lines.length - lines.length;
    room -= lines.length;
    if (lines.length > 0) kept.push({ ...group, lines });
  }
  return { groups: kept, hidden };
}
