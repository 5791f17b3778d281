// The «میز خدمت» tab: my inbox, finding a case by its tracking code, and registering
// a client's request at the desk. Works over HTTP, so it does not wait for the queue's link.
import { useEffect, useState, type FormEvent } from 'react';
import { parseTrackingCode, ticketLabel, type Case, type QueueView, type StaffUser } from '@desk/common';
import { currentTicket, myCounterState } from '../desk-state';
import { localDigits, serviceName, useT } from '../i18n';
import { CommandError } from '../CommandError';
import { useCatalogue, useEdeskApi, useInbox } from './hooks';
import { Inbox } from './Inbox';
import { CaseView } from './CaseView';
import { RegisterRequest } from './RegisterRequest';

type Screen = { kind: 'inbox' } | { kind: 'case'; caseId: string; initial?: Case } | { kind: 'register' };

export function EdeskTab(props: { token: string; user: StaffUser; view: QueueView | null; openCase?: { caseId: string; at: number } }) {
  const { t, lang } = useT();
  const edesk = useEdeskApi(props.token);
  const { catalogue, error: catalogueError } = useCatalogue(edesk);
  const inbox = useInbox(edesk);
  const [screen, setScreen] = useState<Screen>(props.openCase ? { kind: 'case', caseId: props.openCase.caseId } : { kind: 'inbox' });
  // the counter asked to open a request (the caller's appointment ticket)
  useEffect(() => {
    if (props.openCase) setScreen({ kind: 'case', caseId: props.openCase.caseId });
  }, [props.openCase]);
  const [code, setCode] = useState('');
  const [findError, setFindError] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);

  // a new screen starts at its top, wherever the last one was scrolled
  useEffect(() => {
    window.scrollTo(0, 0); // (Chromium's scrollTo answers a promise: never return it as the cleanup)
  }, [screen]);

  const config = props.view?.config;
  const mine = props.view ? myCounterState(props.view.counters.values(), props.user.id) : undefined;
  const ticket = props.view ? currentTicket(props.view, mine) : undefined;
  const atCounter = ticket ? { id: ticket.id, label: ticketLabel(ticket, lang) } : undefined;

  async function find(e: FormEvent) {
    e.preventDefault();
    const parsed = parseTrackingCode(code, lang);
    if (!parsed.ok) return setFindError(parsed.error.message);
    setFindError(null);
    setFinding(true);
    const r = await edesk.case(parsed.code);
    setFinding(false);
    if (!r.ok) return setFindError(r.error.message);
    setCode('');
    setScreen({ kind: 'case', caseId: r.data.case.id, initial: r.data.case });
  }

  const count = inbox.inbox?.rows.length;
  return (
    <main className="edesk" data-testid="edesk">
      <nav className="edesk-nav" aria-label={t('tab.edesk')}>
        <div className="edesk-nav-tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={screen.kind !== 'register'}
            className={screen.kind !== 'register' ? 'tab active' : 'tab'}
            onClick={() => setScreen({ kind: 'inbox' })}
            data-testid="edesk-inbox-tab"
          >
            {t('edesk.inbox.title')}
            {count !== undefined && <span className="edesk-count num">{localDigits(String(count), lang)}</span>}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={screen.kind === 'register'}
            className={screen.kind === 'register' ? 'tab active' : 'tab'}
            onClick={() => setScreen({ kind: 'register' })}
            data-testid="edesk-register-tab"
          >
            {t('edesk.register.tab')}
          </button>
        </div>
        <form className="edesk-find" onSubmit={(e) => void find(e)} noValidate>
          <label className="edesk-inline-field">
            <span>{t('edesk.find.label')}</span>
            <input
              value={code}
              dir="ltr"
              inputMode="numeric"
              placeholder={localDigits('1234-5678-901', lang)}
              aria-invalid={!!findError}
              onChange={(e) => setCode(e.target.value)}
              data-testid="find-code"
            />
          </label>
          <button type="submit" className="btn btn-small" disabled={finding} data-testid="find-submit">
            {t('edesk.find.submit')}
          </button>
        </form>
      </nav>
      {findError && (
        <div className="edesk-body">
          <CommandError message={findError} onDismiss={() => setFindError(null)} />
        </div>
      )}
      {catalogueError && (
        <div className="edesk-body">
          <CommandError message={catalogueError} />
        </div>
      )}
      {screen.kind === 'inbox' && <Inbox state={inbox} catalogue={catalogue} onOpen={(caseId) => setScreen({ kind: 'case', caseId })} />}
      {screen.kind === 'case' && (
        <CaseView
          key={screen.caseId}
          edesk={edesk}
          catalogue={catalogue}
          unitIds={inbox.inbox?.unitIds ?? []}
          caseId={screen.caseId}
          {...(screen.initial ? { initial: screen.initial } : {})}
          {...(atCounter ? { currentTicket: atCounter } : {})}
          onChanged={inbox.reload}
          onBack={() => setScreen({ kind: 'inbox' })}
        />
      )}
      {/* kept while hidden: a clerk who looks at the inbox mid-registration finds the draft as left */}
      <div hidden={screen.kind !== 'register'}>
        <RegisterRequest
          edesk={edesk}
          catalogue={catalogue}
          departments={config?.departments ?? []}
          officeName={config ? serviceName(config.office, lang) : ''}
          onRegistered={inbox.reload}
          onOpenCase={(c) => setScreen({ kind: 'case', caseId: c.id, initial: c })}
        />
      </div>
    </main>
  );
}
