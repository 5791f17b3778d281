// Exact statistics of durations. Every value is kept and sorted once when the report is
// built: 4 bytes each while they are whole milliseconds under 24 days (a year of a busy
// office is 500k waits, 2 MB per grouping), 8 bytes once one is not.
//   mean   = sum / n
//   median = the middle value, or the mean of the two middle values when n is even
//   p90    = nearest rank: the smallest value v such that at least 90% of values ≤ v,
//            i.e. sorted[ceil(0.9·n) − 1] (always a value that occurred)

export interface Summary {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  max: number | null;
  sum: number;
}

export class Samples {
  private values = new Float64Array(16);
  count = 0;
  sum = 0;

  private cached: Summary | undefined;

  add(v: number): void {
    this.cached = undefined;
    if (this.count === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.count++] = v;
    this.sum += v;
  }

  mean(): number | null {
    return this.count ? this.sum / this.count : null;
  }

  summary(): Summary {
    if (this.cached) return this.cached;
    const n = this.count;
    if (n === 0) return { count: 0, mean: null, median: null, p90: null, max: null, sum: 0 };
    const s = this.values.subarray(0, n).sort();
    const mid = n >> 1;
    return (this.cached = {
      count: n,
      mean: this.sum / n,
      median: n % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
      p90: nearestRank(s, 0.9),
      max: s[n - 1]!,
      sum: this.sum,
    });
  }
}

export function nearestRank(sorted: Int32Array | Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The `size` largest items by `score` (ties: the earlier one stays), largest first. */
export class TopN<T> {
  private items: { score: number; order: number; item: T }[] = [];
  private seen = 0;
  constructor(private readonly size: number) {}

  add(score: number, item: T): void {
    const order = this.seen++;
    const items = this.items;
    if (items.length === this.size && score <= items[items.length - 1]!.score) return;
    // sorted insert: N is small (tens to a thousand)
    let i = items.length;
    while (i > 0 && items[i - 1]!.score < score) i--;
    items.splice(i, 0, { score, order, item });
    if (items.length > this.size) items.pop();
  }

  result(): T[] {
    return this.items.map((x) => x.item);
  }
}

/** Milliseconds → minutes, rounded to hundredths (what tables show). */
export const minutes = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 600) / 100);
/** Milliseconds → hours, rounded to hundredths. */
export const hours = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 36_000) / 100);
/** part / whole as a percentage with one decimal (null when whole is 0). */
export const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
