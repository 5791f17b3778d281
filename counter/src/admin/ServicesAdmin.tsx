// Services: what a visitor can take a ticket for, its letter and number range.
import { formatNumber } from '@desk/common';
import { serviceName, useT } from '../i18n';
import { checkService, serviceDraft, type ServiceDraft, type ServiceField } from './catalogue-forms';
import { CheckField, DigitsField, EditorCard, SelectField, TextField, YesNo } from './FormBits';
import { saveItem, type SectionProps } from './useAdminConfig';
import { useDraft } from './useDraft';

export function ServicesAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const form = useDraft<ServiceDraft, ServiceField>();
  const departments = new Map(config.departments.map((d) => [d.id, d]));
  const { draft, patch, problems } = form;

  async function save() {
    if (!draft) return;
    const ok = await form.save(checkService(draft, config), (value) => saveItem(send, 'services', draft.id, value));
    if (ok) form.edit(null);
  }

  return (
    <section>
      <header className="section-head">
        <h2>{t('admin.services')}</h2>
        {!readOnly && (
          <button type="button" className="btn btn-primary" onClick={() => form.edit(serviceDraft())} data-testid="admin-new">
            {t('admin.new')}
          </button>
        )}
      </header>
      {draft && (
        <EditorCard
          title={draft.id ? t('admin.editService') : t('admin.newService')}
          busy={form.busy}
          error={form.error}
          onSave={() => void save()}
          onCancel={() => form.edit(null)}
        >
          <TextField label={t('field.name')} value={draft.name} onChange={(name) => patch({ name })} problem={problems.name} testId="service-name" />
          <TextField label={t('field.nameEn')} value={draft.nameEn} onChange={(nameEn) => patch({ nameEn })} problem={problems.nameEn} dir="ltr" />
          <SelectField
            label={t('field.department')}
            value={draft.departmentId}
            onChange={(departmentId) => patch({ departmentId })}
            options={config.departments.map((d) => ({ value: d.id, label: lang === 'en' && d.nameEn ? d.nameEn : d.name }))}
            placeholder={t('form.choose')}
            problem={problems.departmentId}
          />
          <TextField label={t('field.prefix')} value={draft.prefix} onChange={(prefix) => patch({ prefix })} problem={problems.prefix} />
          <DigitsField label={t('field.rangeStart')} value={draft.rangeStart} onChange={(rangeStart) => patch({ rangeStart })} problem={problems.rangeStart} />
          <DigitsField label={t('field.rangeEnd')} value={draft.rangeEnd} onChange={(rangeEnd) => patch({ rangeEnd })} problem={problems.rangeEnd} />
          <DigitsField label={t('field.weight')} value={draft.weight} onChange={(weight) => patch({ weight })} problem={problems.weight} />
          <CheckField label={t('field.allowsPriority')} checked={draft.allowsPriority} onChange={(allowsPriority) => patch({ allowsPriority })} />
          <CheckField label={t('field.active')} checked={draft.active} onChange={(active) => patch({ active })} />
        </EditorCard>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t('field.name')}</th>
            <th>{t('field.department')}</th>
            <th>{t('field.prefix')}</th>
            <th>{t('field.range')}</th>
            <th>{t('field.weight')}</th>
            <th>{t('field.allowsPriority')}</th>
            <th>{t('field.active')}</th>
            {!readOnly && <th />}
          </tr>
        </thead>
        <tbody>
          {config.services.map((s) => (
            <tr key={s.id} className={s.active ? '' : 'inactive'}>
              <td>{serviceName(s, lang)}</td>
              <td>{serviceName(departments.get(s.departmentId), lang)}</td>
              <td>{s.prefix || '—'}</td>
              <td className="num">
                {formatNumber(s.rangeStart, lang)}–{formatNumber(s.rangeEnd, lang)}
              </td>
              <td className="num">{formatNumber(s.weight, lang)}</td>
              <td>
                <YesNo value={s.allowsPriority} />
              </td>
              <td>
                <YesNo value={s.active} />
              </td>
              {!readOnly && (
                <td>
                  <button type="button" className="btn btn-small" onClick={() => form.edit(serviceDraft(s))}>
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
