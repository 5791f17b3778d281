// Which offices a report covers: every office, one province's, one agency's, or
// offices picked one by one (grouped by province).
import type { OfficeOverview } from '../../../src/reports/types';
import type { CentralForm, OfficeScope } from './report-form';

const SCOPES: { id: OfficeScope; title: string }[] = [
  { id: 'all', title: 'همهٔ ادارات' },
  { id: 'province', title: 'یک استان' },
  { id: 'agency', title: 'یک دستگاه' },
  { id: 'pick', title: 'ادارات انتخابی' },
];

const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'fa'));

function Choice(props: { label: string; value: string; options: string[]; testId: string; onChange: (value: string) => void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value} data-testid={props.testId} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">انتخاب کنید…</option>
        {props.options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}

export function OfficesPicker(props: { form: CentralForm; offices: OfficeOverview[]; onChange: (patch: Partial<CentralForm>) => void; problem?: string }) {
  const { form, offices, onChange } = props;
  const provinces = distinct(offices.map((o) => o.province));
  const agencies = distinct(offices.map((o) => o.agency));
  const toggle = (id: string, on: boolean) => onChange({ officeIds: on ? [...form.officeIds, id] : form.officeIds.filter((x) => x !== id) });
  return (
    <fieldset className="reports-group" data-testid="central-report-offices">
      <legend>ادارات</legend>
      <div className="reports-row">
        <div className="reports-kinds" role="radiogroup" aria-label="ادارات گزارش">
          {SCOPES.map((s) => (
            <label key={s.id} className={form.scope === s.id ? 'chip chip-on' : 'chip'}>
              <input type="radio" name="central-report-scope" checked={form.scope === s.id} data-testid={`central-report-scope-${s.id}`} onChange={() => onChange({ scope: s.id })} />
              {s.title}
            </label>
          ))}
        </div>
        {form.scope === 'province' && <Choice label="استان" value={form.province} options={provinces} testId="central-report-province" onChange={(province) => onChange({ province })} />}
        {form.scope === 'agency' && <Choice label="دستگاه" value={form.agency} options={agencies} testId="central-report-agency" onChange={(agency) => onChange({ agency })} />}
      </div>
      {form.scope === 'pick' && (
        <div className="central-report-picks">
          {provinces.map((p) => (
            <fieldset key={p}>
              <legend>{p}</legend>
              {offices
                .filter((o) => o.province === p)
                .map((o) => (
                  <label key={o.id} className="central-report-pick">
                    <input type="checkbox" checked={form.officeIds.includes(o.id)} data-testid={`central-report-office-${o.id}`} onChange={(e) => toggle(o.id, e.target.checked)} />
                    {o.name} <span className="muted">({o.agency})</span>
                  </label>
                ))}
            </fieldset>
          ))}
        </div>
      )}
      {props.problem && <small className="field-problem">{props.problem}</small>}
    </fieldset>
  );
}
