// Where a refused command's Persian message shows.
import { useT } from './i18n';

export function CommandError(props: { message: string | null; onDismiss?: () => void }) {
  const { t } = useT();
  if (!props.message) return null;
  return (
    <div className="command-error" role="alert" data-testid="command-error">
      <span>{props.message}</span>
      {props.onDismiss && (
        <button type="button" className="btn btn-quiet" onClick={props.onDismiss} aria-label={t('app.dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}
