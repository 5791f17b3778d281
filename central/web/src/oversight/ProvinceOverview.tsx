// The province at a glance: offices × criteria (the self-assessment's status), each
// office's newest signed inspection or open draft, and who is not inspected yet.
import type { ProvinceSummary } from './model';
import { STATUS_MARK, STATUS_TEXT } from './model';
import { dateText, num } from '../format';

export function ProvinceOverview(props: { summary: ProvinceSummary; onOpen(officeId: string): void }) {
  const { summary } = props;
  return (
    <section aria-labelledby="oversight-overview-title">
      <h2 id="oversight-overview-title">
        ادارات استان {summary.province} — {summary.period.label}
      </h2>
      <div className="oversight-scroll">
        <table data-testid="oversight-summary" className="oversight-grid">
          <caption className="muted">نشانه‌ها: ✔ برآورده، ◐ تا حدی، ✘ برآورده نشده، — داده‌ای در دسترس نیست (خوداظهاری محاسبه‌شده از رویدادها)</caption>
          <thead>
            <tr>
              <th scope="col">اداره</th>
              <th scope="col">دستگاه</th>
              {summary.criteria.map((c) => (
                <th scope="col" key={c.id} title={c.title}>
                  {c.number}
                </th>
              ))}
              <th scope="col">بازرسی این فصل</th>
              <th scope="col">
                <span className="visually-hidden">بررسی</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.offices.map((row) => (
              <tr key={row.office.id} data-office={row.office.id}>
                <td>{row.office.name}</td>
                <td>{row.office.agency}</td>
                {summary.criteria.map((c) => {
                  const s = row.statuses[c.id] ?? 'noData';
                  return (
                    <td key={c.id} className={`oversight-status oversight-${s}`} title={`${c.title}: ${STATUS_TEXT[s]}`} data-criterion={c.id}>
                      <span aria-hidden="true">{STATUS_MARK[s]}</span>
                      <span className="visually-hidden">{STATUS_TEXT[s]}</span>
                    </td>
                  );
                })}
                <td data-col="inspection">
                  {row.inspection.signed ? (
                    <span className="ok">
                      امضا شده (نسخهٔ {num(row.inspection.signed.version)}، {dateText(row.inspection.signed.signedAt)})
                    </span>
                  ) : row.inspection.draft ? (
                    <span className="oversight-draft">پیش‌نویس ({row.inspection.draft.inspectorName})</span>
                  ) : (
                    <span className="bad">بازرسی نشده</span>
                  )}
                </td>
                <td>
                  <button type="button" data-testid={`oversight-open-${row.office.id}`} onClick={() => props.onOpen(row.office.id)}>
                    بررسی
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary.offices.length === 0 ? (
        <p className="muted">اداره‌ای در این استان ثبت نشده است.</p>
      ) : summary.notInspected.length > 0 ? (
        <p data-testid="oversight-not-inspected">
          هنوز بازرسی نشده در {summary.period.label} ({num(summary.notInspected.length)} اداره): {summary.notInspected.map((o) => o.name).join('، ')}
        </p>
      ) : (
        <p className="ok">همهٔ ادارات استان در این فصل بازرسی شده‌اند.</p>
      )}
    </section>
  );
}
