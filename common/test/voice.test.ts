import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  VOICE_PREFIX_LETTERS,
  callClips,
  letterClip,
  numberClips,
  numberWords,
  spokenCallText,
} from '../src/voice';

const VOICE_DIR = new URL('../../display/public/voice/', import.meta.url);

interface Manifest {
  format: string;
  clips: Record<string, { file: string; text: string; ms: number }>;
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', VOICE_DIR), 'utf8')) as Manifest;

const ALL_NUMBERS = Array.from({ length: 999 }, (_, i) => i + 1);

/** Every clip name callClips can produce: all letters (and none) × all numbers. */
function allCallClipNames(): Set<string> {
  const names = new Set<string>();
  for (const prefix of ['', ...VOICE_PREFIX_LETTERS]) {
    for (const n of ALL_NUMBERS) {
      for (const c of callClips({ prefix, number: n, counterNumber: n })) names.add(c);
    }
  }
  return names;
}

describe('numberClips', () => {
  it.each([
    [1, ['n-1']],
    [5, ['n-5']],
    [10, ['n-10']],
    [11, ['n-11']],
    [19, ['n-19']],
    [20, ['n-20']],
    [25, ['n-20-o', 'n-5']],
    [99, ['n-90-o', 'n-9']],
    [100, ['n-100']],
    [101, ['n-100-o', 'n-1']],
    [105, ['n-100-o', 'n-5']],
    [110, ['n-100-o', 'n-10']],
    [115, ['n-100-o', 'n-15']],
    [120, ['n-100-o', 'n-20']],
    [205, ['n-200-o', 'n-5']],
    [340, ['n-300-o', 'n-40']],
    [999, ['n-900-o', 'n-90-o', 'n-9']],
  ])('%i → %j', (n, clips) => {
    expect(numberClips(n)).toEqual(clips);
  });

  it.each([0, -1, 1000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (n) => {
    expect(() => numberClips(n)).toThrow(RangeError);
    expect(() => numberWords(n)).toThrow(RangeError);
  });

  it('uses the -o form on every part but the last, for all of 1…999', () => {
    for (const n of ALL_NUMBERS) {
      const clips = numberClips(n);
      expect(clips.length).toBeGreaterThan(0);
      expect(clips.slice(0, -1).every((c) => c.endsWith('-o'))).toBe(true);
      expect(clips.at(-1)!.endsWith('-o')).toBe(false);
      // The parts add up to n.
      const sum = clips.reduce((s, c) => s + Number(/^n-(\d+)/.exec(c)![1]), 0);
      expect(sum).toBe(n);
    }
  });
});

describe('numberWords and spokenCallText', () => {
  it('spells numbers', () => {
    expect(numberWords(5)).toBe('پنج');
    expect(numberWords(25)).toBe('بیست و پنج');
    expect(numberWords(115)).toBe('صد و پانزده');
    expect(numberWords(999)).toBe('نهصد و نود و نه');
  });

  it('speaks a call', () => {
    expect(spokenCallText({ prefix: 'ب', number: 205, counterNumber: 3 })).toBe(
      'شماره ب دویست و پنج به باجه سه',
    );
    expect(spokenCallText({ prefix: '', number: 42, counterNumber: 12 })).toBe(
      'شماره چهل و دو به باجه دوازده',
    );
  });

  it('matches the manifest texts of the clips it plays', () => {
    for (const n of ALL_NUMBERS) {
      const fromClips = numberClips(n)
        .map((c) => manifest.clips[c]?.text)
        .join(' ');
      expect(fromClips).toBe(numberWords(n));
    }
  });
});

describe('letters and callClips', () => {
  it('has one distinct clip per prefix letter', () => {
    expect(VOICE_PREFIX_LETTERS).toHaveLength(32);
    const clips = VOICE_PREFIX_LETTERS.map((l) => letterClip(l));
    expect(clips.every((c) => c !== null && c.startsWith('l-'))).toBe(true);
    expect(new Set(clips).size).toBe(VOICE_PREFIX_LETTERS.length);
  });

  it('folds other spellings and rejects non-letters', () => {
    expect(letterClip('ب')).toBe('l-be');
    expect(letterClip('ج')).toBe('l-jim');
    expect(letterClip('آ')).toBe('l-alef');
    expect(letterClip('الف')).toBe('l-alef');
    expect(letterClip('ك')).toBe('l-kaf'); // Arabic kaf
    expect(letterClip('ي')).toBe('l-ye'); // Arabic yeh
    expect(letterClip('')).toBeNull();
    expect(letterClip('A')).toBeNull();
    expect(letterClip('بب')).toBeNull();
  });

  it('builds the whole announcement', () => {
    expect(callClips({ prefix: 'ب', number: 205, counterNumber: 3 })).toEqual([
      'chime', 'w-number', 'l-be', 'n-200-o', 'n-5', 'w-to-counter', 'n-3',
    ]);
    expect(callClips({ prefix: '', number: 25, counterNumber: 12 })).toEqual([
      'chime', 'w-number', 'n-20-o', 'n-5', 'w-to-counter', 'n-12',
    ]);
    expect(() => callClips({ prefix: 'ب', number: 0, counterNumber: 3 })).toThrow(RangeError);
    expect(() => callClips({ prefix: 'ب', number: 1, counterNumber: 1000 })).toThrow(RangeError);
  });
});

describe('clip files (display/public/voice)', () => {
  it('has a well-formed manifest', () => {
    expect(manifest.format).toBe('ogg');
    for (const [name, clip] of Object.entries(manifest.clips)) {
      expect(name).toMatch(/^[a-z0-9-]+$/);
      expect(clip.file).toBe(`${name}.ogg`);
      expect(Number.isInteger(clip.ms)).toBe(true);
    }
  });

  it('has every clip callClips can produce, in the manifest and on disk', () => {
    const names = allCallClipNames();
    // 36 number parts (1-19, tens, hundreds) used plain, 8 tens + 9 hundreds
    // used with -o, 32 letters, 2 words, the chime.
    expect(names.size).toBe(36 + 17 + 32 + 2 + 1);
    for (const name of names) {
      const clip = manifest.clips[name];
      expect(clip, `manifest entry ${name}`).toBeDefined();
      const file = new URL(clip!.file, VOICE_DIR);
      expect(existsSync(file), `file ${clip!.file}`).toBe(true);
      expect(statSync(file).size, `size of ${clip!.file}`).toBeGreaterThan(0);
      expect(readFileSync(file).subarray(0, 4).toString('latin1'), `${clip!.file} is Ogg`).toBe('OggS');
    }
  });

  it('lists every file it has and has every file it lists', () => {
    const onDisk = readdirSync(VOICE_DIR).filter((f) => f.endsWith('.ogg')).sort();
    const listed = Object.values(manifest.clips).map((c) => c.file).sort();
    expect(onDisk).toEqual(listed);
  });

  it('has the plain and the -o form of every number part', () => {
    const parts = [
      ...Array.from({ length: 19 }, (_, i) => i + 1),
      ...[20, 30, 40, 50, 60, 70, 80, 90],
      ...[100, 200, 300, 400, 500, 600, 700, 800, 900],
    ];
    for (const p of parts) {
      const plain = manifest.clips[`n-${p}`];
      const linked = manifest.clips[`n-${p}-o`];
      expect(plain, `n-${p}`).toBeDefined();
      expect(linked, `n-${p}-o`).toBeDefined();
      expect(linked!.text).toBe(`${plain!.text} و`);
      // The «و» form speaks an extra syllable, so it must be longer.
      expect(linked!.ms, `n-${p}-o longer than n-${p}`).toBeGreaterThan(plain!.ms);
    }
  });

  it('keeps spoken clips between 150 ms and 2500 ms, the chime under 1.5 s', () => {
    for (const [name, clip] of Object.entries(manifest.clips)) {
      if (name === 'chime') {
        expect(clip.ms).toBeGreaterThan(300);
        expect(clip.ms).toBeLessThanOrEqual(1500);
      } else {
        expect(clip.ms, name).toBeGreaterThanOrEqual(150);
        expect(clip.ms, name).toBeLessThanOrEqual(2500);
      }
    }
  });
});
