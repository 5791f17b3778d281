// Departments (معاونت‌ها): how services are grouped for visitors and reports.
import { formatNumber } from '@desk/common';
import { localDigits, useT } from '../i18n';
import { checkDepartment, type DepartmentDraft } from './catalogue-forms';
import { EditorCard, TextField } from './FormBits';
import { saveItem, type SectionProps } from './useAdminConfig';
import { useDraft } from './useDraft';

export function DepartmentsAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const form = useDraft<DepartmentDraft, 'name' | 'nameEn'>();
  const { draft, patch, problems } = form;

  async function save() {
    if (!draft) return;
    const ok = await form.save(checkDepartment(draft, config), (value) => saveItem(send, 'departments', draft.id, value));
    if (ok) form.edit(null);
  }

  return (
    <section>
      <header className="section-head">
        <h2>{t('admin.departments')}</h2>
        {!readOnly && (
          <button type="button" className="btn btn-primary" onClick={() => form.edit({ name: '', nameEn: '' })} data-testid="admin-new">
            {t('admin.new')}
          </button>
        )}
      </header>
      {draft && (
        <EditorCard
          title={draft.id ? t('admin.editDepartment') : t('admin.newDepartment')}
          busy={form.busy}
          error={form.error}
          onSave={() => void save()}
          onCancel={() => form.edit(null)}
        >
          <TextField label={t('field.name')} value={draft.name} onChange={(name) => patch({ name })} problem={problems.name} />
          <TextField label={t('field.nameEn')} value={draft.nameEn} onChange={(nameEn) => patch({ nameEn })} problem={problems.nameEn} dir="ltr" />
        </EditorCard>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t('field.name')}</th>
            <th>{t('field.nameEn')}</th>
            <th>{t('admin.serviceCount')}</th>
            {!readOnly && <th />}
          </tr>
        </thead>
        <tbody>
          {config.departments.map((d) => (
            <tr key={d.id}>
              <td>{localDigits(d.name, lang)}</td>
              <td dir="ltr">{d.nameEn ?? ''}</td>
              <td className="num">{formatNumber(config.services.filter((s) => s.departmentId === d.id).length, lang)}</td>
              {!readOnly && (
                <td>
                  <button type="button" className="btn btn-small" onClick={() => form.edit({ id: d.id, name: d.name, nameEn: d.nameEn ?? '' })}>
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
