import { describe, expect, it } from 'vitest';
import { isEscape, isSettingsChord, type KeyInput } from '../src/common/input';

const key = (over: Partial<KeyInput>): KeyInput => ({
  type: 'keyDown',
  key: 'F12',
  code: 'F12',
  control: true,
  shift: true,
  alt: false,
  meta: false,
  ...over,
});

describe('the keys the shell answers to', () => {
  it('Ctrl+Shift+F12 opens settings', () => {
    expect(isSettingsChord(key({}))).toBe(true);
  });

  it.each([
    ['F12 alone', key({ control: false, shift: false })],
    ['Ctrl+F12', key({ shift: false })],
    ['Shift+F12', key({ control: false })],
    ['Ctrl+Shift+Alt+F12', key({ alt: true })],
    ['the key going up', key({ type: 'keyUp' })],
    ['Ctrl+Shift+F11', key({ key: 'F11', code: 'F11' })],
  ])('%s does not', (_what, input) => {
    expect(isSettingsChord(input)).toBe(false);
  });

  it('Esc goes back, Ctrl+Esc does not', () => {
    const esc = key({ key: 'Escape', code: 'Escape', control: false, shift: false });
    expect(isEscape(esc)).toBe(true);
    expect(isEscape({ ...esc, control: true })).toBe(false);
    expect(isEscape({ ...esc, type: 'keyUp' })).toBe(false);
  });
});
