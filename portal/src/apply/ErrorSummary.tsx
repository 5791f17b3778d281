// What is wrong, listed at the top of a step and read out at once; each line jumps
// to its field. Lines disappear as the fields are put right.
import { useI18n } from '@desk/ui';

export function ErrorSummary(props: { problem?: string | undefined; links: { id: string; message: string }[] }) {
  const { t } = useI18n();
  if (!props.problem && props.links.length === 0) return <div id="form-errors" tabIndex={-1} />;
  return (
    <div id="form-errors" className="portal-problem portal-error-summary" tabIndex={-1} role="alert" data-testid="form-errors">
      <p className="portal-error-summary-title">{props.problem ?? t('form.fixThese')}</p>
      {props.links.length > 0 && (
        <ul>
          {props.links.map((l) => (
            <li key={l.id}>
              <a
                href={`#${l.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  const el = document.getElementById(l.id);
                  el?.scrollIntoView({ block: 'center' });
                  el?.focus({ preventScroll: true });
                }}
              >
                {l.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
