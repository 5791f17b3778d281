// An office's stream in the central database as the report engine's DaySource: the
// days it has in a period, and each day's events in seq order as journal lines. A day
// is read in pages (keyset on seq, the next page asked for while the engine works on
// this one), so a year of a busy office never sits in memory: one page of rows and
// one chunk of lines at a time.
import type { Pool } from '../db/pool';
import type { DaySource } from '../../../server/src/reports/reader';
import { lineBound, writeJournalLine } from './journal-line';

const PAGE_ROWS = 2000;
const CHUNK = 512 * 1024;

interface Row {
  seq: number;
  id: string;
  type: string;
  at: string;
  payload: string;
}

export class PgEventDays implements DaySource {
  readonly name: string;

  constructor(
    private readonly pool: Pool,
    readonly officeId: string,
    readonly stream: string,
    readonly types?: ReadonlySet<string>,
  ) {
    this.name = `${officeId}/${stream}`;
  }

  async days(fromDay: string | undefined, toDay: string | undefined): Promise<{ day: string; size: number }[]> {
    const { rows } = await this.pool.query<{ day: string; n: number }>(
      `SELECT day, count(*)::int AS n FROM events
       WHERE office_id = $1 AND stream = $2 AND ($3::date IS NULL OR day >= $3::date) AND ($4::date IS NULL OR day <= $4::date)
       GROUP BY day ORDER BY day`,
      [this.officeId, this.stream, fromDay ?? null, toDay ?? null],
    );
    if (rows.length === 0) return [];
    // sizes are for progress only: the mean line of a sample of the period
    const sample = await this.pool.query<{ bytes: number | null }>(
      `SELECT avg(octet_length(payload::text))::float8 AS bytes FROM (
         SELECT payload FROM events WHERE office_id = $1 AND stream = $2 AND day = ANY($3::date[]) LIMIT 200) s`,
      [this.officeId, this.stream, [rows[0]!.day, rows[rows.length - 1]!.day]],
    );
    const perEvent = Math.max(1, Math.round(sample.rows[0]?.bytes ?? 500));
    return rows.map((r) => ({ day: r.day, size: r.n * perEvent }));
  }

  private page(day: string, after: number): Promise<Row[]> {
    return this.pool
      .query<Row>(
        `SELECT seq, id::text AS id, type, payload ->> 'at' AS at, payload::text AS payload FROM events
         WHERE office_id = $1 AND stream = $2 AND day = $3 AND seq > $4 ORDER BY seq LIMIT $5`,
        [this.officeId, this.stream, day, after, PAGE_ROWS],
      )
      .then((r) => r.rows);
  }

  async *read(day: string): AsyncGenerator<Buffer> {
    // one buffer: the engine is done with a chunk when it asks for the next
    let buf = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    let next: Promise<Row[]> | null = this.page(day, 0);
    while (next) {
      const rows: Row[] = await next;
      const last = rows[rows.length - 1];
      next = rows.length === PAGE_ROWS && last ? this.page(day, last.seq) : null;
      for (const r of rows) {
        const bound = lineBound(r.id, r.type, r.at ?? '', r.payload);
        if (used + bound > buf.length) {
          if (used > 0) yield buf.subarray(0, used);
          used = 0;
          // a line longer than a chunk (a config.changed with a large catalogue) gets a larger buffer
          if (bound > buf.length) buf = Buffer.allocUnsafe(bound);
        }
        used = writeJournalLine(buf, used, r.id, r.type, r.at ?? '', r.payload);
      }
    }
    if (used > 0) yield buf.subarray(0, used);
  }
}
