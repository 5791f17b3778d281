// A service's electronic form, drawn from its field definitions: every kind, in the
// reader's language, numbers typed in any digits; document slots upload as staff.
import type { FormField } from '@desk/common';
import { localDigits, useT } from '../i18n';
import type { EdeskApi } from './api';
import { FieldBox, FilePicker } from './Fields';
import { fieldLabel } from './format';
import type { SlotFiles } from './register-form';

const DIGIT_KINDS = new Set<FormField['kind']>(['nationalId', 'companyId', 'mobile', 'postalCode', 'number']);

export function ServiceForm(props: {
  edesk: EdeskApi;
  fields: FormField[];
  values: Record<string, string>;
  onValue: (id: string, value: string) => void;
  files: SlotFiles;
  onFiles: (slotId: string, files: SlotFiles[string]) => void;
  onUploading: (delta: number) => void;
  errors: Record<string, string>;
}) {
  const { t, lang } = useT();
  return (
    <div className="edesk-form-grid">
      {props.fields.map((f) => {
        const label = fieldLabel(f, lang);
        const hint = lang === 'en' && f.hintEn ? f.hintEn : f.hint;
        const problem = props.errors[f.id];
        if (f.kind === 'document') {
          return (
            <FilePicker
              key={f.id}
              edesk={props.edesk}
              label={label}
              files={props.files[f.id] ?? []}
              onChange={(files) => props.onFiles(f.id, files)}
              onUploading={props.onUploading}
              accept={f.accept}
              {...(f.maxFiles !== undefined ? { maxFiles: f.maxFiles } : {})}
              optional={!f.required}
              {...(hint ? { hint } : {})}
              {...(problem ? { problem } : {})}
              testId={`file-${f.id}`}
            />
          );
        }
        const value = props.values[f.id] ?? '';
        const common = {
          'aria-invalid': !!problem,
          'data-testid': `field-${f.id}`,
          'data-field': f.id,
        };
        let control;
        switch (f.kind) {
          case 'textarea':
            control = <textarea className="edesk-textarea" rows={3} value={value} maxLength={f.maxLength} onChange={(e) => props.onValue(f.id, e.target.value)} {...common} />;
            break;
          case 'select':
            control = (
              <select value={value} onChange={(e) => props.onValue(f.id, e.target.value)} {...common}>
                <option value="">{t('form.choose')}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {lang === 'en' && o.labelEn ? o.labelEn : o.label}
                  </option>
                ))}
              </select>
            );
            break;
          case 'date':
            control = (
              <input
                value={value}
                inputMode="numeric"
                dir="ltr"
                placeholder={localDigits('1404/01/15', lang)}
                onChange={(e) => props.onValue(f.id, e.target.value)}
                {...common}
              />
            );
            break;
          default:
            control = (
              <span className={f.kind === 'number' && f.unit ? 'edesk-with-unit' : undefined}>
                <input
                  type={f.kind === 'email' ? 'email' : 'text'}
                  value={value}
                  dir={DIGIT_KINDS.has(f.kind) || f.kind === 'email' ? 'ltr' : undefined}
                  inputMode={DIGIT_KINDS.has(f.kind) ? (f.kind === 'number' ? 'decimal' : 'numeric') : undefined}
                  maxLength={f.kind === 'text' ? f.maxLength : undefined}
                  onChange={(e) => props.onValue(f.id, e.target.value)}
                  {...common}
                />
                {f.kind === 'number' && f.unit && <span className="muted">{f.unit}</span>}
              </span>
            );
        }
        const dateHint = f.kind === 'date' ? t('edesk.hint.date') : undefined;
        return (
          <FieldBox key={f.id} label={label} optional={!f.required} hint={hint ?? dateHint} problem={problem} wide={f.kind === 'textarea'}>
            {control}
          </FieldBox>
        );
      })}
    </div>
  );
}
