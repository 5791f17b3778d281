// Departments (معاونت‌ها): how services are grouped for visitors and reports.
import { formatNumber } from '@desk/common';
import { localDigits, useT } from '../i18n';
import { checkDepartment, type DepartmentDraft } from './catalogue-forms';
import { TextField } from './FormBits';
import { ListSection } from './ListSection';
import { saveItem, type SectionProps } from './useAdminConfig';

export function DepartmentsAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  return (
    <ListSection
      title={t('admin.departments')}
      readOnly={readOnly}
      items={config.departments}
      columns={[
        { header: t('field.name'), cell: (d) => localDigits(d.name, lang) },
        { header: t('field.nameEn'), cell: (d) => d.nameEn ?? '', dir: 'ltr' },
        {
          header: t('admin.serviceCount'),
          cell: (d) => formatNumber(config.services.filter((s) => s.departmentId === d.id).length, lang),
          className: 'num',
        },
      ]}
      newDraft={(): DepartmentDraft => ({ name: '', nameEn: '' })}
      toDraft={(d) => ({ id: d.id, name: d.name, nameEn: d.nameEn ?? '' })}
      editorTitle={(d) => (d.id ? t('admin.editDepartment') : t('admin.newDepartment'))}
      check={(d) => checkDepartment(d, config)}
      save={(d, value) => saveItem(send, 'departments', d.id, value)}
      fields={({ draft, patch, problems }) => (
        <>
          <TextField label={t('field.name')} value={draft.name} onChange={(name) => patch({ name })} problem={problems.name} />
          <TextField label={t('field.nameEn')} value={draft.nameEn} onChange={(nameEn) => patch({ nameEn })} problem={problems.nameEn} dir="ltr" />
        </>
      )}
    />
  );
}
