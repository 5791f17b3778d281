// When: the kind of period (day, week, month, season, year, custom) and its Jalali
// pickers, one-press «امروز / این ماه…», and the period it resolves to in words.
import { JALALI_MONTHS, resolvePeriod, toLatinDigits, toPersianDigits, type PeriodKind, type PeriodSpec } from '@desk/common';
import { problemText, useReportsT, type FieldProblem, type FieldProblems } from './i18n';
import { PERIOD_KINDS, presetForm, yearChoices, type PeriodField, type PeriodForm } from './period-form';

type Change = (patch: Partial<PeriodForm>) => void;

export const KIND_KEYS = {
  day: 'reports.kind.day',
  week: 'reports.kind.week',
  month: 'reports.kind.month',
  quarter: 'reports.kind.quarter',
  year: 'reports.kind.year',
  custom: 'reports.kind.custom',
} as const satisfies Record<PeriodKind, string>;

// (the kind buttons keep today's week, month and season: these bring a changed date back)
const PRESETS = [
  { kind: 'day', key: 'reports.preset.today' },
  { kind: 'month', key: 'reports.preset.thisMonth' },
  { kind: 'year', key: 'reports.preset.thisYear' },
] as const;

/** A Jalali date typed as YYYY/MM/DD in any digits; Persian readers see Persian digits. */
export function JalaliDateField(props: { label: string; value: string; onChange: (v: string) => void; problem?: FieldProblem; testId: string }) {
  const { t, lang } = useReportsT();
  const problem = problemText(t, props.problem);
  const hintId = `${props.testId}-hint`;
  return (
    <label className="field field-date">
      <span>{props.label}</span>
      <input
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
        value={lang === 'fa' ? toPersianDigits(props.value) : props.value}
        placeholder={lang === 'fa' ? '۱۴۰۵/۰۸/۱۲' : '1405/08/12'}
        aria-invalid={!!problem}
        aria-describedby={hintId}
        data-testid={props.testId}
        onChange={(e) => props.onChange(toLatinDigits(e.target.value))}
      />
      {problem ? (
        <small className="field-problem" id={hintId}>
          {problem}
        </small>
      ) : (
        <small className="hint" id={hintId}>
          {t('reports.dateHint')}
        </small>
      )}
    </label>
  );
}

function Select(props: { label: string; value: number; options: { value: number; label: string }[]; onChange: (v: number) => void; testId: string }) {
  return (
    <label className="field field-narrow">
      <span>{props.label}</span>
      <select value={props.value} data-testid={props.testId} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** «آبان ۱۴۰۵ — ۱۴۰۵/۰۸/۰۱ تا ۱۴۰۵/۰۸/۳۰» for what was picked, or nothing while it is not a period. */
export function PeriodSummary(props: { spec: PeriodSpec | undefined; testId: string }) {
  const { t, lang } = useReportsT();
  if (!props.spec) return null;
  try {
    const p = resolvePeriod(props.spec);
    return (
      <p className="reports-period-label" data-testid={props.testId} aria-live="polite">
        {t('reports.periodIs', { label: lang === 'fa' ? p.label : p.labelEn, days: p.days })}
      </p>
    );
  } catch {
    return null;
  }
}

export function PeriodPicker(props: { form: PeriodForm; onChange: Change; problems: FieldProblems<PeriodField>; today: string; spec?: PeriodSpec }) {
  const { t, lang } = useReportsT();
  const { form, onChange } = props;
  const digits = (n: number) => (lang === 'fa' ? toPersianDigits(n) : String(n));
  const years = yearChoices(props.today).map((y) => ({ value: y, label: digits(y) }));
  const yearSelect = <Select label={t('reports.year')} value={form.year} options={years} onChange={(year) => onChange({ year })} testId="report-year" />;
  return (
    <fieldset className="reports-group">
      <legend>{t('reports.period')}</legend>
      <div className="reports-row reports-period-row">
        <div className="reports-kinds" role="radiogroup" aria-label={t('reports.periodKind')}>
          {PERIOD_KINDS.map((kind) => (
            <label key={kind} className={form.kind === kind ? 'chip chip-on' : 'chip'}>
              <input type="radio" name="report-kind" value={kind} checked={form.kind === kind} data-testid={`report-kind-${kind}`} onChange={() => onChange({ kind })} />
              {t(KIND_KEYS[kind])}
            </label>
          ))}
        </div>
        {(form.kind === 'day' || form.kind === 'week') && (
          <JalaliDateField
            label={form.kind === 'day' ? t('reports.date') : t('reports.dateInWeek')}
            value={form.date}
            onChange={(date) => onChange({ date })}
            problem={props.problems.date}
            testId="report-date"
          />
        )}
        {form.kind === 'month' && (
          <>
            {yearSelect}
            <Select
              label={t('reports.month')}
              value={form.month}
              options={JALALI_MONTHS[lang].map((name, i) => ({ value: i + 1, label: name }))}
              onChange={(month) => onChange({ month })}
              testId="report-month"
            />
          </>
        )}
        {form.kind === 'quarter' && (
          <>
            {yearSelect}
            <Select
              label={t('reports.quarter')}
              value={form.quarter}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: t(`reports.season.${q as 1 | 2 | 3 | 4}`) }))}
              onChange={(quarter) => onChange({ quarter })}
              testId="report-quarter"
            />
          </>
        )}
        {form.kind === 'year' && yearSelect}
        {form.kind === 'custom' && (
          <>
            <JalaliDateField label={t('reports.from')} value={form.from} onChange={(from) => onChange({ from })} problem={props.problems.from} testId="report-from" />
            <JalaliDateField label={t('reports.to')} value={form.to} onChange={(to) => onChange({ to })} problem={props.problems.to} testId="report-to" />
          </>
        )}
        <PeriodSummary spec={props.spec} testId="report-period-label" />
        <div className="reports-presets">
          {PRESETS.map((p) => (
            <button key={p.kind} type="button" className="btn btn-small btn-quiet-outline" data-testid={`report-preset-${p.kind}`} onClick={() => onChange(presetForm(form, p.kind, props.today))}>
              {t(p.key)}
            </button>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
