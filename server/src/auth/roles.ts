// Who may run which command. A kiosk only issues tickets; a display only watches;
// staff work counters (and issue tickets for walk-ins).
import type { Actor, CommandType, Role } from '@desk/common';
import type { Principal } from './auth';

export function mayRun(principal: Principal, type: CommandType): boolean {
  if (principal.kind === 'device') return principal.device.kind === 'kiosk' && type === 'ticket.issue';
  return principal.user.active;
}

export function hasRole(principal: Principal | undefined, roles: readonly Role[]): boolean {
  return principal?.kind === 'staff' && principal.user.active && roles.includes(principal.user.role);
}

export function actorOf(principal: Principal): Actor & { name?: string } {
  if (principal.kind === 'device') return { kind: 'device', id: principal.device.id, role: principal.device.kind };
  return { kind: 'staff', id: principal.user.id, role: principal.user.role, name: principal.user.displayName };
}
