// One office on the board: its counters (clerk and current ticket), the queue per
// service, the latest calls, today's figures and the sync health of each stream. Read
// again whenever the office sends something (`news`) and every 10 seconds.
import { useEffect, useRef, useState } from 'react';
import { ticketLabel } from '@desk/common';
import type { CentralApi } from '../api';
import { dateTimeText, num } from '../format';
import type { OfficeLive, OfficeOverview } from '../../../src/reports/types';

interface Detail {
  day: string;
  office: OfficeOverview;
  live: OfficeLive;
}

const STATUS: Record<string, string> = { open: 'باز', paused: 'در استراحت', closed: 'بسته' };
const STREAMS: Record<string, string> = { queue: 'صف و نوبت', cases: 'میز خدمت الکترونیکی' };
const clock = new Intl.DateTimeFormat('fa-IR', { timeStyle: 'short', timeZone: 'Asia/Tehran' });
const minutes = (seconds: number | null) => (seconds == null ? '—' : num(Math.round((seconds / 60) * 10) / 10));

export function OfficeDetail(props: { api: CentralApi; officeId: string; news: number }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState('');
  const reading = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  useEffect(() => {
    const read = () => {
      // one read at a time; news during a read asks for one more after it
      if (reading.current) {
        again.current = true;
        return;
      }
      reading.current = props.api
        .get<Detail>(`/offices/${encodeURIComponent(props.officeId)}`)
        .then(
          (d) => {
            setDetail(d);
            setError('');
          },
          (err: Error) => setError(err.message),
        )
        .finally(() => {
          reading.current = null;
          if (again.current) {
            again.current = false;
            read();
          }
        });
    };
    read();
    const t = setInterval(read, 10_000);
    return () => clearInterval(t);
  }, [props.api, props.officeId, props.news]);

  if (!detail) return <section className="board-detail">{error ? <p className="error">{error}</p> : <p className="muted">در حال بارگذاری…</p>}</section>;
  const { office, live } = detail;
  const t = office.today;
  return (
    <section className="board-detail" data-testid="central-office-detail" data-office={office.id} aria-labelledby="board-detail-title">
      <header>
        <h2 id="board-detail-title">{office.name}</h2>
        <span className="muted">
          {office.province} — {office.agency}
        </span>
        <span className={office.connected ? 'ok' : 'bad'}>{office.connected ? 'متصل' : 'قطع'}</span>
        <a href="#/board" className="board-detail-close">
          بستن
        </a>
      </header>
      <dl className="board-tiles">
        <div>
          <dt>در صف</dt>
          <dd data-testid="detail-waiting">{num(office.live.waiting)}</dd>
        </div>
        <div>
          <dt>در حال خدمت</dt>
          <dd data-testid="detail-serving">{num(office.live.serving)}</dd>
        </div>
        <div>
          <dt>باجه‌های باز</dt>
          <dd>{num(office.live.countersOpen)}</dd>
        </div>
        <div>
          <dt>نوبت امروز</dt>
          <dd>{num(t.issued)}</dd>
        </div>
        <div>
          <dt>خدمت‌گرفته</dt>
          <dd>{num(t.served)}</dd>
        </div>
        <div>
          <dt>عدم حضور</dt>
          <dd>{num(t.noShow)}</dd>
        </div>
        <div>
          <dt>میانگین انتظار (دقیقه)</dt>
          <dd>{minutes(t.meanWaitSeconds)}</dd>
        </div>
        <div>
          <dt>میانگین زمان خدمت (دقیقه)</dt>
          <dd>{minutes(t.meanServiceSeconds)}</dd>
        </div>
      </dl>

      <div className="board-detail-grid">
        <div>
          <h3>باجه‌ها</h3>
          <table data-testid="detail-counters">
            <thead>
              <tr>
                <th>باجه</th>
                <th>وضعیت</th>
                <th>کارمند</th>
                <th>نوبت جاری</th>
                <th>از ساعت</th>
              </tr>
            </thead>
            <tbody>
              {live.counters.map((c) => (
                <tr key={c.counterId} data-counter={c.counterId}>
                  <td>{c.number !== null ? `باجهٔ ${num(c.number)}` : c.counterId}</td>
                  <td className={c.status === 'open' ? 'ok' : undefined}>{STATUS[c.status] ?? c.status}</td>
                  <td>{c.clerkName ?? '—'}</td>
                  <td data-col="current">{c.currentTicket ? ticketLabel(c.currentTicket) : '—'}</td>
                  <td>{clock.format(new Date(c.since))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {live.counters.length === 0 && <p className="muted">هنوز باجه‌ای از این اداره خبر نداده است.</p>}
        </div>
        <div>
          <h3>در صف به تفکیک خدمت</h3>
          {live.services.length === 0 ? (
            <p className="muted">کسی در صف نیست.</p>
          ) : (
            <ul className="board-list" data-testid="detail-waiting-services">
              {live.services.map((s) => (
                <li key={s.serviceId}>
                  <span>{s.name}</span> <strong>{num(s.waiting)}</strong>
                </li>
              ))}
            </ul>
          )}
          <h3>آخرین فراخوان‌ها</h3>
          {live.calls.length === 0 ? (
            <p className="muted">امروز هنوز فراخوانی نبوده است.</p>
          ) : (
            <ol className="board-list" data-testid="detail-calls">
              {live.calls.map((c, i) => (
                <li key={`${c.ticketId}-${i}`}>
                  <strong>{ticketLabel(c)}</strong> ← {c.counterNumber !== null ? `باجهٔ ${num(c.counterNumber)}` : (c.counterId ?? '')} <span className="muted">{clock.format(new Date(c.at))}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>

      <h3>همگام‌سازی</h3>
      <table data-testid="detail-sync">
        <thead>
          <tr>
            <th>جریان</th>
            <th>آخرین رویداد دریافتی</th>
            <th>آخرین رویداد اداره</th>
            <th>در راه</th>
            <th>تکراری</th>
            <th>آخرین رویداد</th>
            <th>آخرین تماس</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(office.sync).map(([stream, s]) => (
            <tr key={stream} data-stream={stream}>
              <td>{STREAMS[stream] ?? stream}</td>
              <td className="num" data-col="last-seq">
                {num(s.lastSeq)}
              </td>
              <td className="num">{num(s.headSeq)}</td>
              <td className={`num ${s.behind ? 'bad' : ''}`}>{num(s.behind)}</td>
              <td className="num">{num(s.resent)}</td>
              <td>{dateTimeText(s.lastEventAt)}</td>
              <td>{dateTimeText(s.lastContactAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
