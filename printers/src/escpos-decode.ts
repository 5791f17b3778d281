// Reading ESC/POS back: enough of the language to understand what we send (reset,
// raster strips, feeds, cuts, status queries). The virtual printer runs on it, and
// tests use it to check the bytes rather than trusting the encoder.
import { DLE, EOT, ESC, GS } from './escpos';
import { blankRaster, type Raster } from './raster';

export type EscPosCommand =
  | { type: 'init' }
  | { type: 'raster'; bytesPerRow: number; rows: number; data: Buffer }
  | { type: 'feed'; lines: number }
  | { type: 'cut'; partial: boolean }
  | { type: 'status'; query: 'dle-eot' | 'gs-r'; n: number }
  /** a byte we do not interpret (text, or a command we never send) */
  | { type: 'other'; byte: number };

/** What a command needs: its length, or 0 while more bytes must arrive. */
function parseAt(b: Buffer, i: number): { cmd: EscPosCommand; length: number } | 0 {
  const at = (k: number) => (i + k < b.length ? b[i + k]! : -1);
  const first = b[i]!;
  if (first === ESC) {
    const op = at(1);
    if (op < 0) return 0;
    if (op === 0x40) return { cmd: { type: 'init' }, length: 2 };
    if (op === 0x64 || op === 0x4a) {
      if (at(2) < 0) return 0;
      return { cmd: { type: 'feed', lines: op === 0x64 ? at(2) : 0 }, length: 3 };
    }
  } else if (first === GS) {
    const op = at(1);
    if (op < 0) return 0;
    if (op === 0x76) {
      if (at(7) < 0) return 0;
      if (at(2) === 0x30) {
        const bytesPerRow = at(4) + at(5) * 256;
        const rows = at(6) + at(7) * 256;
        const length = 8 + bytesPerRow * rows;
        if (b.length - i < length) return 0;
        return { cmd: { type: 'raster', bytesPerRow, rows, data: b.subarray(i + 8, i + length) }, length };
      }
    }
    if (op === 0x56) {
      const m = at(2);
      if (m < 0) return 0;
      if ([0, 1, 0x30, 0x31].includes(m)) return { cmd: { type: 'cut', partial: m === 1 || m === 0x31 }, length: 3 };
      if (at(3) < 0) return 0;
      return { cmd: { type: 'cut', partial: m % 2 === 0 }, length: 4 };
    }
    if (op === 0x72) {
      if (at(2) < 0) return 0;
      return { cmd: { type: 'status', query: 'gs-r', n: at(2) }, length: 3 };
    }
  } else if (first === DLE) {
    if (at(1) < 0) return 0;
    if (at(1) === EOT) {
      const n = at(2);
      if (n < 0) return 0;
      if (n === 7 || n === 8) return at(3) < 0 ? 0 : { cmd: { type: 'status', query: 'dle-eot', n }, length: 4 };
      return { cmd: { type: 'status', query: 'dle-eot', n }, length: 3 };
    }
  }
  return { cmd: { type: 'other', byte: first }, length: 1 };
}

/** Streaming parser: feed it chunks as they arrive, get whole commands back. */
export class EscPosParser {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): EscPosCommand[] {
    const b = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const out: EscPosCommand[] = [];
    let i = 0;
    while (i < b.length) {
      const parsed = parseAt(b, i);
      if (parsed === 0) break;
      // raster data is a view into `b`: copy it so `pending` can be dropped
      out.push(parsed.cmd.type === 'raster' ? { ...parsed.cmd, data: Buffer.from(parsed.cmd.data) } : parsed.cmd);
      i += parsed.length;
    }
    this.pending = Buffer.from(b.subarray(i));
    return out;
  }

  /** Bytes of an unfinished command still waiting for the rest. */
  get buffered(): number {
    return this.pending.length;
  }
}

/** Collects raster strips until a cut and stacks them into one page. */
export class PageAssembler {
  private strips: Array<{ bytesPerRow: number; rows: number; data: Buffer }> = [];

  add(cmd: Extract<EscPosCommand, { type: 'raster' }>): void {
    this.strips.push(cmd);
  }

  get empty(): boolean {
    return this.strips.length === 0;
  }

  /** The page so far (strips of different widths are left-aligned), and start a new one. */
  take(): Raster {
    const bytesPerRow = Math.max(1, ...this.strips.map((s) => s.bytesPerRow));
    const height = this.strips.reduce((h, s) => h + s.rows, 0);
    const page = blankRaster(bytesPerRow * 8, height);
    let y = 0;
    for (const s of this.strips) {
      for (let r = 0; r < s.rows; r++) page.bits.set(s.data.subarray(r * s.bytesPerRow, (r + 1) * s.bytesPerRow), (y + r) * bytesPerRow);
      y += s.rows;
    }
    this.strips = [];
    return page;
  }
}

/** All commands in a complete byte stream. */
export function parseEscPos(bytes: Buffer): EscPosCommand[] {
  return new EscPosParser().push(bytes);
}

/** The pages (one per cut) in a complete byte stream. */
export function decodePages(bytes: Buffer): Raster[] {
  const pages: Raster[] = [];
  const page = new PageAssembler();
  for (const cmd of parseEscPos(bytes)) {
    if (cmd.type === 'raster') page.add(cmd);
    else if (cmd.type === 'cut' && !page.empty) pages.push(page.take());
  }
  if (!page.empty) pages.push(page.take());
  return pages;
}
