// The dialogs behind a case's actions. Each checks what the clerk typed, sends one
// command (one commandId per press) and closes on success; a refusal stays in the
// dialog in the server's Persian words.
import type { DialogProps } from './dialog-kit';
import { AcknowledgeDialog, CompleteDialog, ResponseDialog, ReturnDialog } from './StepDialogs';
import { AnswerInfoDialog, AnswerInquiryDialog, AppointmentDialog, CheckInDialog, RequestInfoDialog, SendInquiryDialog } from './ExchangeDialogs';

export type { ActionDialog, DialogProps } from './dialog-kit';

export function CaseActionDialog(props: DialogProps) {
  switch (props.dialog.kind) {
    case 'complete':
    case 'reject':
      return <CompleteDialog {...props} reject={props.dialog.kind === 'reject'} />;
    case 'return':
      return <ReturnDialog {...props} />;
    case 'sendInquiry':
      return <SendInquiryDialog {...props} inquiry={props.dialog.inquiry} />;
    case 'answerInquiry':
      return <AnswerInquiryDialog {...props} recordId={props.dialog.recordId} title={props.dialog.title} />;
    case 'requestInfo':
      return <RequestInfoDialog {...props} />;
    case 'appointment':
      return <AppointmentDialog {...props} />;
    case 'checkIn':
      return <CheckInDialog {...props} appointmentId={props.dialog.appointmentId} />;
    case 'response':
      return <ResponseDialog {...props} />;
    case 'answerInfo':
      return <AnswerInfoDialog {...props} requestId={props.dialog.requestId} />;
    case 'acknowledge':
      return <AcknowledgeDialog {...props} />;
  }
}
