// The workflow as the client follows it: every step of the service with its unit and
// agreed time; done steps with when they started and finished, the current one with
// its due date and time left (late in red), and which comes next.
import { caseStepRows, formatAgreedTime, formatNumber, type Case } from '@desk/common';
import { useI18n } from '@desk/ui';
import { pick, shortDateTimeText, unitName } from '../edesk/format';
import type { CatalogueService } from '../edesk/types';
import type { OfficeData } from '../edesk/useOffice';
import { Due } from './Due';

export function Steps(props: { data: OfficeData; service: CatalogueService | undefined; case: Case }) {
  const { t, lang } = useI18n();
  const c = props.case;
  const when = (at: string) => shortDateTimeText(at, lang);
  // the catalogue's workflow (names, agreed times); the case's own records for what happened
  const rows = caseStepRows(c, props.service?.workflow.steps ?? []).map(({ index, ...row }) => ({ i: index, ...row }));

  return (
    <ol className="portal-timeline portal-case-steps" data-testid="case-steps">
      {rows.map(({ i, record, step, state }) => (
        <li key={i} className={`portal-timeline-step portal-step-${state}`} data-testid={`case-step-${i}`} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
          <span className="portal-timeline-mark" aria-hidden="true">
            {state === 'done' ? '✓' : state === 'rejected' ? '✕' : formatNumber(i + 1, lang)}
          </span>
          <div>
            <p className="portal-step-title">
              {step ? pick(lang, step.title, step.titleEn) : t('track.step', { n: formatNumber(i + 1, lang) })}
              <span className={`portal-tag portal-tag-${state}`}>{t(`track.stepState.${state}`)}</span>
            </p>
            <p className="portal-muted">
              {t('package.stepUnit', { unit: unitName(props.data.catalogue, record?.unitId ?? step?.unitId ?? '', lang) })}
              {step && <> · {t('package.stepTime', { time: formatAgreedTime(step.time, lang) })}</>}
            </p>
            {record && state !== 'next' && state !== 'later' && (
              <p className="portal-step-dates">
                {t('track.started', { at: when(record.startedAt) })}
                {record.finishedAt && (state === 'done' || state === 'rejected') && <> · {t('track.finished', { at: when(record.finishedAt) })}</>}
              </p>
            )}
            {record && state === 'current' && (
              <p className="portal-step-dates">
                {t('track.dueAt', { at: when(record.dueAt) })} — <Due dueAt={record.dueAt} paused={c.status === 'waitingClient'} testId="current-step-due" />
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
