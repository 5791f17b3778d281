// What every action dialog of a case is given, and the small rules they share.
import type { Case, InquiryDefinition } from '@desk/common';
import type { EdeskApi, EdeskCatalogue, EdeskService } from './api';
import type { CaseCommands } from './hooks';

export type ActionDialog =
  | { kind: 'complete' }
  | { kind: 'reject' }
  | { kind: 'return' }
  | { kind: 'sendInquiry'; inquiry: InquiryDefinition }
  | { kind: 'answerInquiry'; recordId: string; title: string }
  | { kind: 'requestInfo' }
  | { kind: 'appointment' }
  | { kind: 'checkIn'; appointmentId: string }
  | { kind: 'response' }
  | { kind: 'answerInfo'; requestId: string }
  | { kind: 'acknowledge' };

export interface DialogProps {
  dialog: ActionDialog;
  c: Case;
  def?: EdeskService;
  catalogue?: EdeskCatalogue;
  edesk: EdeskApi;
  commands: CaseCommands;
  /** The ticket in front of this clerk at their counter, for a check-in. */
  currentTicket?: { id: string; label: string };
  onClose: () => void;
  /** After a success, with the notice to show. */
  onDone: (notice: string) => void;
}

/** Reasons, requests and responses: the server's shortest accepted text (CaseCommandSchema). */
export const MIN_TEXT = 2;

/** Closing forgets the last refusal, so the next dialog starts clean. */
export function useClose(props: DialogProps): () => void {
  return () => {
    props.commands.clearError();
    props.onClose();
  };
}
