// One file of the case, opened with the case's keys (see openCaseDocument).
import { useState } from 'react';
import { useI18n } from '@desk/ui';
import { openCaseDocument, type TrackKeys } from '../edesk/api';
import { Icon } from '../parts/Icon';

export function DocumentButton(props: { keys: TrackKeys; id: string; name: string }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function open() {
    setBusy(true);
    const problem = await openCaseDocument(props.keys, props.id, props.name, lang);
    setBusy(false);
    setError(problem?.message);
  }
  return (
    <>
      <button type="button" className="portal-button portal-button-file" onClick={() => void open()} disabled={busy} data-testid={`document-${props.id}`}>
        <Icon name="file" />
        <span dir="auto">{props.name}</span>
        <span className="portal-visually-hidden"> — {t('document.open')}</span>
      </button>
      {error && (
        <span className="portal-field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
