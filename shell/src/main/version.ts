// Replaced by build.mjs with the version in shell/package.json.
declare const __DESK_SHELL_VERSION__: string | undefined;

export const SHELL_VERSION: string =
  typeof __DESK_SHELL_VERSION__ === 'string' ? __DESK_SHELL_VERSION__ : '0.0.0-dev';
