// Oversight (seeds 000, 003, 004): a province's offices against the e-desk criteria for a
// Jalali quarter, one office's self-assessment, and the quarterly inspection (draft,
// sign, correct). An inspector sees their own province only; others choose one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageProps } from '../App';
import type { OversightMe, ProvinceSummary } from './model';
import { OfficeOversight } from './OfficeOversight';
import { ProvinceOverview } from './ProvinceOverview';
import './oversight.css';

export function OversightPage({ api }: PageProps) {
  const [me, setMe] = useState<OversightMe | null>(null);
  const [quarter, setQuarter] = useState('');
  const [province, setProvince] = useState('');
  const [summary, setSummary] = useState<ProvinceSummary | null>(null);
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [error, setError] = useState('');
  // a quarter chosen while the previous one loads: only the newest answer is shown
  const asked = useRef(0);

  useEffect(() => {
    api.get<OversightMe>('/oversight/me').then(
      (m) => {
        setMe(m);
        setQuarter(m.quarters[0]?.quarter ?? '');
        setProvince(m.province ?? m.provinces[0] ?? '');
      },
      (err: Error) => setError(err.message),
    );
  }, [api]);

  const load = useCallback(async () => {
    if (!quarter || !province) return;
    const mine = ++asked.current;
    try {
      const answer = await api.get<ProvinceSummary>(`/oversight/summary?quarter=${quarter}&province=${encodeURIComponent(province)}`);
      if (mine !== asked.current) return;
      setSummary(answer);
      setError('');
    } catch (err) {
      if (mine === asked.current) setError((err as Error).message);
    }
  }, [api, quarter, province]);

  useEffect(() => {
    if (!officeId) void load();
  }, [load, officeId]);

  if (!me) return error ? <p className="error" role="alert">{error}</p> : <p className="muted">در حال بارگذاری…</p>;

  return (
    <section className="oversight">
      <div className="filters">
        <label>
          فصل{' '}
          <select data-testid="oversight-quarter" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {me.quarters.map((q) => (
              <option key={q.quarter} value={q.quarter}>
                {q.label}
              </option>
            ))}
          </select>
        </label>
        {me.role === 'inspector' ? (
          <p data-testid="oversight-province">
            بازرس: {me.name} — استان {me.province}
          </p>
        ) : (
          <label>
            استان{' '}
            <select data-testid="oversight-province" value={province} onChange={(e) => setProvince(e.target.value)}>
              {me.provinces.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {officeId ? (
        <OfficeOversight api={api} me={me} officeId={officeId} quarter={quarter} onBack={() => setOfficeId(null)} />
      ) : summary ? (
        <ProvinceOverview summary={summary} onOpen={setOfficeId} />
      ) : province ? (
        <p className="muted">در حال بارگذاری…</p>
      ) : (
        <p className="muted">اداره‌ای ثبت نشده است.</p>
      )}
    </section>
  );
}
