// Kiosks and displays: add one and read its 6-digit pairing code off the screen,
// give a new code (the old token stops working), or remove it.
import { useState } from 'react';
import { formatJalaliDate, formatTime, toPersianDigits, type Device, type DeviceKind } from '@desk/common';
import { counterTitle, localDigits, useT } from '../i18n';
import { checkDevice, type DeviceDraft } from './settings-forms';
import { EditorCard, SelectField, TextField, YesNo } from './FormBits';
import type { SectionProps } from './useAdminConfig';
import { useDraft } from './useDraft';

interface Pairing {
  device: Device;
  pairingCode: string;
}

export function DevicesAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const form = useDraft<DeviceDraft, 'name'>();
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const { draft, patch, problems } = form;
  const counters = [...config.counters].sort((a, b) => a.number - b.number);
  const when = (iso?: string) => (iso ? `${formatJalaliDate(iso, lang)} ${formatTime(iso, lang)}` : '—');

  async function add() {
    if (!draft) return;
    let answer: Pairing | null = null;
    const ok = await form.save(checkDevice(draft), async (value) => {
      const res = await send<Pairing>('POST', '/api/admin/devices', value);
      if (res.ok) answer = res.data;
      return res;
    });
    if (ok) {
      form.edit(null);
      setPairing(answer);
    }
  }

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
    <section>
      <header className="section-head">
        <h2>{t('admin.devices')}</h2>
        {!readOnly && (
          <button type="button" className="btn btn-primary" onClick={() => form.edit({ kind: 'kiosk', name: '', counterId: '' })} data-testid="admin-new">
            {t('devices.add')}
          </button>
        )}
      </header>
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
      {draft && (
        <EditorCard title={t('devices.add')} busy={form.busy} error={form.error} onSave={() => void add()} onCancel={() => form.edit(null)}>
          <SelectField
            label={t('field.deviceKind')}
            value={draft.kind}
            onChange={(kind) => patch({ kind: kind as DeviceKind })}
            options={[
              { value: 'kiosk', label: t('device.kiosk') },
              { value: 'display', label: t('device.display') },
            ]}
          />
          <TextField label={t('field.name')} value={draft.name} onChange={(name) => patch({ name })} problem={problems.name} testId="device-name" />
          {draft.kind === 'display' && (
            <SelectField
              label={t('field.deviceCounter')}
              value={draft.counterId}
              onChange={(counterId) => patch({ counterId })}
              options={counters.map((c) => ({ value: c.id, label: counterTitle(t, lang, c) }))}
              placeholder={t('devices.allCounters')}
            />
          )}
        </EditorCard>
      )}
      {rowError && (
        <p className="form-error" role="alert" data-testid="admin-error">
          {rowError}
        </p>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t('field.name')}</th>
            <th>{t('field.deviceKind')}</th>
            <th>{t('field.deviceCounter')}</th>
            <th>{t('devices.paired')}</th>
            <th>{t('devices.lastSeen')}</th>
            {!readOnly && <th />}
          </tr>
        </thead>
        <tbody>
          {config.devices.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                {t('devices.none')}
              </td>
            </tr>
          )}
          {config.devices.map((d) => {
            const counter = d.counterId ? config.counters.find((c) => c.id === d.counterId) : undefined;
            return (
              <tr key={d.id}>
                <td>{localDigits(d.name, lang)}</td>
                <td>{t(`device.${d.kind}`)}</td>
                <td>{counter ? counterTitle(t, lang, counter) : '—'}</td>
                <td>
                  <YesNo value={d.paired} />
                </td>
                <td className="num">{when(d.lastSeenAt ?? d.pairedAt)}</td>
                {!readOnly && (
                  <td className="row-actions">
                    <button type="button" className="btn btn-small" disabled={busyId === d.id} onClick={() => void onRow(d, 'code')}>
                      {t('devices.newCode')}
                    </button>
                    <button type="button" className="btn btn-small btn-danger-quiet" disabled={busyId === d.id} onClick={() => void onRow(d, 'remove')}>
                      {t('devices.remove')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
