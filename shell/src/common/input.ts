// Keys the shell itself answers to, before the page sees them.

/** The fields of Electron's `Input` the shell looks at. */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
}

/** Ctrl+Shift+F12 opens the settings page on every kind of shell. */
export function isSettingsChord(input: KeyInput): boolean {
  return (
    input.type === 'keyDown' &&
    input.control &&
    input.shift &&
    !input.alt &&
    !input.meta &&
    (input.key === 'F12' || input.code === 'F12')
  );
}

/** Esc on the settings page goes back without saving. */
export function isEscape(input: KeyInput): boolean {
  return input.type === 'keyDown' && input.key === 'Escape' && !input.control && !input.shift && !input.alt && !input.meta;
}
