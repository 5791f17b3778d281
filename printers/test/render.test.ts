// The page itself: Persian shaped and right to left, QR codes crisp, the 1-bit raster
// carried intact through ESC/POS in strips a real printer can take.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { decodePages, parseEscPos } from '../src/escpos-decode';
import { encodeRaster, MAX_STRIP_ROWS, printedRaster } from '../src/escpos';
import { imageToRaster, isBlack, rasterToPng, rastersEqual, type Raster } from '../src/raster';
import { renderLayout } from '../src/render';
import { receiptLayout, type ReceiptPrint } from '../src/layouts/receipt';
import { ocr, ocrKey, tempDir } from './helpers';

/** Leftmost and rightmost inked columns. */
function inkSpan(r: Raster): { left: number; right: number } {
  let left = r.width;
  let right = -1;
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      if (isBlack(r, x, y)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { left, right };
}

const receipt: ReceiptPrint = {
  office: { name: 'فرمانداری شهرستان چالوس' },
  service: { title: 'صدور مجوز برگزاری تجمعات و راهپیمایی‌ها', code: 'S-0412' },
  client: { name: 'مریم احمدی', nationalId: '0012345679' },
  trackingCode: '1405-0912-7731',
  documents: ['تصویر کارت ملی', 'درخواست کتبی با امضای متقاضی و مهر انجمن', 'اساسنامه'],
  submittedAt: Date.parse('2026-11-23T10:05:00Z'),
  responseDueAt: Date.parse('2026-11-30T10:05:00Z'),
  fee: 1_200_000,
  responsible: { name: 'علی رضایی', contact: '011-52221234' },
};

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir('render');
});
afterAll(() => dir.remove());

describe('Persian on the page', () => {
  it('joins the letters of a word (shaped), so it is narrower than the same letters kept apart', () => {
    const word = (text: string) => inkSpan(renderLayout({ direction: 'rtl', blocks: [{ kind: 'text', text, size: 'xlarge' }] }));
    const joined = word('مشخصات');
    const apart = word(['م', 'ش', 'خ', 'ص', 'ا', 'ت'].join('\u200c')); // ZWNJ forbids joining
    const joinedWidth = joined.right - joined.left;
    const apartWidth = apart.right - apart.left;
    expect(joinedWidth).toBeGreaterThan(0);
    expect(joinedWidth).toBeLessThan(apartWidth * 0.9);
  });

  it('starts right-to-left text at the right edge of the paper', () => {
    const { left, right } = inkSpan(renderLayout({ direction: 'rtl', blocks: [{ kind: 'text', text: 'باجه', align: 'start' }] }));
    expect(right).toBeGreaterThan(576 * 0.9);
    expect(left).toBeGreaterThan(576 / 2);
  });

  it('orders mixed Persian and Latin right to left: the Persian word that comes first is drawn rightmost', () => {
    // both anchored at the right margin, so only the order of the words can differ
    const draw = (text: string, direction: 'rtl' | 'ltr') => renderLayout({ direction, blocks: [{ kind: 'text', text, align: direction === 'rtl' ? 'start' : 'end' }] });
    const alone = draw('باجه', 'rtl');
    const span = inkSpan(alone);
    const rightmost = (r: Raster) => {
      const s = inkSpan(r);
      const cols: boolean[] = [];
      for (let y = 0; y < r.height; y++) for (let x = s.right - (span.right - span.left); x <= s.right; x++) cols.push(isBlack(r, x, y));
      return cols.join('');
    };
    const alonePattern = rightmost(alone);
    expect(rightmost(draw('باجه ABC', 'rtl'))).toBe(alonePattern);
    // the same string in a left-to-right paragraph ends with ABC on the right: the check can tell
    expect(rightmost(draw('باجه ABC', 'ltr'))).not.toBe(alonePattern);
  });

  it('reads back by OCR as the same words in the same order (shaping and direction right)', async () => {
    const lines = ['مسئولیت‌پذیری', 'جمهوری اسلامی ایران', 'استانداری مازندران', 'مراجعه به باجه ۱۲ در طبقه دوم'];
    const page = renderLayout({ direction: 'rtl', blocks: lines.map((text) => ({ kind: 'text' as const, text, size: 'large' as const })) });
    const read = ocrKey(await ocr(page, dir.path, 'words'));
    for (const line of lines) expect(read, `OCR read: ${read}`).toContain(ocrKey(line));
  });

  it('wraps long Persian text inside the paper', () => {
    const text = 'لطفاً پیش از مراجعه به باجه همهٔ مدارک خواسته‌شده را همراه داشته باشید و شمارهٔ نوبت خود را از روی تابلو دنبال کنید';
    const one = renderLayout({ direction: 'rtl', blocks: [{ kind: 'text', text: 'مدارک' }] });
    const wrapped = renderLayout({ direction: 'rtl', blocks: [{ kind: 'text', text }] });
    expect(wrapped.height).toBeGreaterThanOrEqual(one.height * 3);
    const { left, right } = inkSpan(wrapped);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThan(576);
  });
});

describe('logo', () => {
  it('draws the office logo centred above the page, thresholded to solid black', () => {
    const square: Raster = { width: 64, height: 64, bytesPerRow: 8, bits: new Uint8Array(8 * 64).fill(0xff) };
    const logoBase64 = rasterToPng(square).toString('base64');
    const page = renderLayout({ direction: 'rtl', blocks: [{ kind: 'image', base64: logoBase64 }, { kind: 'text', text: 'فرمانداری' }] });
    const without = renderLayout({ direction: 'rtl', blocks: [{ kind: 'text', text: 'فرمانداری' }] });
    expect(page.height - without.height).toBeGreaterThanOrEqual(64);
    // the square's middle row: 64 black dots centred on the paper
    let row = '';
    for (let x = 0; x < page.width; x++) row += isBlack(page, x, 8 + 32) ? '#' : '.';
    expect(row.indexOf('#')).toBe((576 - 64) / 2);
    expect(row.replace(/\./g, '')).toHaveLength(64);
  });
});

describe('QR code', () => {
  it('is drawn module by module in whole dots: every dot of a module has the module colour', () => {
    const data = 'http://192.168.1.10:8080/t/abc123';
    const modules = QRCode.create(data, { errorCorrectionLevel: 'M' }).modules;
    const size = 4;
    const page = renderLayout({ direction: 'rtl', blocks: [{ kind: 'qr', data, moduleSize: size }] });
    // the top-left finder pattern's corner is the first inked dot
    let top = -1;
    let left = page.width;
    for (let y = 0; y < page.height && top < 0; y++) for (let x = 0; x < page.width; x++) if (isBlack(page, x, y)) ((top = y), (left = Math.min(left, x)));
    let wrong = 0;
    for (let r = 0; r < modules.size; r++) {
      for (let c = 0; c < modules.size; c++) {
        for (let dy = 0; dy < size; dy++) for (let dx = 0; dx < size; dx++) if (isBlack(page, left + c * size + dx, top + r * size + dy) !== Boolean(modules.get(r, c))) wrong++;
      }
    }
    expect(wrong).toBe(0);
  });
});

describe('raster → ESC/POS', () => {
  const page = renderLayout(receiptLayout(receipt));

  it('sends a tall page in GS v 0 blocks of at most 256 rows that add up to the whole page', () => {
    expect(page.height).toBeGreaterThan(3 * MAX_STRIP_ROWS);
    const commands = parseEscPos(encodeRaster(page));
    const strips = commands.flatMap((c) => (c.type === 'raster' ? [c] : []));
    expect(strips.length).toBeGreaterThan(3);
    for (const s of strips) {
      expect(s.rows).toBeLessThanOrEqual(256);
      expect(s.bytesPerRow).toBe(page.bytesPerRow);
    }
    expect(strips.reduce((n, s) => n + s.rows, 0)).toBe(page.height);
  });

  it('starts with a reset and ends with feed, partial cut and reset; decodes to the same page', () => {
    const bytes = encodeRaster(page);
    const commands = parseEscPos(bytes);
    expect(commands[0]).toEqual({ type: 'init' });
    expect(commands.slice(-3)).toEqual([{ type: 'feed', lines: 4 }, { type: 'cut', partial: true }, { type: 'init' }]);
    expect(commands.filter((c) => c.type === 'other')).toEqual([]);
    const [decoded] = decodePages(bytes);
    expect(decoded && rastersEqual(decoded, printedRaster(page))).toBe(true);
  });

  it('never lets image bytes spell a real-time command (DLE EOT, DLE ENQ, DLE DC4), at the cost of a lone dot each', () => {
    // 16 dots wide: each row is two bytes; the last sequence crosses from one row to the next
    const rows = [[0x10, 0x04], [0x10, 0x05], [0x10, 0x14], [0x10, 0x00], [0xff, 0x10], [0x04, 0xff]];
    const crafted: Raster = { width: 16, height: rows.length, bytesPerRow: 2, bits: Uint8Array.from(rows.flat()) };
    const [strip] = parseEscPos(encodeRaster(crafted)).flatMap((c) => (c.type === 'raster' ? [c.data] : []));
    for (const b of [0x04, 0x05, 0x14]) expect(strip!.includes(Buffer.from([0x10, b]))).toBe(false);
    expect([...strip!]).toEqual([0, 0x04, 0, 0x05, 0, 0x14, 0x10, 0x00, 0xff, 0, 0x04, 0xff]);
    expect(rastersEqual(decodePages(encodeRaster(crafted))[0]!, printedRaster(crafted))).toBe(true);
    expect([...crafted.bits]).toEqual(rows.flat()); // the drawn page is left as it was
  });

  it('honours a smaller strip height and a full cut', () => {
    const commands = parseEscPos(encodeRaster(page, { stripRows: 24, cut: 'full' }));
    const strips = commands.filter((c) => c.type === 'raster');
    expect(strips.length).toBe(Math.ceil(page.height / 24));
    expect(commands).toContainEqual({ type: 'cut', partial: false });
  });

  it('keeps the page exactly through PNG (1-bit, nothing in between)', () => {
    expect(rastersEqual(imageToRaster(rasterToPng(page)), page)).toBe(true);
  });

  it('draws at 384 dots for 58 mm paper', () => {
    expect(renderLayout(receiptLayout(receipt), { width: 384 }).width).toBe(384);
  });
});
