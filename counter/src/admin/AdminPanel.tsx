// Management: the office's catalogue, staff, hours, queue settings and devices.
// Admins edit; supervisors read.
import { useCallback, useEffect, useState } from 'react';
import { useT, type Key } from '../i18n';
import { useAdminConfig, type Send } from './useAdminConfig';
import { ServicesAdmin } from './ServicesAdmin';
import { DepartmentsAdmin } from './DepartmentsAdmin';
import { CountersAdmin } from './CountersAdmin';
import { StaffAdmin } from './StaffAdmin';
import { HoursAdmin } from './HoursAdmin';
import { QueueAdmin } from './QueueAdmin';
import { DevicesAdmin } from './DevicesAdmin';
import { PrintersAdmin } from './PrintersAdmin';
import { CatalogueAdmin } from './CatalogueAdmin';
import type { PrinterView } from '@desk/common';

type Section = 'services' | 'catalogue' | 'departments' | 'counters' | 'staff' | 'hours' | 'queue' | 'devices' | 'printers';
const SECTIONS: { id: Section; label: Key }[] = [
  { id: 'services', label: 'admin.services' },
  { id: 'catalogue', label: 'admin.catalogue' },
  { id: 'departments', label: 'admin.departments' },
  { id: 'counters', label: 'admin.counters' },
  { id: 'staff', label: 'admin.staff' },
  { id: 'hours', label: 'admin.hours' },
  { id: 'queue', label: 'admin.queue' },
  { id: 'devices', label: 'admin.devices' },
  { id: 'printers', label: 'admin.printers' },
];

export function AdminPanel(props: {
  token: string;
  readOnly: boolean;
  configVersion: number | undefined;
  printers: PrinterView[];
  onPrintersChanged: () => void;
}) {
  const { t } = useT();
  const [section, setSection] = useState<Section>('services');
  const { config, loadError, send } = useAdminConfig(props.token, props.configVersion);
  const [saved, setSaved] = useState(false);
  // a short «saved» note after each change the server accepted
  const sendAndNote = useCallback(
    async <T,>(method: Parameters<Send>[0], path: string, body?: unknown) => {
      const res = await send<T>(method, path, body);
      setSaved(res.ok);
      return res;
    },
    [send],
  ) as Send;
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 4000);
    return () => clearTimeout(timer);
  }, [saved]);
  const common = { readOnly: props.readOnly, send: sendAndNote };

  return (
    <main className="admin">
      <nav className="admin-nav" aria-label={t('tab.admin')}>
        {SECTIONS.map((s) => (
          <button
            key={s.id}
            type="button"
            className={section === s.id ? 'tab active' : 'tab'}
            aria-current={section === s.id}
            data-testid={`admin-section-${s.id}`}
            onClick={() => {
              setSection(s.id);
              setSaved(false);
            }}
          >
            {t(s.label)}
          </button>
        ))}
      </nav>
      <div className="admin-body">
        {props.readOnly && <p className="notice">{t('admin.readOnly')}</p>}
        {saved && (
          <p className="notice notice-ok" role="status" data-testid="admin-saved">
            {t('admin.saved')}
          </p>
        )}
        {loadError && (
          <p className="form-error" role="alert">
            {loadError}
          </p>
        )}
        {!config ? (
          !loadError && <p className="muted">{t('app.loading')}</p>
        ) : section === 'services' ? (
          <ServicesAdmin config={config} {...common} />
        ) : section === 'catalogue' ? (
          <CatalogueAdmin token={props.token} readOnly={props.readOnly} config={config} />
        ) : section === 'departments' ? (
          <DepartmentsAdmin config={config} {...common} />
        ) : section === 'counters' ? (
          <CountersAdmin config={config} {...common} />
        ) : section === 'staff' ? (
          <StaffAdmin config={config} {...common} />
        ) : section === 'hours' ? (
          <HoursAdmin key={config.version} config={config} {...common} />
        ) : section === 'queue' ? (
          <QueueAdmin key={config.version} config={config} {...common} />
        ) : section === 'printers' ? (
          <PrintersAdmin printers={props.printers} token={props.token} onChanged={props.onPrintersChanged} />
        ) : (
          <DevicesAdmin config={config} {...common} printers={props.printers} />
        )}
      </div>
    </main>
  );
}

