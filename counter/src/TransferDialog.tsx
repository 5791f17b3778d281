// Transferring the current ticket to another service or counter, and where it
// stands in that queue.
import { useState, type FormEvent } from 'react';
import { ticketLabel, type Counter, type PublicConfig, type Ticket, type TransferPosition } from '@desk/common';
import { buildTransfer, type TransferCommand, type TransferDraft } from './desk-forms';
import { counterTitle, problemText, serviceName, useT } from './i18n';
import type { Problems } from './problems';
import { Dialog } from './Dialog';

const POSITIONS: { value: TransferPosition; key: 'transfer.front' | 'transfer.back' | 'transfer.original' }[] = [
  { value: 'front', key: 'transfer.front' },
  { value: 'back', key: 'transfer.back' },
  { value: 'original', key: 'transfer.original' },
];

export function TransferDialog(props: {
  config: PublicConfig;
  counter: Counter;
  ticket: Ticket;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onTransfer: (command: TransferCommand) => Promise<void>;
}) {
  const { t, lang } = useT();
  const [draft, setDraft] = useState<TransferDraft>({ to: 'service', serviceId: '', counterId: '', position: 'back' });
  const [problems, setProblems] = useState<Problems<'serviceId' | 'counterId'>>({});
  const services = props.config.services.filter((s) => s.active);
  const counters = props.config.counters.filter((c) => c.active && c.id !== props.counter.id).sort((a, b) => a.number - b.number);
  const patch = (p: Partial<TransferDraft>) => setDraft((d) => ({ ...d, ...p }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const read = buildTransfer(draft, props.counter.id);
    if (!read.ok) return setProblems(read.problems);
    setProblems({});
    await props.onTransfer(read.value);
  }

  return (
    <Dialog title={t('transfer.title', { ticket: ticketLabel(props.ticket, lang) })} onCancel={props.onCancel} error={props.error}>
      <form onSubmit={submit} noValidate className="form">
        <fieldset className="segmented">
          <legend>{t('transfer.to')}</legend>
          <label>
            <input type="radio" name="to" checked={draft.to === 'service'} onChange={() => patch({ to: 'service' })} />
            {t('transfer.toService')}
          </label>
          <label>
            <input type="radio" name="to" checked={draft.to === 'counter'} onChange={() => patch({ to: 'counter' })} />
            {t('transfer.toCounter')}
          </label>
        </fieldset>
        {draft.to === 'service' ? (
          <label className="field">
            <span>{t('transfer.service')}</span>
            <select value={draft.serviceId} onChange={(e) => patch({ serviceId: e.target.value })} data-testid="transfer-service">
              <option value="">{t('form.choose')}</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {serviceName(s, lang)}
                </option>
              ))}
            </select>
            {problems.serviceId && <small className="field-problem">{problemText(t, problems.serviceId)}</small>}
          </label>
        ) : (
          <label className="field">
            <span>{t('transfer.counter')}</span>
            <select value={draft.counterId} onChange={(e) => patch({ counterId: e.target.value })} data-testid="transfer-counter">
              <option value="">{t('form.choose')}</option>
              {counters.map((c) => (
                <option key={c.id} value={c.id}>
                  {counterTitle(t, lang, c)}
                </option>
              ))}
            </select>
            {problems.counterId && <small className="field-problem">{problemText(t, problems.counterId)}</small>}
          </label>
        )}
        <fieldset className="segmented">
          <legend>{t('transfer.position')}</legend>
          {POSITIONS.map((p) => (
            <label key={p.value}>
              <input type="radio" name="position" checked={draft.position === p.value} onChange={() => patch({ position: p.value })} />
              {t(p.key)}
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={props.busy} data-testid="transfer-submit">
            {t('transfer.submit')}
          </button>
          <button type="button" className="btn" onClick={props.onCancel}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
