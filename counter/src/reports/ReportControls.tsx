// What to report on: when (PeriodPicker), where (a manager's place picker; a clerk
// sees their own desk), compared with what, which sections — and «ساختن گزارش».
import type { FormEvent } from 'react';
import type { PeriodSpec } from '@desk/common';
import { problemText, useT } from '../i18n';
import type { Problems } from '../problems';
import { CheckField } from '../admin/FormBits';
import { JalaliDateField, PeriodPicker, PeriodSummary } from '@desk/ui/reports/index.ts';
import { COMPARE_CHOICES, PLACE_KINDS, SECTION_GROUPS, type FormField, type PlaceKind, type ReportForm } from './report-form';
import type { PlaceChoices } from './usePlaces';

type Change = (patch: Partial<ReportForm>) => void;

const PLACE_KEYS = {
  office: 'reports.place.office',
  level: 'reports.place.level',
  unit: 'reports.place.unit',
  department: 'reports.place.department',
  counter: 'reports.place.counter',
  clerk: 'reports.place.clerk',
  service: 'reports.place.service',
} as const satisfies Record<PlaceKind, string>;

function PlacePicker(props: { form: ReportForm; onChange: Change; choices: PlaceChoices; problems: Problems<FormField> }) {
  const { t } = useT();
  const { form } = props;
  const problem = problemText(t, props.problems.placeId);
  const groups = form.placeKind === 'office' ? [] : props.choices[form.placeKind];
  const empty = groups.every((g) => g.options.length === 0);
  return (
    <fieldset className="reports-group" data-testid="report-place">
      <legend>{t('reports.place')}</legend>
      <div className="reports-row">
        <label className="field field-narrow">
          <span>{t('reports.placeKind')}</span>
          <select value={form.placeKind} data-testid="report-place-kind" onChange={(e) => props.onChange({ placeKind: e.target.value as PlaceKind, placeId: '' })}>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(PLACE_KEYS[k])}
              </option>
            ))}
          </select>
        </label>
        {form.placeKind !== 'office' && (
          <label className="field reports-place-field">
            <span>{t(PLACE_KEYS[form.placeKind])}</span>
            <select value={form.placeId} aria-invalid={!!problem} data-testid="report-place-id" onChange={(e) => props.onChange({ placeId: e.target.value })}>
              <option value="">{empty ? t('reports.place.none') : t('reports.place.choose')}</option>
              {groups.map((g, i) =>
                g.label ? (
                  <optgroup key={g.label} label={g.label}>
                    {g.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                ) : (
                  g.options.map((o) => (
                    <option key={`${i}-${o.value}`} value={o.value}>
                      {o.label}
                    </option>
                  ))
                ),
              )}
            </select>
            {problem && <small className="field-problem">{problem}</small>}
          </label>
        )}
      </div>
    </fieldset>
  );
}

function ComparePicker(props: { form: ReportForm; onChange: Change; problems: Problems<FormField>; compareTo?: PeriodSpec }) {
  const { t } = useT();
  const { form } = props;
  return (
    <fieldset className="reports-group">
      <legend>{t('reports.compare')}</legend>
      <div className="reports-row">
        <div className="reports-kinds" role="radiogroup" aria-label={t('reports.compare')}>
          {COMPARE_CHOICES.map((c) => (
            <label key={c} className={form.compare === c ? 'chip chip-on' : 'chip'}>
              <input type="radio" name="report-compare" value={c} checked={form.compare === c} data-testid={`report-compare-${c}`} onChange={() => props.onChange({ compare: c })} />
              {t(`reports.compare.${c}`)}
            </label>
          ))}
        </div>
        {form.compare === 'custom' && (
          <>
            <JalaliDateField label={t('reports.from')} value={form.compareFrom} onChange={(compareFrom) => props.onChange({ compareFrom })} problem={props.problems.compareFrom} testId="report-compare-from" />
            <JalaliDateField label={t('reports.to')} value={form.compareTo} onChange={(compareTo) => props.onChange({ compareTo })} problem={props.problems.compareTo} testId="report-compare-to" />
          </>
        )}
        {form.compare !== 'none' && <PeriodSummary spec={props.compareTo} testId="report-compare-label" />}
      </div>
    </fieldset>
  );
}

export function ReportControls(props: {
  form: ReportForm;
  onChange: Change;
  problems: Problems<FormField>;
  /** A clerk: their own desk, no place picker. */
  ownDesk: boolean;
  choices: PlaceChoices;
  today: string;
  preview: { period?: PeriodSpec; compareTo?: PeriodSpec };
  busy: boolean;
  onBuild: () => void;
}) {
  const { t } = useT();
  const { form } = props;
  const sectionsProblem = problemText(t, props.problems.groups);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onBuild();
  };
  return (
    <form className="reports-controls card no-print" noValidate onSubmit={submit} aria-label={t('reports.controls')} data-testid="report-controls">
      <PeriodPicker form={form} onChange={props.onChange} problems={props.problems} today={props.today} spec={props.preview.period} />
      <div className="reports-columns">
        {props.ownDesk ? (
          <p className="reports-own-desk notice" data-testid="report-own-desk">
            {t('reports.ownDesk')}
          </p>
        ) : (
          <PlacePicker form={form} onChange={props.onChange} choices={props.choices} problems={props.problems} />
        )}
        <ComparePicker form={form} onChange={props.onChange} problems={props.problems} compareTo={props.preview.compareTo} />
      </div>
      <div className="reports-row reports-build-row">
        <fieldset className="reports-group reports-sections" aria-invalid={!!sectionsProblem}>
          <legend>{t('reports.sections')}</legend>
          <div className="reports-row">
            {SECTION_GROUPS.map((g) => (
              <CheckField key={g.id} label={t(`reports.section.${g.id}`)} checked={form.groups[g.id]} onChange={(on) => props.onChange({ groups: { ...form.groups, [g.id]: on } })} />
            ))}
          </div>
          {sectionsProblem && <small className="field-problem">{sectionsProblem}</small>}
        </fieldset>
        <button type="submit" className="btn btn-primary btn-big reports-build" disabled={props.busy} data-testid="report-build">
          {t('reports.build')}
        </button>
      </div>
    </form>
  );
}
