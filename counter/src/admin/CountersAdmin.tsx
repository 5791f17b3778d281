// Counters (باجه‌ها): their number, and which services each serves with what weight.
import { formatNumber } from '@desk/common';
import { joinList, localDigits, problemText, serviceName, useT } from '../i18n';
import { checkCounter, counterDraft, type CounterDraft, type CounterField } from './catalogue-forms';
import { CheckField, DigitsField, TextField, YesNo } from './FormBits';
import { ListSection, type DraftFields } from './ListSection';
import { saveItem, type SectionProps } from './useAdminConfig';

export function CountersAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const services = new Map(config.services.map((s) => [s.id, s]));

  /** The services this counter serves, each with its weight (a render helper, not a component: inputs keep their focus). */
  function serviceWeights({ draft, patch, problems }: DraftFields<CounterDraft, CounterField>) {
    const toggle = (serviceId: string, on: boolean) =>
      patch({
        services: on
          ? [...draft.services, { serviceId, weight: String(services.get(serviceId)?.weight ?? 1) }]
          : draft.services.filter((s) => s.serviceId !== serviceId),
      });
    const setWeight = (serviceId: string, weight: string) =>
      patch({ services: draft.services.map((s) => (s.serviceId === serviceId ? { ...s, weight } : s)) });
    return (
      <fieldset className="field-wide service-weights">
        <legend>{t('field.counterServices')}</legend>
        {config.services.map((s) => {
          const chosen = draft.services.find((c) => c.serviceId === s.id);
          return (
            <div key={s.id} className="service-weight">
              <CheckField label={serviceName(s, lang)} checked={!!chosen} onChange={(on) => toggle(s.id, on)} />
              {chosen && <DigitsField label={t('field.weight')} value={chosen.weight} onChange={(w) => setWeight(s.id, w)} />}
            </div>
          );
        })}
        {problems.services && <small className="field-problem">{problemText(t, problems.services)}</small>}
      </fieldset>
    );
  }

  return (
    <ListSection<(typeof config.counters)[number], CounterDraft, CounterField, unknown>
      title={t('admin.counters')}
      readOnly={readOnly}
      items={[...config.counters].sort((a, b) => a.number - b.number)}
      rowClass={(c) => (c.active ? '' : 'inactive')}
      columns={[
        { header: t('field.counterNumber'), cell: (c) => formatNumber(c.number, lang), className: 'num' },
        { header: t('field.counterName'), cell: (c) => localDigits(c.name ?? '', lang) },
        {
          header: t('field.counterServices'),
          cell: (c) =>
            joinList(
              c.services.map((s) => `${serviceName(services.get(s.serviceId), lang)} (${formatNumber(s.weight, lang)})`),
              lang,
            ),
        },
        { header: t('field.active'), cell: (c) => <YesNo value={c.active} /> },
      ]}
      newDraft={() => counterDraft()}
      toDraft={(c) => counterDraft(c)}
      editorTitle={(d) => (d.id ? t('admin.editCounter') : t('admin.newCounter'))}
      check={(d) => checkCounter(d, config)}
      save={(d, value) => saveItem(send, 'counters', d.id, value)}
      fields={(form) => (
        <>
          <DigitsField label={t('field.counterNumber')} value={form.draft.number} onChange={(number) => form.patch({ number })} problem={form.problems.number} />
          <TextField label={t('field.counterName')} value={form.draft.name} onChange={(name) => form.patch({ name })} problem={form.problems.name} />
          <CheckField label={t('field.active')} checked={form.draft.active} onChange={(active) => form.patch({ active })} />
          {serviceWeights(form)}
        </>
      )}
    />
  );
}
