// Staff: who may sign in, with which role; an admin sets passwords.
import type { Role } from '@desk/common';
import { localDigits, useT } from '../i18n';
import { checkStaff, PASSWORD_MIN, ROLES, staffDraft, type StaffField } from './settings-forms';
import { CheckField, SelectField, TextField, YesNo } from './FormBits';
import { ListSection } from './ListSection';
import { saveItem, type SectionProps } from './useAdminConfig';

export function StaffAdmin({ config, readOnly, send }: SectionProps) {
  const { t, lang } = useT();
  return (
    <ListSection<(typeof config.staff)[number], ReturnType<typeof staffDraft>, StaffField, unknown>
      title={t('admin.staff')}
      readOnly={readOnly}
      items={config.staff}
      rowClass={(u) => (u.active ? '' : 'inactive')}
      columns={[
        { header: t('field.username'), cell: (u) => u.username, dir: 'ltr' },
        { header: t('field.displayName'), cell: (u) => localDigits(u.displayName, lang) },
        { header: t('field.role'), cell: (u) => t(`role.${u.role}`) },
        { header: t('field.active'), cell: (u) => <YesNo value={u.active} /> },
      ]}
      newDraft={() => staffDraft()}
      toDraft={(u) => staffDraft(u)}
      editorTitle={(d) => (d.id ? t('admin.editStaff') : t('admin.newStaff'))}
      check={(d) => checkStaff(d, config)}
      save={(d, value) => saveItem(send, 'staff', d.id, value)}
      fields={({ draft, patch, problems }) => (
        <>
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
        </>
      )}
    />
  );
}
