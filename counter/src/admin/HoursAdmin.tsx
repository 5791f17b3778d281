// Opening hours, Saturday first; Friday closed unless the office says otherwise.
import { WEEKDAYS, type Weekday } from '@desk/common';
import { localDigits, problemText, useT } from '../i18n';
import { checkHours, hoursDraft, type HoursDraft } from './settings-forms';
import { CheckField, DigitsField, EditorCard } from './FormBits';
import { type SectionProps } from './useAdminConfig';
import { useDraft } from './useDraft';
import { HolidaysAdmin } from './HolidaysAdmin';

export function HoursAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const form = useDraft<HoursDraft, Weekday>(hoursDraft(config.hours));
  const { draft, problems } = form;
  if (!draft) return null;

  function setDay(day: Weekday, p: Partial<HoursDraft[Weekday]>) {
    form.patch({ [day]: { ...draft![day], ...p } } as Partial<HoursDraft>);
  }

  async function save() {
    await form.save(checkHours(draft!), (value) => send('PUT', '/api/admin/hours', value));
  }

  return (
    <section>
      <h2>{t('admin.hours')}</h2>
      <EditorCard title={t('admin.hoursHint')} busy={form.busy} error={form.error} onSave={() => void save()} onCancel={() => form.edit(hoursDraft(config.hours))} readOnly={readOnly}>
        <fieldset disabled={readOnly} className="field-wide hours">
          {WEEKDAYS.map((day) => (
            <div key={day} className="hours-row" data-testid={`hours-${day}`}>
              <strong className="hours-day">{t(`day.${day}`)}</strong>
              <CheckField label={t('field.closed')} checked={draft[day].closed} onChange={(closed) => setDay(day, { closed })} />
              {!draft[day].closed && (
                <>
                  <DigitsField label={t('field.opens')} value={draft[day].open} onChange={(open) => setDay(day, { open })} placeholder={localDigits('07:30', lang)} />
                  <DigitsField label={t('field.closes')} value={draft[day].close} onChange={(close) => setDay(day, { close })} placeholder={localDigits('14:30', lang)} />
                </>
              )}
              {problems[day] && <small className="field-problem">{problemText(t, problems[day])}</small>}
            </div>
          ))}
        </fieldset>
      </EditorCard>
      <HolidaysAdmin config={config} readOnly={readOnly} send={send} />
    </section>
  );
}
