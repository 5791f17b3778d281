// Every office: sync health and today's figures, refreshed every 5 seconds; sort by
// any column, filter by province and agency.
import { useCallback, useEffect, useState } from 'react';
import type { PageProps } from '../App';
import { num } from '../format';

interface Figures {
  issued: number;
  served: number;
  waiting: number;
  noShow: number;
  meanWaitSeconds: number | null;
}
interface StreamHealth {
  lastSeq: number;
  behind: number;
}
export interface OfficeOverview {
  id: string;
  name: string;
  province: string;
  agency: string;
  connected: boolean;
  lagSeconds: number | null;
  sync: Record<string, StreamHealth>;
  today: Figures;
}

interface Row {
  id: string;
  name: string;
  province: string;
  connected: number;
  lagSeconds: number | null;
  behind: number;
  issued: number;
  served: number;
  waiting: number;
  noShow: number;
  meanWait: number | null;
}
type SortKey = Exclude<keyof Row, 'id'>;

const columns: { key: SortKey; title: string }[] = [
  { key: 'name', title: 'اداره' },
  { key: 'province', title: 'استان' },
  { key: 'connected', title: 'اتصال' },
  { key: 'lagSeconds', title: 'تأخیر همگام‌سازی' },
  { key: 'behind', title: 'رویدادهای در راه' },
  { key: 'issued', title: 'نوبت امروز' },
  { key: 'served', title: 'خدمت‌گرفته' },
  { key: 'waiting', title: 'در صف' },
  { key: 'noShow', title: 'عدم حضور' },
  { key: 'meanWait', title: 'میانگین انتظار (دقیقه)' },
];

function rowOf(o: OfficeOverview): Row {
  return {
    id: o.id,
    name: o.name,
    province: o.province,
    connected: o.connected ? 1 : 0,
    lagSeconds: o.lagSeconds ?? null,
    behind: Object.values(o.sync ?? {}).reduce((n, s) => n + (s.behind || 0), 0),
    issued: o.today.issued,
    served: o.today.served,
    waiting: o.today.waiting,
    noShow: o.today.noShow,
    meanWait: o.today.meanWaitSeconds == null ? null : o.today.meanWaitSeconds / 60,
  };
}

export function BoardPage({ api }: PageProps) {
  const [offices, setOffices] = useState<OfficeOverview[] | null>(null);
  const [province, setProvince] = useState('');
  const [agency, setAgency] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    const q = new URLSearchParams();
    if (province.trim()) q.set('province', province.trim());
    if (agency.trim()) q.set('agency', agency.trim());
    try {
      const body = await api.get<{ offices: OfficeOverview[] }>(`/offices?${q}`);
      setOffices(body.offices);
      setError('');
    } catch (err) {
      setError(`به‌روزرسانی ممکن نشد: ${(err as Error).message}`);
    }
  }, [api, province, agency]);

  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), 5000);
    return () => clearInterval(t);
  }, [load]);

  const rows = (offices ?? []).map(rowOf).sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (typeof x === 'string' && typeof y === 'string') return sort.dir * x.localeCompare(y, 'fa');
    return sort.dir * (((x as number | null) ?? -1) - ((y as number | null) ?? -1));
  });
  const sum = (k: SortKey) => rows.reduce((n, r) => n + ((r[k] as number | null) || 0), 0);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : 1 }));

  return (
    <section>
      <div className="filters">
        <label>
          استان <input data-testid="central-province" placeholder="همه" value={province} onChange={(e) => setProvince(e.target.value)} />
        </label>
        <label>
          دستگاه <input placeholder="همه" value={agency} onChange={(e) => setAgency(e.target.value)} />
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <table data-testid="central-offices">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="link" onClick={() => sortBy(c.key)}>
                  {c.title}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-office={r.id}>
              <td>{r.name}</td>
              <td>{r.province}</td>
              <td className={r.connected ? 'ok' : 'bad'}>{r.connected ? 'متصل' : 'قطع'}</td>
              <td className="num">{r.lagSeconds == null ? '—' : `${num(Math.round(r.lagSeconds))} ثانیه`}</td>
              <td className={`num ${r.behind ? 'bad' : ''}`}>{num(r.behind)}</td>
              <td className="num" data-col="issued">
                {num(r.issued)}
              </td>
              <td className="num" data-col="served">
                {num(r.served)}
              </td>
              <td className="num">{num(r.waiting)}</td>
              <td className="num">{num(r.noShow)}</td>
              <td className="num">{num(r.meanWait)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>جمع {num(rows.length)} اداره</td>
            <td></td>
            <td className="num">{num(sum('connected'))} متصل</td>
            <td></td>
            <td className="num">{num(sum('behind'))}</td>
            <td className="num" data-col="issued-total">
              {num(sum('issued'))}
            </td>
            <td className="num">{num(sum('served'))}</td>
            <td className="num">{num(sum('waiting'))}</td>
            <td className="num">{num(sum('noShow'))}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">هر ۵ ثانیه به‌روز می‌شود.</p>
    </section>
  );
}
