// Persian voice announcements for the display board: which pre-rendered clips
// to play for a call, and the sentence they speak.
// Pure functions only: this file runs in the browser and on the server.
//
// The clips live in display/public/voice/ (<name>.ogg, listed in manifest.json)
// and are rendered once by display/scripts/render-voice.sh. A call is spoken as
//   chime, «شماره», <letter>, <number>, «به باجه», <counter number>
// e.g. «شماره ب دویست و پنج به باجه سه».

/** Everything needed to announce one call (a subset of `Call`). */
export interface VoiceCall {
  /** One Persian letter, or '' for none. */
  prefix: string;
  /** Ticket number, 1…999. */
  number: number;
  /** Counter number, 1…999. */
  counterNumber: number;
}

/** Ticket prefix letters that have a voice clip, in Persian alphabet order. */
export const VOICE_PREFIX_LETTERS: readonly string[] = [
  'ا', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'س', 'ش',
  'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ک', 'گ', 'ل', 'م', 'ن', 'و', 'ه', 'ی',
];

/** Letter → clip name (the clip speaks the letter's name: «جیم», «دال», «بِ»…). */
const LETTER_CLIPS: Readonly<Record<string, string>> = {
  'ا': 'l-alef',
  'ب': 'l-be',
  'پ': 'l-pe',
  'ت': 'l-te',
  'ث': 'l-se',
  'ج': 'l-jim',
  'چ': 'l-che',
  'ح': 'l-he-jimi',
  'خ': 'l-khe',
  'د': 'l-dal',
  'ذ': 'l-zal',
  'ر': 'l-re',
  'ز': 'l-ze',
  'ژ': 'l-zhe',
  'س': 'l-sin',
  'ش': 'l-shin',
  'ص': 'l-sad',
  'ض': 'l-zad',
  'ط': 'l-ta',
  'ظ': 'l-za',
  'ع': 'l-eyn',
  'غ': 'l-gheyn',
  'ف': 'l-fe',
  'ق': 'l-ghaf',
  'ک': 'l-kaf',
  'گ': 'l-gaf',
  'ل': 'l-lam',
  'م': 'l-mim',
  'ن': 'l-nun',
  'و': 'l-vav',
  'ه': 'l-he',
  'ی': 'l-ye',
};

/** Other spellings of the same letters (Arabic code points, alef forms, the name «الف»). */
const LETTER_ALIASES: Readonly<Record<string, string>> = {
  'آ': 'ا',
  'أ': 'ا',
  'إ': 'ا',
  'الف': 'ا',
  'ك': 'ک',
  'ي': 'ی',
  'ى': 'ی',
  'ۀ': 'ه',
  'ة': 'ه',
};

/** The clip that speaks a prefix letter's name, or null for an unknown letter or ''. */
export function letterClip(letter: string): string | null {
  const trimmed = letter.trim();
  const key = LETTER_ALIASES[trimmed] ?? trimmed;
  return LETTER_CLIPS[key] ?? null;
}

/** Persian words of the number parts; a clip `n-<part>` speaks each one. */
const NUMBER_WORDS: Readonly<Record<number, string>> = {
  1: 'یک', 2: 'دو', 3: 'سه', 4: 'چهار', 5: 'پنج', 6: 'شش', 7: 'هفت', 8: 'هشت', 9: 'نه',
  10: 'ده', 11: 'یازده', 12: 'دوازده', 13: 'سیزده', 14: 'چهارده', 15: 'پانزده',
  16: 'شانزده', 17: 'هفده', 18: 'هجده', 19: 'نوزده',
  20: 'بیست', 30: 'سی', 40: 'چهل', 50: 'پنجاه', 60: 'شصت', 70: 'هفتاد', 80: 'هشتاد', 90: 'نود',
  100: 'صد', 200: 'دویست', 300: 'سیصد', 400: 'چهارصد', 500: 'پانصد',
  600: 'ششصد', 700: 'هفتصد', 800: 'هشتصد', 900: 'نهصد',
};

/** Hundreds, tens and units of n (1…999); 11–19 stay one part. 215 → [200, 15]. */
function numberParts(n: number): number[] {
  if (!Number.isInteger(n) || n < 1 || n > 999) {
    throw new RangeError(`voice numbers are whole numbers from 1 to 999, got ${n}`);
  }
  const parts: number[] = [];
  const hundreds = Math.floor(n / 100) * 100;
  const rest = n % 100;
  if (hundreds > 0) parts.push(hundreds);
  if (rest >= 1 && rest <= 19) {
    parts.push(rest);
  } else if (rest > 0) {
    const tens = Math.floor(rest / 10) * 10;
    const units = rest % 10;
    parts.push(tens);
    if (units > 0) parts.push(units);
  }
  return parts;
}

/**
 * Clips that speak n (1…999) in Persian: the parts joined by «و», so every part
 * but the last uses its «-o» form. 25 → ['n-20-o', 'n-5'] («بیست و پنج»).
 * Throws RangeError outside 1…999 (0 is never a ticket or counter number).
 */
export function numberClips(n: number): string[] {
  const parts = numberParts(n);
  return parts.map((p, i) => (i < parts.length - 1 ? `n-${p}-o` : `n-${p}`));
}

/** n (1…999) in Persian words: 205 → «دویست و پنج». Throws RangeError like numberClips. */
export function numberWords(n: number): string {
  return numberParts(n)
    .map((p) => NUMBER_WORDS[p]!)
    .join(' و ');
}

/**
 * Clips to play, in order, for one call:
 * chime, «شماره», letter, ticket number, «به باجه», counter number.
 * A prefix without a clip (not a Persian letter) is left unspoken; the caption
 * still shows it. Throws RangeError for numbers outside 1…999.
 */
export function callClips(call: VoiceCall): string[] {
  const letter = call.prefix.trim() === '' ? null : letterClip(call.prefix);
  return [
    'chime',
    'w-number',
    ...(letter ? [letter] : []),
    ...numberClips(call.number),
    'w-to-counter',
    ...numberClips(call.counterNumber),
  ];
}

/**
 * The sentence the clips speak, for a visible caption:
 * { prefix: 'ب', number: 205, counterNumber: 3 } → «شماره ب دویست و پنج به باجه سه».
 */
export function spokenCallText(call: VoiceCall): string {
  const prefix = call.prefix.trim();
  return [
    'شماره',
    ...(prefix ? [prefix] : []),
    numberWords(call.number),
    'به باجه',
    numberWords(call.counterNumber),
  ].join(' ');
}
