// The inspector's form for one office and quarter: a level and an optional 0–100 score
// per criterion (the self-assessment's status beside it), findings, corrective actions
// with a Jalali due date; saved as a draft, then signed (after which it never changes).
import { useState, type FormEvent } from 'react';
import type { CentralApi } from '../api';
import type { Inspection, InspectionLevel, SelfAssessment } from './model';
import { LEVELS, LEVEL_TEXT } from './model';

interface Props {
  api: CentralApi;
  officeId: string;
  quarter: string;
  quarterLabel: string;
  inspectorName: string;
  assessment: SelfAssessment;
  /** The open draft, or null to start one. */
  draft: Inspection | null;
  onSaved(i: Inspection): void;
}

interface Row {
  level: InspectionLevel | '';
  score: string;
  note: string;
}

const toLatin = (s: string) => s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));

export function InspectionForm(props: Props) {
  const { assessment, draft } = props;
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(
      assessment.criteria.map((c) => {
        const s = draft?.scores[c.id];
        return [c.id, { level: s?.level ?? '', score: s?.score === undefined ? '' : String(s.score), note: s?.note ?? '' }];
      }),
    ),
  );
  const [findings, setFindings] = useState(draft?.findings ?? '');
  const [actions, setActions] = useState<Array<{ text: string; due: string }>>(draft?.actions.map((a) => ({ text: a.text, due: a.due ?? '' })) ?? []);
  const [signer, setSigner] = useState(props.inspectorName);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const setRow = (id: string, patch: Partial<Row>) => setRows((r) => ({ ...r, [id]: { ...r[id]!, ...patch } }));

  function body() {
    const scores: Record<string, { level: InspectionLevel; score?: number; note?: string }> = {};
    for (const [id, r] of Object.entries(rows)) {
      if (!r.level) continue;
      const score = toLatin(r.score).trim();
      scores[id] = { level: r.level, ...(score ? { score: Number(score) } : {}), ...(r.note.trim() ? { note: r.note.trim() } : {}) };
    }
    return { scores, findings, actions: actions.filter((a) => a.text.trim()).map((a) => ({ text: a.text, ...(a.due.trim() ? { due: a.due.trim() } : {}) })) };
  }

  async function save(): Promise<Inspection | null> {
    const saved = draft
      ? await props.api.send<Inspection>('PUT', `/oversight/inspections/${draft.id}`, body())
      : await props.api.send<Inspection>('POST', `/oversight/offices/${encodeURIComponent(props.officeId)}/inspections`, { quarter: props.quarter, ...body() });
    props.onSaved(saved);
    return saved;
  }

  async function run(work: () => Promise<string>) {
    setBusy(true);
    setError('');
    setMessage('');
    try {
      setMessage(await work());
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await save();
      return 'پیش‌نویس ذخیره شد.';
    });
  };

  const onSign = () => {
    if (!window.confirm(`بازرسی ${props.quarterLabel} امضا شود؟ پس از امضا تغییر نمی‌کند و ارقام همین لحظه با آن نگه داشته می‌شود.`)) return;
    void run(async () => {
      const saved = await save();
      if (!saved) return '';
      const signed = await props.api.send<Inspection>('POST', `/oversight/inspections/${saved.id}/sign`, { signedBy: signer });
      props.onSaved(signed);
      return 'بازرسی امضا شد.';
    });
  };

  return (
    <form className="oversight-form" onSubmit={onSave} aria-label={`بازرسی ${props.quarterLabel}`}>
      <h3>
        بازرسی {props.quarterLabel} {draft ? `(پیش‌نویس، نسخهٔ ${draft.version.toLocaleString('fa-IR')})` : '(تازه)'}
      </h3>
      <table className="oversight-scores">
        <thead>
          <tr>
            <th scope="col">شاخص</th>
            <th scope="col">خوداظهاری</th>
            <th scope="col">ارزیابی بازرس</th>
            <th scope="col">امتیاز (۰ تا ۱۰۰)</th>
            <th scope="col">یادداشت</th>
          </tr>
        </thead>
        <tbody>
          {assessment.criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.number}. {c.title}
              </th>
              <td>
                <span className={`oversight-badge oversight-${c.status}`}>{c.statusLabel}</span>
              </td>
              <td>
                <select
                  aria-label={`ارزیابی ${c.title}`}
                  data-testid={`oversight-level-${c.id}`}
                  value={rows[c.id]?.level ?? ''}
                  onChange={(e) => setRow(c.id, { level: e.target.value as InspectionLevel | '' })}
                >
                  <option value="">— انتخاب —</option>
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {LEVEL_TEXT[l]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`امتیاز ${c.title}`}
                  data-testid={`oversight-score-${c.id}`}
                  inputMode="numeric"
                  size={4}
                  value={rows[c.id]?.score ?? ''}
                  onChange={(e) => setRow(c.id, { score: e.target.value })}
                />
              </td>
              <td>
                <input aria-label={`یادداشت ${c.title}`} value={rows[c.id]?.note ?? ''} onChange={(e) => setRow(c.id, { note: e.target.value })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <label htmlFor="oversight-findings">یافته‌های بازرسی</label>
      <textarea id="oversight-findings" data-testid="oversight-findings" rows={5} value={findings} onChange={(e) => setFindings(e.target.value)} />

      <fieldset className="oversight-actions">
        <legend>اقدام‌های اصلاحی لازم</legend>
        {actions.map((a, i) => (
          <div key={i} className="oversight-action">
            <input
              aria-label={`اقدام ${(i + 1).toLocaleString('fa-IR')}`}
              data-testid={`oversight-action-text-${i}`}
              value={a.text}
              onChange={(e) => setActions((list) => list.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
            />
            <input
              aria-label={`مهلت اقدام ${(i + 1).toLocaleString('fa-IR')} (مانند ۱۴۰۵/۰۹/۳۰)`}
              data-testid={`oversight-action-due-${i}`}
              placeholder="مهلت: ۱۴۰۵/۰۹/۳۰"
              size={12}
              value={a.due}
              onChange={(e) => setActions((list) => list.map((x, j) => (j === i ? { ...x, due: e.target.value } : x)))}
            />
            <button type="button" className="secondary" onClick={() => setActions((list) => list.filter((_, j) => j !== i))}>
              حذف
            </button>
          </div>
        ))}
        <button type="button" className="secondary" data-testid="oversight-add-action" onClick={() => setActions((list) => [...list, { text: '', due: '' }])}>
          افزودن اقدام
        </button>
      </fieldset>

      <div className="oversight-buttons">
        <button type="submit" data-testid="oversight-save" disabled={busy}>
          ذخیرهٔ پیش‌نویس
        </button>
        <label htmlFor="oversight-signer">نام امضاکننده</label>
        <input id="oversight-signer" data-testid="oversight-signer" value={signer} onChange={(e) => setSigner(e.target.value)} />
        <button type="button" data-testid="oversight-sign" disabled={busy} onClick={onSign}>
          امضای بازرسی
        </button>
      </div>
      <p role="status" data-testid="oversight-form-status" className="ok">
        {message}
      </p>
      {error && (
        <p role="alert" data-testid="oversight-form-error" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
