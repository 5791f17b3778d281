// «انصراف از درخواست»: folded away at the bottom, with a confirmation, because it
// cannot be undone.
import { useState } from 'react';
import type { Case } from '@desk/common';
import { useI18n } from '@desk/ui';
import type { TrackKeys } from '../edesk/api';
import { Field } from '../parts/Field';
import { Problem } from '../parts/Page';
import { useCaseCommand } from './useCaseCommand';

export function Withdraw(props: { keys: TrackKeys; onCase: (c: Case) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const command = useCaseCommand(props.keys, props.onCase);
  return (
    <details className="portal-card portal-withdraw portal-noprint">
      <summary>{t('withdraw.title')}</summary>
      <p>{t('withdraw.explain')}</p>
      <Field label={t('withdraw.reason')} required={false}>
        {(ids) => <textarea id={ids.id} className="portal-input portal-textarea" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={ids.describedBy} />}
      </Field>
      <label className="portal-check">
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
        <span>{t('withdraw.sure')}</span>
      </label>
      {command.error && <Problem message={command.error.message} />}
      <button
        type="button"
        className="portal-button portal-button-danger"
        disabled={!sure || command.busy}
        onClick={() => void command.run({ type: 'case.withdraw', ...(reason.trim() ? { reason: reason.trim() } : {}) })}
      >
        {t('withdraw.confirm')}
      </button>
    </details>
  );
}
