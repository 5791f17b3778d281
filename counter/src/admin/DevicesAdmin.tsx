// Kiosks and displays: add one and read its 6-digit pairing code off the screen,
// give a new code (the old token stops working), or remove it.
import { useState } from 'react';
import { formatJalaliDate, formatTime, toPersianDigits, type Device, type DeviceKind, type PrinterView } from '@desk/common';
import { counterTitle, localDigits, useT } from '../i18n';
import { checkDevice, type DeviceDraft, type DeviceInput } from './settings-forms';
import { SelectField, TextField, YesNo } from './FormBits';
import { ListSection } from './ListSection';
import type { SectionProps } from './useAdminConfig';

interface Pairing {
  device: Device;
  pairingCode: string;
}

export function DevicesAdmin({ config, readOnly, send, printers }: SectionProps & { printers: PrinterView[] }) {
  const { t, lang } = useT();
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const counters = [...config.counters].sort((a, b) => a.number - b.number);
  const when = (iso?: string) => (iso ? `${formatJalaliDate(iso, lang)} ${formatTime(iso, lang)}` : '—');
  const printerLabel = (printer: string | undefined) =>
    !printer ? t('devices.printerOffice') : printer === 'local' ? t('devices.printerLocal') : printer === 'none' ? t('devices.printerNone') : localDigits(printers.find((p) => p.id === printer)?.name ?? printer, lang);

  async function onRow(device: Device, action: 'code' | 'remove') {
    if (action === 'remove' && !window.confirm(t('devices.confirmRemove', { name: localDigits(device.name, lang) }))) return;
    setBusyId(device.id);
    setRowError(null);
    const path = `/api/admin/devices/${encodeURIComponent(device.id)}`;
    const res = action === 'code' ? await send<Pairing>('POST', `${path}/code`) : await send('DELETE', path);
    setBusyId(null);
    if (!res.ok) return setRowError(res.error.message);
    if (action === 'code') setPairing(res.data as Pairing);
    else if (pairing?.device.id === device.id) setPairing(null);
  }

  return (
    <ListSection<Device, DeviceDraft, 'name', DeviceInput>
      title={t('admin.devices')}
      newLabel={t('devices.add')}
      readOnly={readOnly}
      items={config.devices}
      empty={t('devices.none')}
      columns={[
        { header: t('field.name'), cell: (d) => localDigits(d.name, lang) },
        { header: t('field.deviceKind'), cell: (d) => t(`device.${d.kind}`) },
        {
          header: t('field.deviceCounter'),
          cell: (d) => {
            const counter = d.counterId ? config.counters.find((c) => c.id === d.counterId) : undefined;
            return counter ? counterTitle(t, lang, counter) : '—';
          },
        },
        { header: t('devices.printer'), cell: (d) => (d.kind === 'kiosk' ? printerLabel(d.printer) : '—') },
        { header: t('devices.paired'), cell: (d) => <YesNo value={d.paired} /> },
        { header: t('devices.lastSeen'), cell: (d) => when(d.lastSeenAt ?? d.pairedAt), className: 'num' },
      ]}
      rowActions={(d) => (
        <>
          <button type="button" className="btn btn-small" disabled={busyId === d.id} onClick={() => void onRow(d, 'code')}>
            {t('devices.newCode')}
          </button>
          <button type="button" className="btn btn-small btn-danger-quiet" disabled={busyId === d.id} onClick={() => void onRow(d, 'remove')}>
            {t('devices.remove')}
          </button>
        </>
      )}
      newDraft={() => ({ kind: 'kiosk', name: '', counterId: '', printer: '' })}
      toDraft={(d) => ({ id: d.id, kind: d.kind, name: d.name, counterId: d.counterId ?? '', printer: d.printer ?? '' })}
      editorTitle={(d) => (d.id ? t('devices.edit') : t('devices.add'))}
      check={(d) => checkDevice(d)}
      save={(d, value) => {
        if (!d.id) return send<Pairing>('POST', '/api/admin/devices', value);
        const { kind: _k, ...update } = value;
        return send('PUT', `/api/admin/devices/${encodeURIComponent(d.id)}`, update);
      }}
      onSaved={(answer) => {
        // a new device answers with its pairing code; an edited one with {ok}
        if (answer && typeof answer === 'object' && 'pairingCode' in answer) setPairing(answer as Pairing);
      }}
      fields={({ draft, patch, problems }) => (
        <>
          <SelectField
            label={t('field.deviceKind')}
            value={draft.kind}
            disabled={draft.id !== undefined}
            onChange={(kind) => patch({ kind: kind as DeviceKind })}
            options={[
              { value: 'kiosk', label: t('device.kiosk') },
              { value: 'display', label: t('device.display') },
            ]}
          />
          <TextField label={t('field.name')} value={draft.name} onChange={(name) => patch({ name })} problem={problems.name} testId="device-name" />
          {draft.kind === 'kiosk' && (
            <SelectField
              label={t('devices.printer')}
              value={draft.printer}
              onChange={(printer) => patch({ printer })}
              testId="device-printer"
              options={[
                { value: '', label: t('devices.printerOffice') },
                ...printers.filter((p) => p.id !== 'office').map((p) => ({ value: p.id, label: localDigits(p.name, lang) })),
                { value: 'local', label: t('devices.printerLocal') },
                { value: 'none', label: t('devices.printerNone') },
              ]}
            />
          )}
          {draft.kind === 'display' && (
            <SelectField
              label={t('field.deviceCounter')}
              value={draft.counterId}
              onChange={(counterId) => patch({ counterId })}
              options={counters.map((c) => ({ value: c.id, label: counterTitle(t, lang, c) }))}
              placeholder={t('devices.allCounters')}
            />
          )}
        </>
      )}
    >
      {pairing && (
        <div className="pairing card" role="status" data-testid="pairing-code-panel">
          <p>{t('devices.codeFor', { name: localDigits(pairing.device.name, lang) })}</p>
          <p className="pairing-code" data-testid="pairing-code" dir="ltr">
            {lang === 'fa' ? toPersianDigits(pairing.pairingCode) : pairing.pairingCode}
          </p>
          <p className="hint">{t('devices.codeHelp')}</p>
          <button type="button" className="btn" onClick={() => setPairing(null)}>
            {t('app.close')}
          </button>
        </div>
      )}
      {rowError && (
        <p className="form-error" role="alert" data-testid="admin-error">
          {rowError}
        </p>
      )}
    </ListSection>
  );
}
