// Reads the top-level fields of a ticket's JSON bytes in one pass, without building the
// object: where each key's value starts and ends. A year of a busy office has 1.5M
// ticket events; JSON.parse of each ticket (or a Buffer.indexOf per field) costs about
// 2 s of the report, this pass a fraction of it. Anything it does not understand
// (an escape in a value, malformed bytes) makes `ok` false, and the caller parses JSON.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const MAX_FIELDS = 40;
const INTERNED = new Map<number, { bytes: Buffer; text: string }>();

export class TicketScan {
  private buf: Buffer = Buffer.alloc(0);
  /** per field: key start, key end (exclusive), value start, value end (exclusive) */
  private readonly at = new Int32Array(MAX_FIELDS * 4);
  private count = 0;
  private readonly lastDate = Buffer.alloc(10);
  private lastDateMs = NaN;
  /** The bytes were understood; otherwise every read answers undefined and the caller parses. */
  ok = false;

  /** Where the object ends (exclusive) after a successful scan. */
  end = 0;

  /** Scan the object at buf[start] ('{'), not past end (exclusive). */
  scan(buf: Buffer, start: number, end: number): boolean {
    this.buf = buf;
    this.count = 0;
    this.ok = false;
    let p = start;
    if (buf[p] !== OPEN) return false;
    p++;
    if (buf[p] === CLOSE) {
      this.end = p + 1;
      return (this.ok = true);
    }
    while (p < end) {
      if (buf[p] !== QUOTE || this.count === MAX_FIELDS) return false;
      const ks = p + 1;
      let ke = ks;
      while (ke < end && buf[ke] !== QUOTE) {
        if (buf[ke] === BACKSLASH) return false;
        ke++;
      }
      p = ke + 1;
      if (buf[p] !== COLON) return false;
      const vs = ++p;
      const b = buf[p];
      if (b === QUOTE) {
        p++;
        while (p < end && buf[p] !== QUOTE) {
          if (buf[p] === BACKSLASH) return false;
          p++;
        }
        p++;
      } else if (b === OPEN) {
        // a nested object (the priority claim)
        let depth = 0;
        let inString = false;
        for (; p < end; p++) {
          const c = buf[p];
          if (c === BACKSLASH) return false;
          if (c === QUOTE) inString = !inString;
          else if (inString) continue;
          else if (c === OPEN) depth++;
          else if (c === CLOSE && --depth === 0) break;
        }
        p++;
      } else {
        while (p < end && buf[p] !== COMMA && buf[p] !== CLOSE) p++;
      }
      const i = this.count++ * 4;
      this.at[i] = ks;
      this.at[i + 1] = ke;
      this.at[i + 2] = vs;
      this.at[i + 3] = p;
      if (buf[p] === COMMA) p++;
      else if (buf[p] === CLOSE) {
        this.end = p + 1;
        return (this.ok = true);
      } else return false;
    }
    return false;
  }

  private find(field: string): number {
    const { buf, at } = this;
    const n = field.length;
    outer: for (let i = 0; i < this.count * 4; i += 4) {
      const ks = at[i]!;
      if (at[i + 1]! - ks !== n) continue;
      for (let j = 0; j < n; j++) if (buf[ks + j] !== field.charCodeAt(j)) continue outer;
      return i;
    }
    return -1;
  }

  /**
   * A string field: undefined when absent or not a string. `intern`: for values that
   * repeat (service, counter and clerk ids): the same string object is returned each
   * time, so a year of tickets does not allocate a million copies of a few ids.
   */
  text(field: string, intern = false): string | undefined {
    const i = this.find(field);
    if (i < 0) return undefined;
    const vs = this.at[i + 2]! + 1;
    const ve = this.at[i + 3]! - 1;
    const b = this.buf;
    if (b[vs - 1] !== QUOTE) return undefined;
    let wide = false;
    let hash = 0x811c9dc5;
    for (let p = vs; p < ve; p++) {
      const c = b[p]!;
      if (c >= 0x80) wide = true;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    if (!intern) return b.toString(wide ? 'utf8' : 'latin1', vs, ve);
    const key = (hash >>> 0) * 64 + Math.min(63, ve - vs);
    const known = INTERNED.get(key);
    if (known !== undefined && known.bytes.equals(b.subarray(vs, ve))) return known.text;
    const text = b.toString(wide ? 'utf8' : 'latin1', vs, ve);
    if (INTERNED.size > 100_000) INTERNED.clear();
    INTERNED.set(key, { bytes: Buffer.from(b.subarray(vs, ve)), text });
    return text;
  }

  /** A non-negative integer field: undefined when absent or not one. */
  int(field: string): number | undefined {
    const i = this.find(field);
    if (i < 0) return undefined;
    const vs = this.at[i + 2]!;
    const ve = this.at[i + 3]!;
    let n = 0;
    for (let p = vs; p < ve; p++) {
      const b = this.buf[p]!;
      if (b < 0x30 || b > 0x39) return undefined;
      n = n * 10 + (b - 0x30);
    }
    return ve > vs ? n : undefined;
  }

  /** An ISO instant field as ms since the epoch (Date.parse for any other form than toISOString's). */
  time(field: string): number | undefined {
    const i = this.find(field);
    if (i < 0) return undefined;
    const vs = this.at[i + 2]! + 1;
    const ve = this.at[i + 3]! - 1;
    const b = this.buf;
    if (b[vs - 1] !== QUOTE) return undefined;
    // 'YYYY-MM-DDTHH:mm:ss.sssZ' (the date part is the same for a whole day: remembered)
    if (ve - vs === 24 && b[vs + 4] === 0x2d && b[vs + 10] === 0x54 && b[vs + 19] === 0x2e && b[vs + 23] === 0x5a) {
      let same = true;
      for (let j = 0; j < 10; j++) {
        if (this.lastDate[j] !== b[vs + j]) {
          same = false;
          break;
        }
      }
      if (!same) {
        b.copy(this.lastDate, 0, vs, vs + 10);
        this.lastDateMs = Date.UTC(digits(b, vs, 4), digits(b, vs + 5, 2) - 1, digits(b, vs + 8, 2));
      }
      const ms = this.lastDateMs + ((digits(b, vs + 11, 2) * 60 + digits(b, vs + 14, 2)) * 60 + digits(b, vs + 17, 2)) * 1000 + digits(b, vs + 20, 3);
      if (!Number.isNaN(ms)) return ms;
      this.lastDate.fill(0);
    }
    const parsed = Date.parse(b.toString('latin1', vs, ve));
    return Number.isNaN(parsed) ? undefined : parsed;
  }

  /** A small object field (the priority claim), parsed. */
  object<T>(field: string): T | undefined {
    const i = this.find(field);
    if (i < 0 || this.buf[this.at[i + 2]!] !== OPEN) return undefined;
    return JSON.parse(this.buf.toString('utf8', this.at[i + 2]!, this.at[i + 3]!)) as T;
  }

  has(field: string): boolean {
    return this.find(field) >= 0;
  }
}

function digits(b: Buffer, from: number, len: number): number {
  let n = 0;
  for (let p = from; p < from + len; p++) {
    const c = b[p]! - 0x30;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}
