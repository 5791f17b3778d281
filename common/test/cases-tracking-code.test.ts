import { describe, it, expect } from 'vitest';
import {
  createTrackingCode,
  dammCheckDigit,
  formatTrackingCode,
  hasValidCheckDigit,
  nextFreeTrackingCode,
  parseTrackingCode,
  type RandomBytes,
} from '../src/index';

/** A repeatable byte source (xorshift), so a failure can be replayed. */
function seededBytes(seed: number): RandomBytes {
  let x = seed >>> 0 || 1;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x & 0xff;
    }
    return out;
  };
}

describe('tracking codes', () => {
  it('are 11 digits, never start with 0, and end with their check digit', () => {
    const random = seededBytes(7);
    for (let i = 0; i < 1000; i++) {
      const code = createTrackingCode(random);
      expect(code).toMatch(/^[1-9]\d{10}$/);
      expect(Number(code[10])).toBe(dammCheckDigit(code.slice(0, 10)));
    }
  });

  it('catch every single wrong digit and every swap of two neighbours', () => {
    const random = seededBytes(42);
    let singles = 0;
    let swaps = 0;
    for (let n = 0; n < 300; n++) {
      const code = createTrackingCode(random);
      for (let pos = 0; pos < code.length; pos++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === code[pos]) continue;
          const typo = code.slice(0, pos) + d + code.slice(pos + 1);
          expect(hasValidCheckDigit(typo), `${code} → ${typo}`).toBe(false);
          singles++;
        }
        if (pos < code.length - 1 && code[pos] !== code[pos + 1]) {
          const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
          expect(hasValidCheckDigit(swapped), `${code} → ${swapped}`).toBe(false);
          swaps++;
        }
      }
    }
    expect(singles).toBe(300 * 11 * 9);
    expect(swaps).toBeGreaterThan(2500);
  });

  it('are unique across 100 000 cases: a code already given is drawn again', () => {
    const given = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const code = nextFreeTrackingCode(() => createTrackingCode(), (c) => given.has(c));
      expect(code).toBeDefined();
      given.add(code!);
    }
    expect(given.size).toBe(100_000);
    for (const code of given) expect(hasValidCheckDigit(code)).toBe(true);
  });

  it('draw again on a clash, and give up only when every draw is taken', () => {
    const draws = ['11111111118', '11111111118', '22222222226'];
    const taken = new Set(['11111111118']);
    expect(nextFreeTrackingCode(() => draws.shift()!, (c) => taken.has(c))).toBe('22222222226');
    expect(nextFreeTrackingCode(() => '11111111118', (c) => taken.has(c), 5)).toBeUndefined();
  });

  it('are shown in Persian digits grouped 4-4-3', () => {
    expect(formatTrackingCode('12345678901')).toBe('۱۲۳۴-۵۶۷۸-۹۰۱');
    expect(formatTrackingCode('12345678901', 'en')).toBe('1234-5678-901');
  });

  it('are read back from Persian, Arabic or Latin digits with spaces and dashes', () => {
    const code = createTrackingCode(seededBytes(3));
    const persian = formatTrackingCode(code);
    expect(parseTrackingCode(persian)).toEqual({ ok: true, code });
    const arabic = code.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
    expect(parseTrackingCode(` ${arabic.slice(0, 4)} ${arabic.slice(4)} `)).toEqual({ ok: true, code });
    expect(parseTrackingCode(`${code.slice(0, 4)}–${code.slice(4, 8)}—${code.slice(8)}`)).toEqual({ ok: true, code });
  });

  it('with a wrong check digit are refused with a Persian message saying so', () => {
    const code = createTrackingCode(seededBytes(9));
    const wrong = code.slice(0, 10) + String((Number(code[10]) + 1) % 10);
    const parsed = parseTrackingCode(wrong);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('tracking.checkDigit');
    expect(parsed.error.message).toContain('کد رهگیری درست نیست');
    const short = parseTrackingCode('۱۲۳۴');
    expect(short.ok === false && short.error.code).toBe('tracking.format');
  });
});
