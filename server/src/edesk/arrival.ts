// A client arriving for an appointment at the desk (a 'visit' step): at a lobby kiosk
// they give the tracking code and national ID and get a queue ticket linked to the
// case, standing in the queue at the time booked; the case records the check-in with
// that ticket. The clerk who calls the ticket sees which request it is for.
import {
  caseMessage,
  formatJalaliDateWithWeekday,
  formatTime,
  officeDay,
  waitingAhead,
  type Appointment,
  type Case,
  type Ticket,
} from '@desk/common';
import type { Office } from '../office';
import type { Principal } from '../auth/auth';
import type { CaseDesk } from './desk';

export type ArrivalResult =
  | {
      ok: true;
      ticket: Ticket;
      ahead: number;
      waitMinutes: number | null;
      appointment: Pick<Appointment, 'at' | 'reason' | 'bring'>;
      /** True when this is the ticket of an earlier arrival (a repeated tap, a reprint). */
      again: boolean;
    }
  | { ok: false; status: number; error: { code: string; message: string } };

const refused = (status: number, code: Parameters<typeof caseMessage>[0], params?: Record<string, string | number>): ArrivalResult => ({
  ok: false,
  status,
  error: { code, message: caseMessage(code, params) },
});

const LIVE: ReadonlySet<Ticket['status']> = new Set(['waiting', 'called', 'serving']);

/**
 * The case was found with its tracking code and national ID, and `kiosk` is a paired
 * kiosk. Refusals change nothing; a repeated arrival gets the same ticket back.
 */
export async function arriveForAppointment(
  deps: { office: Office; desk: CaseDesk },
  c: Case,
  kiosk: Principal,
  commandId: string,
  now: string = new Date().toISOString(),
): Promise<ArrivalResult> {
  const { office, desk } = deps;
  const today = officeDay(now);

  // came again today with the ticket still live: the same ticket (e.g. to print it again)
  const attended = c.appointments.find((a) => a.status === 'attended' && a.ticketId && a.checkedInAt && officeDay(a.checkedInAt) === today);
  const earlier = attended?.ticketId ? office.state.tickets.get(attended.ticketId) : undefined;
  if (attended && earlier && LIVE.has(earlier.status)) {
    const ahead = waitingAhead(office.state.tickets.values(), earlier);
    return { ok: true, ticket: earlier, ahead, waitMinutes: null, appointment: pick(attended), again: true };
  }

  const scheduled = c.appointments.filter((a) => a.status === 'scheduled').sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (scheduled.length === 0) return refused(409, 'case.error.noAppointment');
  const appointment = scheduled.find((a) => officeDay(a.at) === today);
  if (!appointment) {
    const next = scheduled.find((a) => Date.parse(a.at) > Date.parse(now)) ?? scheduled[scheduled.length - 1]!;
    return refused(409, 'case.error.appointmentOtherDay', { when: `${formatJalaliDateWithWeekday(next.at)} ساعت ${formatTime(next.at)}` });
  }
  const service = office.config.services.find((s) => s.id === c.serviceId && s.active);
  if (!service) return refused(409, 'case.error.serviceNotQueued');

  const issued = await office.execute(
    { type: 'ticket.issue', commandId: `arrival-${commandId}`, serviceId: service.id, appointment: { caseId: c.id, at: appointment.at } },
    kiosk,
  );
  if (!issued.ok) return { ok: false, status: 409, error: issued.error };
  const { ticket, ahead, waitMinutes } = issued as unknown as { ticket: Ticket; ahead: number; waitMinutes: number | null };

  const checkedIn = await desk.execute(
    { type: 'appointment.checkIn', commandId: `arrival-${commandId}`, caseId: c.id, appointmentId: appointment.id, ticketId: ticket.id },
    { kind: 'client', via: 'kiosk', nationalId: c.client.nationalId },
  );
  // The ticket stands either way: a clerk who checked the client in meanwhile, or a
  // case closed a moment ago, must not leave the person in the lobby without one.
  if (!checkedIn.ok) console.warn(`arrival: ticket ${ticket.id} issued but the check-in of case ${c.id} was refused: ${checkedIn.error.code}`);
  return { ok: true, ticket, ahead, waitMinutes, appointment: pick(appointment), again: false };
}

function pick(a: Appointment): Pick<Appointment, 'at' | 'reason' | 'bring'> {
  return { at: a.at, reason: a.reason, bring: a.bring };
}
