// Where the bundled files sit next to each other in `shell/dist/`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ShellLayout {
  preload: string;
  settingsPageUrl: string;
  offlinePageUrl: string;
}

export function shellLayout(distDir: string): ShellLayout {
  const page = (name: string): string => pathToFileURL(path.join(distDir, 'pages', name)).href;
  return {
    preload: path.join(distDir, 'preload', 'index.cjs'),
    settingsPageUrl: page('settings.html'),
    offlinePageUrl: page('offline.html'),
  };
}

/** `dist/` of the running bundle (`dist/main/<kind>.cjs`). */
export function bundledDistDir(): string {
  return path.resolve(__dirname, '..');
}
