// Test helpers: OCR with tesseract (Persian), temp folders, waiting for events.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { EscPosParser } from '../src/escpos-decode';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizePersianText } from '@desk/common';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { rasterToPng, type Raster } from '../src/raster';

/** Fails loudly when tesseract or its Persian data is missing: an OCR test must never pass by skipping. */
export function requireTesseract(): void {
  const run = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error('tesseract is not installed: apt-get install -y tesseract-ocr tesseract-ocr-fas');
  }
  if (!`${run.stdout}${run.stderr}`.split(/\s+/).includes('fas')) {
    throw new Error('tesseract has no Persian data: apt-get install -y tesseract-ocr-fas');
  }
}

/**
 * Text tesseract reads on the page (Persian model, one column of lines). `scale` shrinks
 * the page first: tesseract misreads glyphs far larger than body text (the ticket number
 * is ~100 dots tall: at full size it reads ۰ as ۵), and reads them right at about a third.
 */
export async function ocr(raster: Raster, dir: string, name = 'page', scale = 1): Promise<string> {
  requireTesseract();
  const file = join(dir, `${name}.png`);
  await writeFile(file, scale === 1 ? rasterToPng(raster) : await scaled(rasterToPng(raster), scale));
  const run = spawnSync('tesseract', [file, 'stdout', '-l', 'fas', '--psm', '4'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tesseract failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * What OCR and source text are compared on: Latin digits, Persian ی/ک, ة and هٔ as ه,
 * no diacritics, one kind of hyphen, no spaces or zero-width non-joiners (OCR adds and
 * drops both).
 */
export function ocrKey(text: string): string {
  return normalizePersianText(text)
    .replace(/ة/g, 'ه')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[\u2010-\u2015\u2212ـ]/g, '-')
    .replace(/[\s\u200c\u200f\u200e]/g, '');
}

export async function tempDir(label: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `desk-printers-${label}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolves when `check()` holds; checks again on every event of `emitter` (no deadline of its own). */
export function until<T>(emitter: { on(e: string, l: (...a: never[]) => void): unknown; off(e: string, l: (...a: never[]) => void): unknown }, event: string, check: () => T | undefined | false): Promise<T> {
  return new Promise((resolve) => {
    const first = check();
    if (first) return resolve(first);
    const listener = () => {
      const v = check();
      if (v) {
        emitter.off(event, listener);
        resolve(v);
      }
    };
    emitter.on(event, listener);
  });
}

async function scaled(png: Buffer, factor: number): Promise<Buffer> {
  const img = await loadImage(png);
  const canvas = createCanvas(Math.round(img.width * factor), Math.round(img.height * factor));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toBuffer('image/png');
}

/**
 * The whole page read at full size (body text) and shrunk (the big ticket number), at a
 * few sizes: which size tesseract reads the big glyphs right at varies from page to page.
 */
export async function ocrTicket(raster: Raster, dir: string, name = 'ticket'): Promise<string> {
  const texts = [await ocr(raster, dir, name)];
  for (const scale of [0.35, 0.3, 0.42, 0.5]) texts.push(await ocr(raster, dir, `${name}-${scale}`, scale));
  return texts.join('\n');
}

/** DLE EOT 1..4 answers, bit by bit from the Epson reference. */
export const SERIAL_ONLINE = [0x12, 0x12, 0x12, 0x12];
// 1: offline (bit 3); 2: printing stopped at paper end (bit 5); 3: no error; 4: paper end (bits 5, 6)
export const SERIAL_PAPER_OUT = [0x12 | 0x08, 0x12 | 0x20, 0x12, 0x12 | 0x60];

export interface SerialPrinterStandIn {
  /** The path a printer URL names (serial://<near>). */
  near: string;
  /** Every byte the "printer" received. */
  received: Buffer[];
  /** What it answers to DLE EOT 1..4 from now on. */
  answers: number[];
  close(): Promise<void>;
}

/**
 * A serial printer played on the far end of a socat pseudo-terminal pair: it keeps
 * every byte and answers each status query (DLE EOT n) with `answers`.
 */
export async function serialPrinterStandIn(dir: string): Promise<SerialPrinterStandIn> {
  if (spawnSync('socat', ['-V']).error) throw new Error('socat is not installed: apt-get install -y socat');
  const near = join(dir, 'near');
  const farPath = join(dir, 'far');
  const socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${near}`, `pty,raw,echo=0,link=${farPath}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  // socat says so on stderr once both ends exist
  await new Promise<void>((resolve, reject) => {
    let err = '';
    socat.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('starting data transfer loop') && existsSync(near) && existsSync(farPath)) resolve();
    });
    socat.once('exit', (code) => reject(new Error(`socat exited (${code}): ${err}`)));
  });
  const far = new SerialPort({ path: farPath, baudRate: 19200 });
  await new Promise<void>((resolve, reject) => far.once('open', resolve).once('error', reject));
  const standIn: SerialPrinterStandIn = {
    near,
    received: [],
    answers: SERIAL_ONLINE,
    async close() {
      if (far.isOpen) await new Promise<void>((r) => far.close(() => r()));
      socat.kill();
    },
  };
  const parser = new EscPosParser();
  far.on('data', (d: Buffer) => {
    standIn.received.push(d);
    for (const cmd of parser.push(d)) {
      if (cmd.type === 'status' && cmd.query === 'dle-eot' && cmd.n >= 1 && cmd.n <= 4) far.write(Buffer.from([standIn.answers[cmd.n - 1]!]));
    }
  });
  return standIn;
}

/**
 * Whether OCR text holds `digits` with at most `maxWrong` digits misread (tesseract
 * confuses Persian ۲/۳ and ۰/۵ at some sizes). Random digits do not pass: 11 digits
 * with 2 wrong at most is still far from chance.
 */
export function containsDigitsNearly(text: string, digits: string, maxWrong = 2): boolean {
  const seen = text.replace(/[^0-9]/g, '');
  for (let i = 0; i + digits.length <= seen.length; i++) {
    let wrong = 0;
    for (let j = 0; j < digits.length && wrong <= maxWrong; j++) if (seen[i + j] !== digits[j]) wrong++;
    if (wrong <= maxWrong) return true;
  }
  return false;
}
