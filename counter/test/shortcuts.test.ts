import { describe, expect, it } from 'vitest';
import { SHORTCUT_KEYS, shortcutFor } from '../src/shortcuts';

const free = { typing: false, dialogOpen: false };

describe('keyboard shortcuts at the counter', () => {
  it.each([
    ['F1', 'callNext'],
    [' ', 'callNext'],
    ['F2', 'recall'],
    ['F3', 'start'],
    ['F4', 'finish'],
    ['F6', 'noShow'],
  ])('%j asks for %s', (key, action) => {
    expect(shortcutFor({ key }, free)).toBe(action);
  });

  it('ignores other keys and keys with modifiers', () => {
    expect(shortcutFor({ key: 'F5' }, free)).toBeNull();
    expect(shortcutFor({ key: 'a' }, free)).toBeNull();
    expect(shortcutFor({ key: 'F1', ctrlKey: true }, free)).toBeNull();
    expect(shortcutFor({ key: ' ', shiftKey: true }, free)).toBeNull();
  });

  it('does not act twice for a held key', () => {
    expect(shortcutFor({ key: 'F1', repeat: true }, free)).toBeNull();
  });

  it('leaves the keys alone while typing a reason or with a dialog open', () => {
    expect(shortcutFor({ key: ' ' }, { typing: true, dialogOpen: false })).toBeNull();
    expect(shortcutFor({ key: 'F4' }, { typing: false, dialogOpen: true })).toBeNull();
  });

  it('prints on each button the key that presses it', () => {
    for (const [action, key] of Object.entries(SHORTCUT_KEYS)) expect(shortcutFor({ key }, free)).toBe(action);
  });
});
