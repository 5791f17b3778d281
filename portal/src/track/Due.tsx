// How far a due date is, in words: «امروز تا ساعت ۱۴:۰۰», «فردا», «۳ روز دیگر», or
// how late, highlighted.
import { formatNumber, formatTime } from '@desk/common';
import { useI18n, useNow } from '@desk/ui';
import { daysUntil } from '../edesk/format';

export function Due(props: { dueAt: string; paused?: boolean; testId?: string }) {
  const { t, lang } = useI18n();
  const now = useNow(60_000);
  if (props.paused) return <span className="portal-due portal-due-paused">{t('due.paused')}</span>;
  const overdue = Date.parse(props.dueAt) < now;
  const days = daysUntil(props.dueAt, now);
  let text: string;
  if (overdue) text = days < 0 ? t('due.lateDays', { count: formatNumber(-days, lang) }) : t('due.lateToday');
  else if (days === 0) text = t('due.today', { time: formatTime(props.dueAt, lang) });
  else if (days === 1) text = t('due.tomorrow');
  else text = t('due.inDays', { count: formatNumber(days, lang) });
  return (
    <span className={`portal-due${overdue ? ' portal-due-late' : ''}`} data-testid={props.testId} data-overdue={overdue}>
      {text}
    </span>
  );
}
