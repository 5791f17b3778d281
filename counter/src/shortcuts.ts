// Keyboard shortcuts of the counter screen: one key per frequent action, so a clerk
// serving a hundred people a day never reaches for the mouse.
export type ShortcutAction = 'callNext' | 'recall' | 'start' | 'finish' | 'noShow';

/** The key printed on each button. Space is a second key for «فراخوانی بعدی». */
export const SHORTCUT_KEYS: Record<ShortcutAction, string> = {
  callNext: 'F1',
  recall: 'F2',
  start: 'F3',
  finish: 'F4',
  noShow: 'F6',
};

const BY_KEY: Record<string, ShortcutAction> = {
  F1: 'callNext',
  ' ': 'callNext',
  Spacebar: 'callNext',
  F2: 'recall',
  F3: 'start',
  F4: 'finish',
  F6: 'noShow',
};

export interface KeyPress {
  key: string;
  repeat?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

export interface KeyContext {
  /** Focus is in a text field: Space is a character there. */
  typing: boolean;
  /** A dialog is open: its own keys win. */
  dialogOpen: boolean;
}

/** The action a key press asks for, or null. Held keys (auto-repeat) never act twice. */
export function shortcutFor(press: KeyPress, context: KeyContext): ShortcutAction | null {
  if (press.repeat || context.dialogOpen || context.typing) return null;
  if (press.ctrlKey || press.altKey || press.metaKey || press.shiftKey) return null;
  return BY_KEY[press.key] ?? null;
}
