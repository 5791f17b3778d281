// Layout → 1-bit raster. Skia (through @napi-rs/canvas) shapes Persian with HarfBuzz
// and lays it out right to left; we only measure, wrap and place. Every block is
// planned first (its height depends on wrapping), then drawn on one canvas of the
// exact height, then thresholded.
import { createCanvas, Image, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { FONT_FAMILY, registerFonts } from './fonts';
import { thresholdRgba, type Raster } from './raster';
import type { Align, Block, Direction, Layout, TextSize, Weight } from './layout';

/** Printable dots across the paper at 203 dpi. */
import { PAPER_WIDTHS } from './paper';

export { PAPER_WIDTHS };

export interface RenderOptions {
  /** Printable width in dots (default 576, 80 mm paper). */
  width?: number;
}

interface Env {
  ctx: SKRSContext2D;
  width: number;
  margin: number;
  direction: Direction;
  /** font sizes scale with the paper, but not below what is readable on 58 mm */
  scale: number;
}

interface Planned {
  height: number;
  draw(ctx: SKRSContext2D, top: number): void;
}

const SIZES = { small: 22, normal: 28, large: 36, xlarge: 48 } as const;
const WEIGHTS: Record<Weight, number> = { regular: 400, bold: 700, black: 900 };
const LINE = 1.5; // line height as a multiple of the font size (Vazirmatn's marks reach far)

function px(size: TextSize | undefined, env: Env): number {
  if (typeof size === 'number') return size;
  return Math.round(SIZES[size ?? 'normal'] * env.scale);
}

function font(sizePx: number, weight: Weight = 'regular'): string {
  return `${WEIGHTS[weight]} ${sizePx}px ${FONT_FAMILY}`;
}

/** Where a line goes horizontally and which canvas alignment draws it there. */
function place(align: Align, env: Env, left: number, right: number): { x: number; textAlign: 'left' | 'right' | 'center' } {
  if (align === 'center') return { x: Math.round((left + right) / 2), textAlign: 'center' };
  const atRight = (align === 'start') === (env.direction === 'rtl');
  return atRight ? { x: right, textAlign: 'right' } : { x: left, textAlign: 'left' };
}

/** Greedy word wrap; a word wider than the line is cut between characters. */
export function wrapText(ctx: SKRSContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (ctx.measureText(candidate).width <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (ctx.measureText(line).width > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

function drawLines(ctx: SKRSContext2D, env: Env, lines: string[], f: string, sizePx: number, align: Align, top: number, left: number, right: number): void {
  ctx.font = f;
  const { x, textAlign } = place(align, env, left, right);
  ctx.textAlign = textAlign;
  const lineHeight = Math.round(sizePx * LINE);
  lines.forEach((line, i) => ctx.fillText(line, x, top + i * lineHeight + Math.round(sizePx * 1.05)));
}

function planText(b: Extract<Block, { kind: 'text' }>, env: Env): Planned {
  const sizePx = px(b.size, env);
  const f = font(sizePx, b.weight);
  env.ctx.font = f;
  const pad = b.inverse ? Math.round(sizePx * 0.2) : 0;
  const lines = wrapText(env.ctx, b.text, env.width - 2 * env.margin - 2 * pad);
  const height = lines.length * Math.round(sizePx * LINE) + 2 * pad;
  return {
    height,
    draw(ctx, top) {
      if (b.inverse) {
        ctx.fillRect(env.margin, top, env.width - 2 * env.margin, height);
        ctx.fillStyle = '#fff';
      }
      drawLines(ctx, env, lines, f, sizePx, b.align ?? 'start', top + pad, env.margin + pad, env.width - env.margin - pad);
      ctx.fillStyle = '#000';
    },
  };
}

function planBigNumber(b: Extract<Block, { kind: 'big-number' }>, env: Env): Planned {
  const usable = env.width - 2 * env.margin;
  let sizePx = Math.round(env.width * (b.scale ?? 0.26));
  env.ctx.font = font(sizePx, 'black');
  const measured = env.ctx.measureText(b.text).width;
  if (measured > usable) sizePx = Math.floor((sizePx * usable) / measured);
  env.ctx.font = font(sizePx, 'black');
  const m = env.ctx.measureText(b.text);
  const ascent = Math.ceil(m.actualBoundingBoxAscent);
  const descent = Math.ceil(m.actualBoundingBoxDescent);
  const pad = Math.round(sizePx * 0.08);
  return {
    height: ascent + descent + 2 * pad,
    draw(ctx, top) {
      ctx.font = font(sizePx, 'black');
      ctx.textAlign = 'center';
      ctx.fillText(b.text, Math.round(env.width / 2), top + pad + ascent);
    },
  };
}

function planRows(b: Extract<Block, { kind: 'rows' }>, env: Env): Planned {
  const sizePx = px(b.size, env);
  const labelFont = font(sizePx, 'bold');
  const valueFont = font(sizePx, 'regular');
  const lineHeight = Math.round(sizePx * LINE);
  const usable = env.width - 2 * env.margin;
  const gap = Math.round(sizePx * 0.6);
  env.ctx.font = labelFont;
  // one label column for the whole block, so the values line up
  const labelWidth = Math.min(Math.ceil(Math.max(0, ...b.rows.map((r) => env.ctx.measureText(r.label).width))), Math.round(usable * 0.45));
  const valueWidth = usable - labelWidth - gap;
  const rows = b.rows.map((r) => {
    env.ctx.font = labelFont;
    const label = wrapText(env.ctx, r.label, labelWidth);
    env.ctx.font = valueFont;
    const value = wrapText(env.ctx, r.value, valueWidth);
    return { label, value, height: Math.max(label.length, value.length) * lineHeight };
  });
  const rtl = env.direction === 'rtl';
  // label column at the start side, values right after it
  const labelBox = rtl ? [env.width - env.margin - labelWidth, env.width - env.margin] : [env.margin, env.margin + labelWidth];
  const valueBox = rtl ? [env.margin, env.width - env.margin - labelWidth - gap] : [env.margin + labelWidth + gap, env.width - env.margin];
  return {
    height: rows.reduce((h, r) => h + r.height, 0),
    draw(ctx, top) {
      let y = top;
      for (const r of rows) {
        drawLines(ctx, env, r.label, labelFont, sizePx, 'start', y, labelBox[0]!, labelBox[1]!);
        drawLines(ctx, env, r.value, valueFont, sizePx, 'start', y, valueBox[0]!, valueBox[1]!);
        y += r.height;
      }
    },
  };
}

function planList(b: Extract<Block, { kind: 'list' }>, env: Env): Planned {
  const sizePx = px(b.size, env);
  const f = font(sizePx, 'regular');
  const lineHeight = Math.round(sizePx * LINE);
  const indent = Math.round(sizePx * 1.2);
  env.ctx.font = f;
  const items = b.items.map((item) => wrapText(env.ctx, item, env.width - 2 * env.margin - indent));
  const rtl = env.direction === 'rtl';
  return {
    height: items.reduce((h, lines) => h + lines.length * lineHeight, 0),
    draw(ctx, top) {
      let y = top;
      for (const lines of items) {
        const bulletX = rtl ? env.width - env.margin - Math.round(indent / 2) : env.margin + Math.round(indent / 2);
        ctx.beginPath();
        ctx.arc(bulletX, y + Math.round(lineHeight * 0.5), Math.max(2, Math.round(sizePx * 0.12)), 0, Math.PI * 2);
        ctx.fill();
        const box = rtl ? [env.margin, env.width - env.margin - indent] : [env.margin + indent, env.width - env.margin];
        drawLines(ctx, env, lines, f, sizePx, 'start', y, box[0]!, box[1]!);
        y += lines.length * lineHeight;
      }
    },
  };
}

function planDivider(b: Extract<Block, { kind: 'divider' }>, env: Env): Planned {
  const thickness = Math.max(2, Math.round(2 * env.scale));
  const pad = Math.round(12 * env.scale);
  return {
    height: 2 * pad + thickness,
    draw(ctx, top) {
      const y = top + pad;
      if (b.style === 'dashed') {
        for (let x = env.margin; x < env.width - env.margin; x += 14) ctx.fillRect(x, y, Math.min(8, env.width - env.margin - x), thickness);
      } else {
        ctx.fillRect(env.margin, y, env.width - 2 * env.margin, thickness);
      }
    },
  };
}

function planQr(b: Extract<Block, { kind: 'qr' }>, env: Env): Planned {
  const qr = QRCode.create(b.data, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  // whole dots per module: a fractional module size would blur edges into grey
  const moduleSize = b.moduleSize ?? Math.max(2, Math.floor((env.width * 0.42) / n));
  const side = n * moduleSize;
  const quiet = 2 * moduleSize;
  const caption = b.caption ? planText({ kind: 'text', text: b.caption, size: 'small', align: 'center' }, env) : undefined;
  return {
    height: quiet + side + quiet + (caption?.height ?? 0),
    draw(ctx, top) {
      const left = Math.round((env.width - side) / 2);
      const y0 = top + quiet;
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < n; c++) {
          if (qr.modules.get(r, c)) ctx.fillRect(left + c * moduleSize, y0 + r * moduleSize, moduleSize, moduleSize);
        }
      }
      caption?.draw(ctx, y0 + side + quiet);
    },
  };
}

function planImage(b: Extract<Block, { kind: 'image' }>, env: Env): Planned {
  const img = new Image();
  img.src = Buffer.from(b.base64, 'base64');
  const maxW = Math.round(env.width * (b.maxWidth ?? 0.5));
  const maxH = b.maxHeight ?? 160;
  const k = Math.min(1, maxW / img.width, maxH / img.height);
  const w = Math.round(img.width * k);
  const h = Math.round(img.height * k);
  const pad = Math.round(8 * env.scale);
  return {
    height: h + 2 * pad,
    draw(ctx, top) {
      ctx.drawImage(img, Math.round((env.width - w) / 2), top + pad, w, h);
    },
  };
}

function plan(block: Block, env: Env): Planned {
  switch (block.kind) {
    case 'text':
      return planText(block, env);
    case 'big-number':
      return planBigNumber(block, env);
    case 'rows':
      return planRows(block, env);
    case 'list':
      return planList(block, env);
    case 'divider':
      return planDivider(block, env);
    case 'spacer':
      return { height: block.height, draw() {} };
    case 'qr':
      return planQr(block, env);
    case 'image':
      return planImage(block, env);
  }
}

function setUp(ctx: SKRSContext2D, direction: Direction): void {
  ctx.direction = direction;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#000';
}

let measuring: SKRSContext2D | undefined;

/** Draw a layout onto paper `width` dots wide; the height is whatever the content needs. */
export function renderLayout(layout: Layout, options: RenderOptions = {}): Raster {
  registerFonts();
  const width = Math.ceil((options.width ?? PAPER_WIDTHS['80mm']) / 8) * 8;
  measuring ??= createCanvas(8, 8).getContext('2d');
  setUp(measuring, layout.direction);
  const env: Env = {
    ctx: measuring,
    width,
    margin: Math.round(width * 0.03),
    direction: layout.direction,
    scale: Math.max(0.75, width / PAPER_WIDTHS['80mm']),
  };
  const planned = layout.blocks.map((b) => plan(b, env));
  const height = Math.max(1, planned.reduce((h, p) => h + p.height, 0));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  setUp(ctx, layout.direction);
  let top = 0;
  for (const p of planned) {
    p.draw(ctx, top);
    top += p.height;
  }
  return thresholdRgba(ctx.getImageData(0, 0, width, height).data, width, height);
}
