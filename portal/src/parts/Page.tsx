// Pieces every portal page uses: its title (announced and focused after a move, so a
// screen reader starts at the top), a waiting line, and an error a person can act on.
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '@desk/ui';

let firstTitle = true;

export function PageTitle(props: { children: ReactNode; text: string; className?: string; id?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.text} — ${t('app.title')}`;
  }, [props.text, t]);
  useEffect(() => {
    if (firstTitle) firstTitle = false;
    else ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} id={props.id} tabIndex={-1} className={props.className}>
      {props.children}
    </h1>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="portal-loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** An error in a box: the message (Persian from the server), and «دوباره» when it can help. */
export function Problem(props: { message: string; onRetry?: () => void; testId?: string }) {
  const { t } = useI18n();
  return (
    <div className="portal-problem" role="alert" data-testid={props.testId}>
      <p>{props.message}</p>
      {props.onRetry && (
        <button type="button" className="portal-button portal-button-secondary" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
