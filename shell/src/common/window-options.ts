// What each shell's window looks like and may do. Pure, so the security
// settings are tested without Electron.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { ShellKind } from './kind';

export interface WindowExtras {
  /** Absolute path of the bundled preload script. */
  preload?: string;
  /** Passed to the renderer's `process.argv` (the preload reads the kind from there). */
  additionalArguments?: string[];
}

export function windowOptionsFor(kind: ShellKind, extras: WindowExtras = {}): BrowserWindowConstructorOptions {
  const base: BrowserWindowConstructorOptions = {
    title: 'میز خدمت',
    backgroundColor: '#f5f7fa',
    autoHideMenuBar: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Only the clerk's counter PC is a place where someone may debug a page.
      devTools: kind === 'counter',
      ...(extras.preload ? { preload: extras.preload } : {}),
      ...(extras.additionalArguments ? { additionalArguments: [...extras.additionalArguments] } : {}),
    },
  };

  switch (kind) {
    case 'kiosk':
      return { ...base, kiosk: true, fullscreen: true, resizable: false, minimizable: false };
    case 'display':
      return {
        ...base,
        fullscreen: true,
        resizable: false,
        webPreferences: {
          ...base.webPreferences,
          // The lobby board chimes and speaks the call without anyone touching it.
          autoplayPolicy: 'no-user-gesture-required',
        },
      };
    case 'counter':
      return { ...base, width: 1280, height: 800, minWidth: 960, minHeight: 600, resizable: true, fullscreen: false };
  }
}
