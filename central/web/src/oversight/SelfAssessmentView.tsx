// One office's self-assessment: per criterion the figures measured, the status, the
// rule that gave it, and the events it came from.
import { dateTimeText, num } from '../format';
import type { SelfAssessment } from './model';
import { measureText } from './model';

export function SelfAssessmentView(props: { assessment: SelfAssessment; caption?: string }) {
  const a = props.assessment;
  return (
    <section aria-label="خوداظهاری">
      <p className="muted">
        {props.caption ?? 'محاسبه‌شده از رویدادهای رسیده به دفتر مرکزی'} — {num(a.source.caseEvents)} رویداد پرونده در دوره؛ زمان محاسبه{' '}
        {dateTimeText(a.computedAt)}
        {a.source.behind > 0 && <strong className="bad"> — {num(a.source.behind)} رویداد اداره هنوز نرسیده است</strong>}
      </p>
      <table data-testid="oversight-assessment" className="oversight-assessment">
        <thead>
          <tr>
            <th scope="col">شاخص</th>
            <th scope="col">ارقام</th>
            <th scope="col">وضعیت و قاعده</th>
          </tr>
        </thead>
        <tbody>
          {a.criteria.map((c) => (
            <tr key={c.id} data-criterion={c.id}>
              <th scope="row">
                <span className="oversight-number">{c.number}</span> {c.title}
                <div className="muted oversight-small">{c.text}</div>
              </th>
              <td>
                <ul className="oversight-measures">
                  {c.measures.map((m) => (
                    <li key={m.id} data-measure={m.id}>
                      {m.label}: <strong>{measureText(m)}</strong>
                    </li>
                  ))}
                </ul>
                {c.table && c.table.rows.length > 0 && (
                  <table className="oversight-inner">
                    <thead>
                      <tr>
                        {c.table.columns.map((h) => (
                          <th key={h} scope="col">
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {c.table.rows.map((r, i) => (
                        <tr key={i}>
                          {r.map((v, j) => (
                            <td key={j}>{typeof v === 'number' ? num(v) : (v ?? '—')}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <div className="muted oversight-small">منبع: {c.source}</div>
              </td>
              <td>
                <span className={`oversight-badge oversight-${c.status}`} data-col="status">
                  {c.statusLabel}
                </span>
                {c.reason && <p className="oversight-small">{c.reason}</p>}
                <p className="muted oversight-small">قاعده: {c.rule}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
