// Counters (باجه‌ها): their number, and which services each serves with what weight.
import { formatNumber } from '@desk/common';
import { joinList, localDigits, problemText, serviceName, useT } from '../i18n';
import { checkCounter, counterDraft, type CounterDraft, type CounterField } from './catalogue-forms';
import { CheckField, DigitsField, EditorCard, TextField, YesNo } from './FormBits';
import { saveItem, type SectionProps } from './useAdminConfig';
import { useDraft } from './useDraft';

export function CountersAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const form = useDraft<CounterDraft, CounterField>();
  const { draft, patch, problems } = form;
  const services = new Map(config.services.map((s) => [s.id, s]));

  async function save() {
    if (!draft) return;
    const ok = await form.save(checkCounter(draft, config), (value) => saveItem(send, 'counters', draft.id, value));
    if (ok) form.edit(null);
  }

  function toggleService(serviceId: string, on: boolean) {
    if (!draft) return;
    const weight = String(services.get(serviceId)?.weight ?? 1);
    patch({
      services: on ? [...draft.services, { serviceId, weight }] : draft.services.filter((s) => s.serviceId !== serviceId),
    });
  }

  function setWeight(serviceId: string, weight: string) {
    if (!draft) return;
    patch({ services: draft.services.map((s) => (s.serviceId === serviceId ? { ...s, weight } : s)) });
  }

  return (
    <section>
      <header className="section-head">
        <h2>{t('admin.counters')}</h2>
        {!readOnly && (
          <button type="button" className="btn btn-primary" onClick={() => form.edit(counterDraft())} data-testid="admin-new">
            {t('admin.new')}
          </button>
        )}
      </header>
      {draft && (
        <EditorCard
          title={draft.id ? t('admin.editCounter') : t('admin.newCounter')}
          busy={form.busy}
          error={form.error}
          onSave={() => void save()}
          onCancel={() => form.edit(null)}
        >
          <DigitsField label={t('field.counterNumber')} value={draft.number} onChange={(number) => patch({ number })} problem={problems.number} />
          <TextField label={t('field.counterName')} value={draft.name} onChange={(name) => patch({ name })} problem={problems.name} />
          <CheckField label={t('field.active')} checked={draft.active} onChange={(active) => patch({ active })} />
          <fieldset className="field-wide service-weights">
            <legend>{t('field.counterServices')}</legend>
            {config.services.map((s) => {
              const chosen = draft.services.find((c) => c.serviceId === s.id);
              return (
                <div key={s.id} className="service-weight">
                  <CheckField label={serviceName(s, lang)} checked={!!chosen} onChange={(on) => toggleService(s.id, on)} />
                  {chosen && (
                    <DigitsField label={t('field.weight')} value={chosen.weight} onChange={(w) => setWeight(s.id, w)} />
                  )}
                </div>
              );
            })}
            {problems.services && <small className="field-problem">{problemText(t, problems.services)}</small>}
          </fieldset>
        </EditorCard>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t('field.counterNumber')}</th>
            <th>{t('field.counterName')}</th>
            <th>{t('field.counterServices')}</th>
            <th>{t('field.active')}</th>
            {!readOnly && <th />}
          </tr>
        </thead>
        <tbody>
          {[...config.counters]
            .sort((a, b) => a.number - b.number)
            .map((c) => (
              <tr key={c.id} className={c.active ? '' : 'inactive'}>
                <td className="num">{formatNumber(c.number, lang)}</td>
                <td>{localDigits(c.name ?? '', lang)}</td>
                <td>
                  {joinList(
                    c.services.map((s) => `${serviceName(services.get(s.serviceId), lang)} (${formatNumber(s.weight, lang)})`),
                    lang,
                  )}
                </td>
                <td>
                  <YesNo value={c.active} />
                </td>
                {!readOnly && (
                  <td>
                    <button type="button" className="btn btn-small" onClick={() => form.edit(counterDraft(c))}>
                      {t('admin.edit')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
