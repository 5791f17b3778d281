// Staff: who may sign in, with which role; an admin sets passwords.
import type { Role } from '@desk/common';
import { localDigits, useT } from '../i18n';
import { checkStaff, PASSWORD_MIN, ROLES, staffDraft, type StaffDraft, type StaffField } from './settings-forms';
import { CheckField, EditorCard, SelectField, TextField, YesNo } from './FormBits';
import { saveItem, type SectionProps } from './useAdminConfig';
import { useDraft } from './useDraft';

export function StaffAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  const form = useDraft<StaffDraft, StaffField>();
  const { draft, patch, problems } = form;

  async function save() {
    if (!draft) return;
    const ok = await form.save(checkStaff(draft, config), (value) => saveItem(send, 'staff', draft.id, value));
    if (ok) form.edit(null);
  }

  return (
    <section>
      <header className="section-head">
        <h2>{t('admin.staff')}</h2>
        {!readOnly && (
          <button type="button" className="btn btn-primary" onClick={() => form.edit(staffDraft())} data-testid="admin-new">
            {t('admin.new')}
          </button>
        )}
      </header>
      {draft && (
        <EditorCard
          title={draft.id ? t('admin.editStaff') : t('admin.newStaff')}
          busy={form.busy}
          error={form.error}
          onSave={() => void save()}
          onCancel={() => form.edit(null)}
        >
          <TextField label={t('field.username')} value={draft.username} onChange={(username) => patch({ username })} problem={problems.username} dir="ltr" />
          <TextField label={t('field.displayName')} value={draft.displayName} onChange={(displayName) => patch({ displayName })} problem={problems.displayName} />
          <SelectField
            label={t('field.role')}
            value={draft.role}
            onChange={(role) => patch({ role: role as Role })}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            problem={problems.role}
          />
          <TextField
            label={draft.id ? t('field.newPassword') : t('field.password')}
            type="password"
            value={draft.password}
            onChange={(password) => patch({ password })}
            problem={problems.password}
            dir="ltr"
          />
          <p className="hint">{draft.id ? t('admin.passwordKeep', { min: PASSWORD_MIN }) : t('admin.passwordRule', { min: PASSWORD_MIN })}</p>
          <CheckField label={t('field.active')} checked={draft.active} onChange={(active) => patch({ active })} />
        </EditorCard>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>{t('field.username')}</th>
            <th>{t('field.displayName')}</th>
            <th>{t('field.role')}</th>
            <th>{t('field.active')}</th>
            {!readOnly && <th />}
          </tr>
        </thead>
        <tbody>
          {config.staff.map((u) => (
            <tr key={u.id} className={u.active ? '' : 'inactive'}>
              <td dir="ltr">{u.username}</td>
              <td>{localDigits(u.displayName, lang)}</td>
              <td>{t(`role.${u.role}`)}</td>
              <td>
                <YesNo value={u.active} />
              </td>
              {!readOnly && (
                <td>
                  <button type="button" className="btn btn-small" onClick={() => form.edit(staffDraft(u))}>
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
