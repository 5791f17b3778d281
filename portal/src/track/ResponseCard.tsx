// The response (پاسخ خدمت, table 4): the outcome in words, the office's text, its
// files; «پاسخ را دریافت کردم» records that the client has it.
import { responseOutcomeLabel, type Case, type CaseResponse } from '@desk/common';
import { useI18n } from '@desk/ui';
import type { TrackKeys } from '../edesk/api';
import { dateTimeText } from '../edesk/format';
import { Problem } from '../parts/Page';
import { DocumentButton } from './DocumentButton';
import { useCaseCommand } from './useCaseCommand';

export function ResponseCard(props: { keys: TrackKeys; case: Case; response: CaseResponse; onCase: (c: Case) => void }) {
  const { t, lang } = useI18n();
  const r = props.response;
  const command = useCaseCommand(props.keys, props.onCase);
  const files = r.documentIds.map((id) => props.case.documents.find((d) => d.id === id) ?? { id, name: id });
  return (
    <section className={`portal-card portal-response portal-outcome-${r.outcome}`} aria-labelledby="response-title" data-testid="response">
      <h2 id="response-title">{t('response.title')}</h2>
      <p className="portal-outcome" data-testid="response-outcome">
        {t('response.outcome')}: <strong>{responseOutcomeLabel(r.outcome, lang)}</strong>
      </p>
      <p className="portal-muted">{t('response.issuedAt', { at: dateTimeText(r.issuedAt, lang) })}</p>
      <div className="portal-response-text" data-testid="response-text">
        {r.text}
      </div>
      {files.length > 0 && (
        <ul className="portal-plain-list" data-testid="response-documents">
          {files.map((f) => (
            <li key={f.id}>
              <DocumentButton keys={props.keys} id={f.id} name={f.name} />
            </li>
          ))}
        </ul>
      )}
      {r.acknowledgedAt ? (
        <p className="portal-ok" data-testid="response-acknowledged">
          {t('response.acknowledged', { at: dateTimeText(r.acknowledgedAt, lang) })}
        </p>
      ) : (
        <>
          <p className="portal-notice">{t('response.askAcknowledge')}</p>
          {command.error && <Problem message={command.error.message} />}
          <button
            type="button"
            className="portal-button portal-button-primary portal-button-big"
            onClick={() => void command.run({ type: 'response.acknowledge' })}
            disabled={command.busy}
            data-testid="acknowledge"
          >
            {command.busy ? t('common.wait') : t('response.acknowledge')}
          </button>
        </>
      )}
    </section>
  );
}
