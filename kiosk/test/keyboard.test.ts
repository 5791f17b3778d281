import { describe, expect, it } from 'vitest';
import { DIGIT_KEYS, MAX_QUERY_LENGTH, PERSIAN_KEY_ROWS, keyName, pressKey, type KeyPress } from '../src/keyboard';

const type = (text: string, ...keys: KeyPress[]) => keys.reduce((t, k) => pressKey(t, k), text);
const char = (c: string): KeyPress => ({ kind: 'char', char: c });

describe('the on-screen Persian keyboard', () => {
  it('has every letter of the Persian alphabet exactly once, in the standard layout rows', () => {
    const alphabet = 'ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی'.split(' ');
    const letters = PERSIAN_KEY_ROWS.slice(1).flat();
    expect([...letters].sort()).toEqual([...alphabet].sort());
    expect(PERSIAN_KEY_ROWS[1]!.slice(0, 4)).toEqual(['ض', 'ص', 'ث', 'ق']);
    expect(PERSIAN_KEY_ROWS[2]!.slice(0, 3)).toEqual(['ش', 'س', 'ی']);
  });

  it('uses the Persian ی and ک, never the Arabic ي and ك', () => {
    const keys = PERSIAN_KEY_ROWS.flat().join('');
    expect(keys).not.toMatch(/[يكى]/);
  });

  it('offers the ten Persian digits in their own row', () => {
    expect(PERSIAN_KEY_ROWS[0]!.join('')).toBe('۱۲۳۴۵۶۷۸۹۰');
  });

  it('types letters, spaces and deletes from the end', () => {
    expect(type('', char('گ'), char('و'), char('ا'), char('ه'), { kind: 'space' }, char('ی'))).toBe('گواه ی');
    expect(type('گواهی', { kind: 'backspace' })).toBe('گواه');
    expect(type('گواهی نامه', { kind: 'clear' })).toBe('');
    expect(type('', { kind: 'backspace' })).toBe('');
  });

  it('never starts with a space nor types two spaces in a row', () => {
    expect(type('', { kind: 'space' })).toBe('');
    expect(type('پروانه', { kind: 'space' }, { kind: 'space' })).toBe('پروانه ');
  });

  it('stops at the maximum length, whatever is pressed', () => {
    const full = 'ب'.repeat(MAX_QUERY_LENGTH);
    expect(type(full, char('پ'), { kind: 'space' })).toBe(full);
    expect(pressKey('۱۲۳۴۵۶', char('7'), 6)).toBe('۱۲۳۴۵۶');
  });

  it('names keys for the data-key hook: the character itself, or the action', () => {
    expect(keyName(char('ب'))).toBe('ب');
    expect(keyName({ kind: 'space' })).toBe(' ');
    expect(keyName({ kind: 'backspace' })).toBe('backspace');
    expect(keyName({ kind: 'clear' })).toBe('clear');
  });

  it('has a digit pad for the pairing code', () => {
    expect(DIGIT_KEYS.join('')).toBe('123456789');
  });
});
