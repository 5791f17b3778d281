// Raster → ESC/POS bytes. The page goes as `GS v 0` raster bit-image commands, each
// at most 256 rows tall: one tall image garbles real printers (their receive buffer
// overflows mid-image; node-thermal-printer issues #99 and #103). node-thermal-printer
// assembles the job around our strips: its Epson command table gives the reset and
// the feed-and-cut sequence, so other printer families can be added the same way.
import { ThermalPrinter, PrinterTypes } from 'node-thermal-printer';
import type { Raster } from './raster';

export const ESC = 0x1b;
export const GS = 0x1d;
export const DLE = 0x10;
export const EOT = 0x04;

/** The tallest `GS v 0` block we send. */
export const MAX_STRIP_ROWS = 256;

export type Cut = 'partial' | 'full' | 'none';

export interface EscPosOptions {
  /** default 'partial' (the ticket stays hanging until it is taken) */
  cut?: Cut;
  /** rows per `GS v 0` block, at most 256 */
  stripRows?: number;
}

/**
 * Printers act on real-time commands wherever the bytes occur, image data included:
 * `DLE EOT n` (status), `DLE ENQ n` (recover, clear buffers), `DLE DC4 …` (drawer,
 * power off). Image bytes that spell one lose a single dot: a byte 0x10 is one lone
 * black dot, and clearing it breaks the sequence without changing what people see.
 * Returns how many dots were cleared.
 */
export function breakRealtimeSequences(data: Uint8Array): number {
  let cleared = 0;
  for (let i = 0; i + 1 < data.length; i++) {
    if (data[i] === DLE) {
      const next = data[i + 1];
      if (next === EOT || next === 0x05 || next === 0x14) {
        data[i] = 0;
        cleared++;
      }
    }
  }
  return cleared;
}

/** One `GS v 0 m xL xH yL yH d…` command per strip of at most `maxRows` rows. */
export function rasterStrips(r: Raster, maxRows = MAX_STRIP_ROWS): Buffer[] {
  const rows = Math.max(1, Math.min(MAX_STRIP_ROWS, Math.floor(maxRows)));
  const strips: Buffer[] = [];
  for (let y = 0; y < r.height; y += rows) {
    const h = Math.min(rows, r.height - y);
    const head = Buffer.from([GS, 0x76, 0x30, 0, r.bytesPerRow & 0xff, r.bytesPerRow >> 8, h & 0xff, h >> 8]);
    // a copy: the caller's raster stays as drawn
    const data = Buffer.from(r.bits.subarray(y * r.bytesPerRow, (y + h) * r.bytesPerRow));
    breakRealtimeSequences(data);
    strips.push(Buffer.concat([head, data]));
  }
  return strips;
}

/** The page as a printer will put it on paper (after breakRealtimeSequences). */
export function printedRaster(r: Raster, maxRows = MAX_STRIP_ROWS): Raster {
  const bits = new Uint8Array(r.bits);
  const rows = Math.max(1, Math.min(MAX_STRIP_ROWS, Math.floor(maxRows)));
  for (let y = 0; y < r.height; y += rows) breakRealtimeSequences(bits.subarray(y * r.bytesPerRow, Math.min(r.height, y + rows) * r.bytesPerRow));
  return { ...r, bits };
}

/** A whole job: reset, the page in strips, feed past the cutter, cut, reset. */
export function encodeRaster(r: Raster, options: EscPosOptions = {}): Buffer {
  // interface '' = build bytes only; our transports send them (see transports/)
  const job = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '' });
  job.append(Buffer.from([ESC, 0x40]));
  for (const strip of rasterStrips(r, options.stripRows)) job.append(strip);
  const cut = options.cut ?? 'partial';
  // one vertical tab = ESC d 4: four lines, enough to bring the last row past the blade
  if (cut === 'partial') job.partialCut({ verticalTabAmount: 1 });
  else if (cut === 'full') job.cut({ verticalTabAmount: 1 });
  else job.append(Buffer.from([ESC, 0x64, 4]));
  return job.getBuffer();
}

/** `DLE EOT n`: real-time status (1 printer, 2 offline cause, 3 error cause, 4 paper). */
export function statusQuery(n: 1 | 2 | 3 | 4): Buffer {
  return Buffer.from([DLE, EOT, n]);
}

/** `GS r 1`: paper sensor status (answered after the data before it has been processed). */
export const PAPER_SENSOR_QUERY = Buffer.from([GS, 0x72, 1]);
