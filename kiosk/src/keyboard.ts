// The on-screen keyboards: which keys exist, and what a key press does to the text.
// Pure, so the typing rules are tested without a browser.

/** Persian digits first (optional for searching), then the letters in the standard Persian layout rows. */
export const PERSIAN_KEY_ROWS: readonly (readonly string[])[] = [
  ['۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹', '۰'],
  ['ض', 'ص', 'ث', 'ق', 'ف', 'غ', 'ع', 'ه', 'خ', 'ح', 'ج', 'چ'],
  ['ش', 'س', 'ی', 'ب', 'ل', 'ا', 'ت', 'ن', 'م', 'ک', 'گ'],
  ['ظ', 'ط', 'ژ', 'ز', 'ر', 'ذ', 'د', 'پ', 'و'],
];

/**
 * For writing a request rather than searching: the letters the main rows leave to a shift
 * key on a real keyboard, the marks a date, an hour or an address needs, and the half-space.
 */
export const HALF_SPACE = '\u200c';
export const TEXT_EXTRA_KEYS: readonly string[] = ['آ', 'ئ', 'ء', 'ۀ', '،', '.', ':', '/', '-', HALF_SPACE];

/** The pairing pad, in the order a phone keypad shows them (Latin digits inside, Persian on screen). */
export const DIGIT_KEYS: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export type KeyPress = { kind: 'char'; char: string } | { kind: 'space' } | { kind: 'backspace' } | { kind: 'clear' };

/** Long enough for any service name worth typing; a leaning elbow cannot fill the screen. */
export const MAX_QUERY_LENGTH = 40;
export const PAIRING_CODE_LENGTH = 6;

/** The text after one key press: no leading or double spaces, nothing past `max` characters. */
export function pressKey(text: string, key: KeyPress, max = MAX_QUERY_LENGTH): string {
  const chars = Array.from(text);
  switch (key.kind) {
    case 'clear':
      return '';
    case 'backspace':
      return chars.slice(0, -1).join('');
    case 'space':
      if (chars.length === 0 || chars.length >= max || text.endsWith(' ')) return text;
      return `${text} `;
    case 'char':
      if (chars.length >= max) return text;
      return text + key.char;
  }
}

/** What the `data-key` attribute of a key says: the character itself, or the action's name. */
export function keyName(key: KeyPress): string {
  return key.kind === 'char' ? key.char : key.kind === 'space' ? ' ' : key.kind;
}
