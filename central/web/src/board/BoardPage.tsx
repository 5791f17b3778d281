// Every office: the queue now (waiting, being served, counters open, the newest call),
// today's figures and sync health; sort by any column, filter by province and agency.
// Live from the /screens namespace: an office's batch shows its newest call at once and
// its row is read again; the list is also read every 5 seconds while the live link is
// down (every 30 while it is up: connections and delays change without events).
// `#/board/<office>` opens an office's detail.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ticketLabel } from '@desk/common';
import type { PageProps } from '../App';
import { num } from '../format';
import type { OfficeOverview } from '../../../src/reports/types';
import { newestCall } from './live';
import { OfficeDetail } from './OfficeDetail';
import { useScreens } from './useScreens';
import './board.css';

export type { OfficeOverview };

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
  serving: number;
  countersOpen: number;
  lastCallAt: string;
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
  { key: 'serving', title: 'در حال خدمت' },
  { key: 'countersOpen', title: 'باجه‌های باز' },
  { key: 'lastCallAt', title: 'آخرین فراخوان' },
  { key: 'noShow', title: 'عدم حضور' },
  { key: 'meanWait', title: 'میانگین انتظار (دقیقه)' },
];

/** Today's counts, each a cell of its office's row and a total in the footer (data-col for tests and styles). */
const TODAY_COLUMNS: ReadonlyArray<readonly ['issued' | 'served' | 'waiting' | 'serving' | 'countersOpen', string]> = [
  ['issued', 'issued'],
  ['served', 'served'],
  ['waiting', 'waiting'],
  ['serving', 'serving'],
  ['countersOpen', 'counters-open'],
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
    waiting: o.live.waiting,
    serving: o.live.serving,
    countersOpen: o.live.countersOpen,
    lastCallAt: o.live.lastCall?.at ?? '',
    noShow: o.today.noShow,
    meanWait: o.today.meanWaitSeconds == null ? null : o.today.meanWaitSeconds / 60,
  };
}

const clock = new Intl.DateTimeFormat('fa-IR', { timeStyle: 'short', timeZone: 'Asia/Tehran' });

function LastCall(props: { office: OfficeOverview }) {
  const call = props.office.live.lastCall;
  if (!call) return <span className="muted">—</span>;
  const counter = call.counterNumber !== null ? `باجهٔ ${num(call.counterNumber)}` : call.counterId ? `باجهٔ ${call.counterId}` : '';
  return (
    <span className="board-call" data-testid="central-last-call" data-ticket={call.ticketId}>
      <strong>{ticketLabel(call)}</strong>
      {counter && <> ← {counter}</>} <span className="muted">{clock.format(new Date(call.at))}</span>
    </span>
  );
}

const officeIdFromHash = () => decodeURIComponent(location.hash.replace(/^#\/?/, '').split('/')[1] ?? '') || null;

/** Reads offices again shortly after news of them: one request for every office heard from meanwhile. */
function useRefresher(load: (ids: string[]) => Promise<void>, delayMs = 300) {
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(
    (id: string) => {
      pending.current.add(id);
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = undefined;
        const ids = [...pending.current];
        pending.current.clear();
        void latest.current(ids);
      }, delayMs);
    },
    [delayMs],
  );
}

export function BoardPage({ api }: PageProps) {
  const [offices, setOffices] = useState<OfficeOverview[] | null>(null);
  const [province, setProvince] = useState('');
  const [agency, setAgency] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const [error, setError] = useState('');
  const [detailId, setDetailId] = useState(officeIdFromHash);
  /** Bumped when the office in detail sends something: the detail reads itself again. */
  const [detailNews, setDetailNews] = useState(0);

  const query = useCallback(
    (ids?: string[]) => {
      const q = new URLSearchParams();
      if (province.trim()) q.set('province', province.trim());
      if (agency.trim()) q.set('agency', agency.trim());
      if (ids) q.set('office', ids.join(','));
      return `/offices?${q}`;
    },
    [province, agency],
  );

  const load = useCallback(async () => {
    try {
      const body = await api.get<{ offices: OfficeOverview[] }>(query());
      setOffices(body.offices);
      setError('');
    } catch (err) {
      setError(`به‌روزرسانی ممکن نشد: ${(err as Error).message}`);
    }
  }, [api, query]);

  const refresh = useRefresher(async (ids) => {
    try {
      const body = await api.get<{ offices: OfficeOverview[] }>(query(ids));
      const fresh = new Map(body.offices.map((o) => [o.id, o]));
      setOffices((list) => list && list.map((o) => fresh.get(o.id) ?? o));
    } catch {
      /* the next poll reads everything again */
    }
  });

  const live = useScreens(api.token, {
    events(batch) {
      if (batch.stream === 'queue') {
        const call = newestCall(batch.events as unknown as Parameters<typeof newestCall>[0]);
        if (call) setOffices((list) => list && list.map((o) => (o.id === batch.officeId ? { ...o, live: { ...o.live, lastCall: call } } : o)));
      }
      refresh(batch.officeId);
      if (batch.officeId === detailId) setDetailNews((n) => n + 1);
    },
    progress(p) {
      refresh(p.officeId);
    },
  });

  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), live ? 30_000 : 5000);
    return () => clearInterval(t);
  }, [load, live]);

  useEffect(() => {
    const onHash = () => setDetailId(officeIdFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const byId = new Map((offices ?? []).map((o) => [o.id, o]));
  const rows = (offices ?? []).map(rowOf).sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (typeof x === 'string' && typeof y === 'string') return sort.dir * x.localeCompare(y, 'fa');
    return sort.dir * (((x as number | null) ?? -1) - ((y as number | null) ?? -1));
  });
  const sum = (k: SortKey) => rows.reduce((n, r) => n + ((r[k] as number | null) || 0), 0);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : 1 }));

  return (
    <section data-testid="central-board" data-live={live ? 'on' : 'off'}>
      <div className="filters">
        <label>
          استان <input data-testid="central-province" placeholder="همه" value={province} onChange={(e) => setProvince(e.target.value)} />
        </label>
        <label>
          دستگاه <input placeholder="همه" value={agency} onChange={(e) => setAgency(e.target.value)} />
        </label>
        <span className={live ? 'board-live on' : 'board-live'} role="status">
          {live ? 'زنده: هر فراخوان همان لحظه می‌رسد' : 'ارتباط زنده برقرار نیست؛ هر ۵ ثانیه به‌روز می‌شود'}
        </span>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {detailId && <OfficeDetail key={detailId} api={api} officeId={detailId} news={detailNews} />}
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
            <tr key={r.id} data-office={r.id} aria-current={r.id === detailId ? 'true' : undefined}>
              <td>
                <a href={`#/board/${encodeURIComponent(r.id)}`} data-testid="central-office-link">
                  {r.name}
                </a>
              </td>
              <td>{r.province}</td>
              <td className={r.connected ? 'ok' : 'bad'}>{r.connected ? 'متصل' : 'قطع'}</td>
              <td className="num">{r.lagSeconds == null ? '—' : `${num(Math.round(r.lagSeconds))} ثانیه`}</td>
              <td className={`num ${r.behind ? 'bad' : ''}`}>{num(r.behind)}</td>
              {TODAY_COLUMNS.map(([key, col]) => (
                <td key={key} className="num" data-col={col}>
                  {num(r[key])}
                </td>
              ))}
              <td data-col="last-call">
                <LastCall office={byId.get(r.id)!} />
              </td>
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
            {TODAY_COLUMNS.map(([key, col]) => (
              <td key={key} className="num" data-col={`${col}-total`}>
                {num(sum(key))}
              </td>
            ))}
            <td></td>
            <td className="num">{num(sum('noShow'))}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
