// The spoken sentence as a caption, and the announcer's state for the tests.
import { ticketLabel, type Call } from '@desk/common';
import { spokenCallText } from '@desk/common/voice';
import type { AnnouncerState } from './announcer';
import { useT } from './i18n';

function caption(call: Call, counterText: string): string {
  try {
    return spokenCallText(call);
  } catch {
    // a number the voice cannot speak: still tell people where to go
    return `${ticketLabel(call)} ← ${counterText}`;
  }
}

export function AnnouncerCaption(props: { state: AnnouncerState }) {
  const { t } = useT();
  const { status, current, queue } = props.state;
  const call = status === 'announcing' ? current : null;
  return (
    <div
      className={`announcer${call ? ' announcer-on' : ''}`}
      data-testid="announcer"
      data-state={status}
      data-call={current?.id ?? ''}
      data-queue={queue}
      role="status"
      aria-live="polite"
      aria-label={t('display.announcing')}
    >
      {call && (
        <p className="announcer-caption" lang="fa" dir="rtl">
          {caption(call, t('display.counter', { n: call.counterNumber }))}
        </p>
      )}
    </div>
  );
}
