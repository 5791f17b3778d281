// One field of a service's electronic form, drawn for its kind: text, long text,
// number with its unit, Jalali date, a choice (big radio buttons when few, a list
// when many), national ID, company ID, mobile, e-mail, postal code. Uploads are
// DocumentSlot's.
import type { FormField } from '@desk/common';
import { useI18n } from '@desk/ui';
import { pick } from '../edesk/format';
import { Field, FieldError } from '../parts/Field';

/** Up to this many options show as radio buttons; more as a drop-down list. */
const RADIO_LIMIT = 5;

export const fieldDomId = (fieldId: string) => `field-${fieldId}`;

type InputField = Exclude<FormField, { kind: 'document' }>;

export function FieldInput(props: { field: InputField; value: string; error: string | undefined; onChange: (value: string) => void; onBlur: () => void }) {
  const { t, lang } = useI18n();
  const { field } = props;
  const label = pick(lang, field.label, field.labelEn);
  const ownHint = lang === 'en' ? (field.hintEn ?? field.hint) : field.hint;
  const kindHint = field.kind === 'date' ? t('form.dateHint') : ['nationalId', 'companyId', 'mobile', 'postalCode'].includes(field.kind) ? t(`form.hint.${field.kind}`) : undefined;
  const hint = [ownHint, kindHint].filter(Boolean).join(' ') || undefined;
  const testId = fieldDomId(field.id);

  if (field.kind === 'select' && field.options.length <= RADIO_LIMIT) {
    const errorId = `${testId}-error`;
    return (
      <fieldset className={`portal-field portal-choice${props.error ? ' portal-field-invalid' : ''}`} id={testId} tabIndex={-1} aria-describedby={props.error ? errorId : undefined}>
        <legend className="portal-label">
          {label}
          {!field.required && <span className="portal-optional"> {t('form.optional')}</span>}
        </legend>
        {hint && <p className="portal-hint">{hint}</p>}
        <div className="portal-choice-options">
          {field.options.map((o) => (
            <label key={o.value} className={`portal-choice-option${props.value === o.value ? ' portal-choice-checked' : ''}`}>
              <input
                type="radio"
                name={testId}
                value={o.value}
                checked={props.value === o.value}
                onChange={() => props.onChange(o.value)}
                data-testid={`${testId}-${o.value}`}
              />
              <span>{pick(lang, o.label, o.labelEn)}</span>
            </label>
          ))}
        </div>
        <FieldError id={errorId} message={props.error} testId={`error-${field.id}`} />
      </fieldset>
    );
  }

  return (
    <Field id={testId} label={label} required={field.required} hint={hint} error={props.error} testId={field.id}>
      {(ids) => {
        const common = {
          id: ids.id,
          value: props.value,
          'aria-describedby': ids.describedBy,
          'aria-invalid': ids.invalid,
          'data-testid': testId,
          onBlur: props.onBlur,
        };
        switch (field.kind) {
          case 'textarea':
            return <textarea {...common} className="portal-input portal-textarea" rows={5} onChange={(e) => props.onChange(e.target.value)} />;
          case 'select':
            return (
              <select {...common} className="portal-input portal-select" onChange={(e) => props.onChange(e.target.value)}>
                <option value="">{t('form.choose')}</option>
                {field.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {pick(lang, o.label, o.labelEn)}
                  </option>
                ))}
              </select>
            );
          case 'number':
            return (
              <div className="portal-input-unit">
                <input {...common} className="portal-input portal-input-ltr" dir="ltr" inputMode={field.integer ? 'numeric' : 'decimal'} autoComplete="off" onChange={(e) => props.onChange(e.target.value)} />
                {field.unit && <span className="portal-unit">{field.unit}</span>}
              </div>
            );
          case 'date':
            return (
              <input
                {...common}
                className="portal-input portal-input-ltr portal-input-date"
                dir="ltr"
                inputMode="numeric"
                autoComplete="off"
                placeholder={t('form.datePlaceholder')}
                onChange={(e) => props.onChange(e.target.value)}
              />
            );
          case 'nationalId':
          case 'companyId':
          case 'postalCode':
            return <input {...common} className="portal-input portal-input-ltr" dir="ltr" inputMode="numeric" autoComplete="off" onChange={(e) => props.onChange(e.target.value)} />;
          case 'mobile':
            return <input {...common} className="portal-input portal-input-ltr" dir="ltr" type="tel" inputMode="tel" autoComplete="tel" onChange={(e) => props.onChange(e.target.value)} />;
          case 'email':
            return <input {...common} className="portal-input portal-input-ltr" dir="ltr" type="email" autoComplete="email" onChange={(e) => props.onChange(e.target.value)} />;
          case 'text':
            return <input {...common} className="portal-input" type="text" onChange={(e) => props.onChange(e.target.value)} />;
        }
      }}
    </Field>
  );
}
