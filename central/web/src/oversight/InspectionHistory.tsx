// An office's inspections, every quarter and version; one opened shows its scores,
// findings, actions and the figures it was signed with.
import { useState } from 'react';
import type { CentralApi } from '../api';
import { dateTimeText, num } from '../format';
import type { Inspection } from './model';
import { LEVEL_TEXT } from './model';
import { SelfAssessmentView } from './SelfAssessmentView';

export function InspectionHistory(props: { api: CentralApi; inspections: Inspection[]; canCorrect: boolean; onCorrected(i: Inspection): void }) {
  const [open, setOpen] = useState<Inspection | null>(null);
  const [error, setError] = useState('');

  const show = async (id: string) => {
    setError('');
    try {
      setOpen(open?.id === id ? null : await props.api.get<Inspection>(`/oversight/inspections/${id}`));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const correct = async (id: string) => {
    setError('');
    try {
      props.onCorrected(await props.api.send<Inspection>('POST', `/oversight/inspections/${id}/corrections`));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  if (props.inspections.length === 0) return <p className="muted">این اداره هنوز بازرسی نشده است.</p>;
  return (
    <section aria-labelledby="oversight-history-title">
      <h3 id="oversight-history-title">سابقهٔ بازرسی‌ها</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table data-testid="oversight-history">
        <thead>
          <tr>
            <th scope="col">فصل</th>
            <th scope="col">نسخه</th>
            <th scope="col">وضعیت</th>
            <th scope="col">بازرس</th>
            <th scope="col">امضا</th>
            <th scope="col">
              <span className="visually-hidden">کارها</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.inspections.map((i) => (
            <tr key={i.id} data-inspection={i.id} data-status={i.status}>
              <td>{i.quarterLabel}</td>
              <td className="num">{num(i.version)}</td>
              <td>{i.status === 'signed' ? (i.correctedBy ? 'امضا شده؛ اصلاح شده در نسخهٔ بعد' : 'امضا شده') : 'پیش‌نویس'}</td>
              <td>{i.inspectorName}</td>
              <td>{i.signedAt ? `${i.signedBy}، ${dateTimeText(i.signedAt)}` : '—'}</td>
              <td>
                <button type="button" className="secondary" onClick={() => void show(i.id)}>
                  {open?.id === i.id ? 'بستن' : 'دیدن'}
                </button>{' '}
                {props.canCorrect && i.status === 'signed' && !i.correctedBy && !props.inspections.some((x) => x.previousId === i.id) && (
                  <button type="button" className="secondary" data-testid={`oversight-correct-${i.id}`} onClick={() => void correct(i.id)}>
                    نسخهٔ اصلاحی
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && <InspectionDetails inspection={open} />}
    </section>
  );
}

function InspectionDetails({ inspection: i }: { inspection: Inspection }) {
  return (
    <article className="oversight-details" data-testid="oversight-details" aria-label={`بازرسی ${i.quarterLabel}، نسخهٔ ${num(i.version)}`}>
      <h4>
        بازرسی {i.quarterLabel}، نسخهٔ {num(i.version)}
      </h4>
      <ul>
        {Object.entries(i.scores).map(([id, s]) => (
          <li key={id}>
            {i.snapshot?.criteria.find((c) => c.id === id)?.title ?? id}: <strong>{LEVEL_TEXT[s.level]}</strong>
            {s.score !== undefined && ` — ${num(s.score)} از ۱۰۰`}
            {s.note && ` — ${s.note}`}
          </li>
        ))}
      </ul>
      <h5>یافته‌ها</h5>
      <p className="oversight-pre">{i.findings || '—'}</p>
      <h5>اقدام‌های اصلاحی</h5>
      {i.actions.length === 0 ? (
        <p>—</p>
      ) : (
        <ol>
          {i.actions.map((a, n) => (
            <li key={n}>
              {a.text}
              {a.due && ` (مهلت: ${a.due.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)})`}
            </li>
          ))}
        </ol>
      )}
      {i.snapshot && <SelfAssessmentView assessment={i.snapshot} caption="ارقام خوداظهاری در لحظهٔ امضا (با محاسبهٔ دوباره تغییر نمی‌کند)" />}
    </article>
  );
}
