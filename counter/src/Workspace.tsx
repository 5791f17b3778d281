// After sign-in: the header, the link status, and the tabs (counter, e-desk, management).
import { useState } from 'react';
import { api, Clock, ConnectionBanner, LanguageSwitch, useConnection, type DeskConnection } from '@desk/ui';
import type { StaffUser } from '@desk/common';
import { localDigits, serviceName, useT } from './i18n';
import { useDeskConnection } from './useDeskConnection';
import { CounterTab } from './CounterTab';
import { AdminPanel } from './admin/AdminPanel';
import { usePrinters } from './usePrinters';
import { PrinterChips } from './PrinterChips';
import { EdeskTab } from './edesk/EdeskTab';
import { ReportsTab } from './reports/ReportsTab';

type Tab = 'counter' | 'edesk' | 'reports' | 'admin';

export function Workspace(props: { token: string; user: StaffUser; onSignOut: () => void }) {
  const connection = useDeskConnection(props.token, props.onSignOut);
  if (!connection) return null;
  return <Connected connection={connection} {...props} />;
}

function Connected(props: { connection: DeskConnection; token: string; user: StaffUser; onSignOut: () => void }) {
  const { t, lang } = useT();
  const { status, view } = useConnection(props.connection);
  const [tab, setTab] = useState<Tab>('counter');
  // the request behind an appointment ticket, opened from the counter in the e-desk tab
  const [openCase, setOpenCase] = useState<{ caseId: string; at: number } | undefined>();
  const onOpenCase = (caseId: string) => {
    setOpenCase({ caseId, at: Date.now() });
    setTab('edesk');
  };
  const canManage = props.user.role === 'admin' || props.user.role === 'supervisor';
  const { printers, reload: reloadPrinters } = usePrinters(props.connection, props.token);
  const reprint = async (ticketId: string): Promise<string | null> => {
    const r = await api('/api/printing/reprint', { body: { ticketId }, token: props.token });
    return r.ok ? null : r.error.message;
  };

  return (
    <div className="app">
      <ConnectionBanner status={status} />
      <header className="topbar">
        <div className="topbar-office">
          <strong>{view?.config ? serviceName(view.config.office, lang) : t('app.title')}</strong>
          <span className="muted">
            {localDigits(props.user.displayName, lang)} — {t(`role.${props.user.role}`)}
          </span>
        </div>
        <nav className="tabs" role="tablist">
          {(['counter', 'edesk', 'reports', ...(canManage ? (['admin'] as const) : [])] as const).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              {...(id === 'counter' ? {} : { 'data-testid': `${id}-tab` })}
              aria-selected={tab === id}
              className={tab === id ? 'tab active' : 'tab'}
              onClick={() => setTab(id)}
            >
              {t(`tab.${id}`)}
            </button>
          ))}
        </nav>
        <PrinterChips printers={printers} />
        <Clock className="topbar-clock" />
        <div className="topbar-tools">
          <LanguageSwitch />
          <button type="button" className="btn btn-quiet" onClick={props.onSignOut}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      {tab === 'edesk' ? (
        <EdeskTab token={props.token} user={props.user} view={view} {...(openCase ? { openCase } : {})} />
      ) : tab === 'reports' ? (
        <ReportsTab token={props.token} user={props.user} config={view?.config ?? undefined} />
      ) : !view ? (
        <p className="splash">{t('app.connecting')}</p>
      ) : tab === 'admin' && canManage ? (
        <AdminPanel
          token={props.token}
          readOnly={props.user.role !== 'admin'}
          configVersion={view.config?.version}
          printers={printers}
          onPrintersChanged={reloadPrinters}
        />
      ) : (
        <CounterTab
          connection={props.connection}
          view={view}
          user={props.user}
          online={status === 'online'}
          {...(printers.length > 0 ? { reprint } : {})}
          onOpenCase={onOpenCase}
        />
      )}
    </div>
  );
}
