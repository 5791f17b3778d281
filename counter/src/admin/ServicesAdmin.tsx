// Services: what a visitor can take a ticket for, its letter and number range.
import { formatNumber } from '@desk/common';
import { serviceName, useT } from '../i18n';
import { checkService, serviceDraft, type ServiceField } from './catalogue-forms';
import { CheckField, DigitsField, SelectField, TextField, YesNo } from './FormBits';
import { ListSection } from './ListSection';
import { saveItem, type SectionProps } from './useAdminConfig';

export function ServicesAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const departments = new Map(config.departments.map((d) => [d.id, d]));
  return (
    <ListSection<(typeof config.services)[number], ReturnType<typeof serviceDraft>, ServiceField, unknown>
      title={t('admin.services')}
      readOnly={readOnly}
      items={config.services}
      rowClass={(s) => (s.active ? '' : 'inactive')}
      columns={[
        { header: t('field.name'), cell: (s) => serviceName(s, lang) },
        { header: t('field.department'), cell: (s) => serviceName(departments.get(s.departmentId), lang) },
        { header: t('field.prefix'), cell: (s) => s.prefix || '—' },
        { header: t('field.range'), cell: (s) => `${formatNumber(s.rangeStart, lang)}–${formatNumber(s.rangeEnd, lang)}`, className: 'num' },
        { header: t('field.weight'), cell: (s) => formatNumber(s.weight, lang), className: 'num' },
        { header: t('field.allowsPriority'), cell: (s) => <YesNo value={s.allowsPriority} /> },
        { header: t('field.active'), cell: (s) => <YesNo value={s.active} /> },
      ]}
      newDraft={() => serviceDraft()}
      toDraft={(s) => serviceDraft(s)}
      editorTitle={(d) => (d.id ? t('admin.editService') : t('admin.newService'))}
      check={(d) => checkService(d, config)}
      save={(d, value) => saveItem(send, 'services', d.id, value)}
      fields={({ draft, patch, problems }) => (
        <>
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
        </>
      )}
    />
  );
}
