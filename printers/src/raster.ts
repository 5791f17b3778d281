// A 1-bit image in the printer's own format: rows of bytes, most significant bit
// leftmost, 1 = a black dot. This is exactly what `GS v 0` carries, so ESC/POS
// encoding is a slice and the virtual printer's decoding is a copy.
import { deflateSync, crc32 } from 'node:zlib';
import { createCanvas, Image } from '@napi-rs/canvas';

export interface Raster {
  /** dots (a multiple of 8) */
  width: number;
  height: number;
  bytesPerRow: number;
  bits: Uint8Array;
}

export function blankRaster(width: number, height: number): Raster {
  const bytesPerRow = Math.ceil(width / 8);
  return { width: bytesPerRow * 8, height, bytesPerRow, bits: new Uint8Array(bytesPerRow * height) };
}

export function isBlack(r: Raster, x: number, y: number): boolean {
  return ((r.bits[y * r.bytesPerRow + (x >> 3)]! >> (7 - (x & 7))) & 1) === 1;
}

/**
 * RGBA pixels → 1-bit by a hard threshold on luminance. No dithering: text edges
 * that Skia antialiased snap to black or white instead of becoming a dot pattern.
 */
export function thresholdRgba(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number, threshold = 128): Raster {
  const out = blankRaster(width, height);
  const { bits, bytesPerRow } = out;
  const limit = threshold * 1000;
  for (let y = 0; y < height; y++) {
    let p = y * width * 4;
    const row = y * bytesPerRow;
    for (let x = 0; x < width; x++, p += 4) {
      // transparent counts as white (paper)
      if (rgba[p + 3]! < 128) continue;
      if (rgba[p]! * 299 + rgba[p + 1]! * 587 + rgba[p + 2]! * 114 < limit) bits[row + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A true 1-bit grayscale PNG (small, and what the paper shows: nothing in between). */
export function rasterToPng(r: Raster): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(r.width, 0);
  header.writeUInt32BE(r.height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // grayscale
  const scan = Buffer.alloc((r.bytesPerRow + 1) * r.height);
  for (let y = 0; y < r.height; y++) {
    const o = y * (r.bytesPerRow + 1); // filter byte 0 (none)
    for (let i = 0; i < r.bytesPerRow; i++) scan[o + 1 + i] = ~r.bits[y * r.bytesPerRow + i]! & 0xff; // PNG: 1 = white
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scan)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Any PNG/JPEG → raster (for tests and for reading back what the virtual printer kept). */
export function imageToRaster(data: Buffer, threshold = 128): Raster {
  const img = new Image();
  img.src = data;
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.drawImage(img, 0, 0);
  return thresholdRgba(ctx.getImageData(0, 0, img.width, img.height).data, img.width, img.height, threshold);
}

/** Nearest-neighbour enlargement (keeps edges hard; OCR reads larger glyphs better). */
export function scaleRaster(r: Raster, factor: number): Raster {
  const out = blankRaster(r.width * factor, r.height * factor);
  for (let y = 0; y < out.height; y++) {
    const sy = Math.floor(y / factor);
    for (let x = 0; x < out.width; x++) {
      if (isBlack(r, Math.floor(x / factor), sy)) out.bits[y * out.bytesPerRow + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return out;
}

export function rastersEqual(a: Raster, b: Raster): boolean {
  return a.width === b.width && a.height === b.height && Buffer.from(a.bits).equals(Buffer.from(b.bits));
}
