// The two small forms of the counter screen: a reason (out-of-turn call, pause)
// and a transfer. Pure: they turn what the clerk chose into a command, or a problem.
import type { CommandInput, TransferPosition } from '@desk/common';
import { checked, type Checked } from './problems';

export const REASON_MIN = 2;
export const REASON_MAX = 200;

/** A reason that must be given (out-of-turn call): 2–200 characters after trimming. */
export function checkRequiredReason(text: string): Checked<string, 'reason'> {
  const reason = text.trim();
  if (reason.length < REASON_MIN) return { ok: false, problems: { reason: { key: 'form.reasonShort', params: { min: REASON_MIN } } } };
  if (reason.length > REASON_MAX) return { ok: false, problems: { reason: { key: 'form.tooLong', params: { max: REASON_MAX } } } };
  return { ok: true, value: reason };
}

/** An optional reason (pause): empty is fine, too long is not. */
export function checkOptionalReason(text: string): Checked<string | undefined, 'reason'> {
  const reason = text.trim();
  if (reason.length > REASON_MAX) return { ok: false, problems: { reason: { key: 'form.tooLong', params: { max: REASON_MAX } } } };
  return { ok: true, value: reason || undefined };
}

export interface TransferDraft {
  to: 'service' | 'counter';
  serviceId: string;
  counterId: string;
  position: TransferPosition;
}

export type TransferCommand = Extract<CommandInput, { type: 'ticket.transfer' }>;

/** The transfer command for the ticket at `fromCounterId`, once a target is chosen. */
export function buildTransfer(
  draft: TransferDraft,
  fromCounterId: string,
): Checked<TransferCommand, 'serviceId' | 'counterId'> {
  if (draft.to === 'service') {
    return checked(draft.serviceId ? {} : { serviceId: { key: 'form.chooseService' } }, () => ({
      type: 'ticket.transfer' as const,
      counterId: fromCounterId,
      toServiceId: draft.serviceId,
      position: draft.position,
    }));
  }
  const problem = !draft.counterId
    ? { key: 'form.chooseCounter' as const }
    : draft.counterId === fromCounterId
      ? { key: 'form.sameCounter' as const }
      : undefined;
  return checked(problem ? { counterId: problem } : {}, () => ({
    type: 'ticket.transfer' as const,
    counterId: fromCounterId,
    toCounterId: draft.counterId,
    position: draft.position,
  }));
}
