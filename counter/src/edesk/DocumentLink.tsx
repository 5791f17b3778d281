// Opening a stored document: fetched with the bearer header (a plain link cannot carry
// it) and shown from an object URL in a new tab.
import { useState } from 'react';
import type { CaseDocument } from '@desk/common';
import { useT } from '../i18n';
import type { EdeskApi } from './api';
import { fileSize } from './format';

export function DocumentLink(props: { edesk: EdeskApi; document: Pick<CaseDocument, 'id' | 'name' | 'size'> }) {
  const { t, lang } = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function open() {
    setError(null);
    setBusy(true);
    // opened now, inside the click, so the browser does not take it for a pop-up
    const tab = window.open('', '_blank');
    const r = await props.edesk.document(props.document.id);
    setBusy(false);
    if (!r.ok) {
      tab?.close();
      return setError(r.error.message);
    }
    const url = URL.createObjectURL(r.data);
    if (tab) tab.location.href = url;
    else {
      const a = document.createElement('a');
      a.href = url;
      a.download = props.document.name;
      a.click();
    }
    setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
  }

  return (
    <span className="edesk-doc">
      <button type="button" className="btn btn-small btn-quiet edesk-doc-open" disabled={busy} onClick={() => void open()} data-testid={`doc-${props.document.id}`}>
        {props.document.name}
      </button>
      <small className="muted num">{fileSize(props.document.size, lang)}</small>
      {error && (
        <small className="field-problem" role="alert">
          {t('edesk.doc.failed', { message: error })}
        </small>
      )}
    </span>
  );
}
