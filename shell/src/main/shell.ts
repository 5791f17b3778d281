// The one main process behind the kiosk, counter and display shells: a locked
// window on the office server's web app, an out-of-service page while the
// server is away, a PIN-guarded settings page (Ctrl+Shift+F12), and for the
// kiosk its own printer (tickets, e-desk receipts) when the settings name one.
import path from 'node:path';
import { app, BrowserWindow, Menu, net, session } from 'electron';
import { HEALTH_BACKOFF, type BackoffOptions } from '../common/backoff';
import { isSettingsChord, isEscape } from '../common/input';
import { IPC_EVENTS, rendererArgs } from '../common/ipc';
import { appUrlFor, type ShellKind } from '../common/kind';
import { isAllowedNavigation, isLocalPage } from '../common/navigation';
import { windowOptionsFor } from '../common/window-options';
import { createLocalPrinting, type LocalPrinting } from '../node/local-printing';
import { waitForServer } from '../node/reachability';
import { createSettingsService, loadOrSeedSettings } from '../node/settings-service';
import { createSettingsStore } from '../node/settings-store';
import { bundledDistDir, shellLayout } from './layout';
import { denyAllPermissions, hardenContents, lockNavigation } from './lockdown';
import { registerPrintIpc } from './print-ipc';
import { recoverFromCrashes } from './recovery';
import { registerSettingsIpc } from './settings-ipc';
import { SHELL_VERSION } from './version';

export interface StartShellOptions {
  kind: ShellKind;
  /** Health-check retry delays (tests make them short). */
  backoff?: BackoffOptions;
  /** Folder holding `preload/` and `pages/`; defaults to the bundle's `dist/`. */
  distDir?: string;
}

export interface RunningShell {
  window: BrowserWindow;
  /** Stops the health loop and pending reloads, and closes the print queue (tests; the app simply quits). */
  stop(): Promise<void>;
}

type Mode = 'starting' | 'app' | 'offline' | 'settings';

/** Chromium's "navigation aborted": a newer load replaced this one, not a failure. */
const ERR_ABORTED = -3;
/** Time for the settings page to show «ذخیره شد» before the app comes back. */
const BACK_TO_APP_AFTER_SAVE_MS = 1_000;

export async function startShell(options: StartShellOptions): Promise<RunningShell | null> {
  const { kind } = options;
  const backoff = options.backoff ?? HEALTH_BACKOFF;

  // Settings and the single-instance lock live in a folder per kind, whatever
  // the executable is called (`electron kiosk.cjs` during setup, a packaged app later).
  app.setPath('userData', path.join(app.getPath('appData'), `desk-shell-${kind}`));
  // One shell per machine: a second start (a double-clicked shortcut) only brings the first forward.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  Menu.setApplicationMenu(null);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  denyAllPermissions(session.defaultSession);

  const layout = shellLayout(options.distDir ?? bundledDistDir());
  const localPages = [layout.settingsPageUrl, layout.offlinePageUrl];
  const store = createSettingsStore(app.getPath('userData'));
  const service = createSettingsService(store, await loadOrSeedSettings(store, process.argv, process.env));
  const serverUrl = (): string => service.current().serverUrl;

  const win = new BrowserWindow(
    windowOptionsFor(kind, {
      preload: layout.preload,
      additionalArguments: rendererArgs({ kind, version: SHELL_VERSION, settingsPageUrl: layout.settingsPageUrl }),
    }),
  );
  const contents = win.webContents;
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  let mode: Mode = 'starting';
  let loop: AbortController | null = null;
  let backTimer: ReturnType<typeof setTimeout> | null = null;

  const ignoreLoadError = (): void => undefined; // did-fail-load handles failures
  const stopLoop = (): void => {
    loop?.abort();
    loop = null;
  };
  const showApp = (): void => {
    mode = 'app';
    contents.loadURL(appUrlFor(serverUrl(), kind)).catch(ignoreLoadError);
  };
  const showOffline = (): void => {
    mode = 'offline';
    const url = new URL(layout.offlinePageUrl);
    url.searchParams.set('server', serverUrl());
    contents.loadURL(url.href).catch(ignoreLoadError);
  };
  const showSettings = (): void => {
    stopLoop();
    mode = 'settings';
    contents.loadURL(layout.settingsPageUrl).catch(ignoreLoadError);
  };

  /** Checks the server and shows the app as soon as it answers; the out-of-service page meanwhile. */
  const connect = (after: 'start' | 'failure'): void => {
    stopLoop();
    const controller = new AbortController();
    loop = controller;
    if (after === 'failure') showOffline();
    else mode = 'starting';
    void waitForServer({
      serverUrl: serverUrl(),
      fetch: (url, init) => net.fetch(url, init),
      signal: controller.signal,
      backoff,
      delayFirstCheck: after === 'failure',
      onFailure: () => {
        if (mode !== 'offline') showOffline();
      },
    }).then((ready) => {
      if (!ready || loop !== controller) return;
      loop = null;
      showApp();
    });
  };

  const reloadCurrent = (): void => {
    if (mode === 'settings') showSettings();
    else if (mode === 'offline') showOffline();
    else if (mode === 'app') showApp();
  };

  lockNavigation(contents, (url) => isAllowedNavigation(url, serverUrl(), kind, localPages));

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedUrl, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    if (isLocalPage(validatedUrl, localPages)) {
      console.error(`[desk-shell] could not load the shell page ${validatedUrl}: ${errorDescription}`);
      return;
    }
    if (mode !== 'app') return;
    console.warn(`[desk-shell] ${validatedUrl} failed (${errorDescription}); showing the out-of-service page`);
    connect('failure');
  });

  contents.on('before-input-event', (event, input) => {
    if (isSettingsChord(input)) {
      event.preventDefault();
      if (mode === 'settings') connect('start');
      else showSettings();
    } else if (mode === 'settings' && isEscape(input)) {
      event.preventDefault();
      connect('start');
    }
  });

  const cancelRecovery = recoverFromCrashes(contents, { reload: reloadCurrent });

  // Only a kiosk prints, and only on the printer its settings name (none: the server prints).
  let printing: LocalPrinting | null = null;
  if (kind === 'kiosk') {
    printing = createLocalPrinting({
      dataDir: app.getPath('userData'),
      onState: (state) => {
        if (!contents.isDestroyed()) contents.send(IPC_EVENTS.printState, state);
      },
      onReceiptState: (state) => {
        if (!contents.isDestroyed()) contents.send(IPC_EVENTS.receiptPrintState, state);
      },
    });
    void printing.configure(service.current().printerUrl);
    registerPrintIpc({ printing, trusted: () => ({ webContentsId: contents.id, serverUrl: serverUrl(), kind }) });
  }

  registerSettingsIpc({
    service,
    trusted: () => ({ webContentsId: contents.id, settingsPageUrl: layout.settingsPageUrl }),
    onSaved: () => {
      void printing?.configure(service.current().printerUrl);
      if (backTimer) clearTimeout(backTimer);
      backTimer = setTimeout(() => {
        backTimer = null;
        if (mode === 'settings') connect('start');
      }, BACK_TO_APP_AFTER_SAVE_MS);
    },
  });

  connect('start');

  return {
    window: win,
    stop: async () => {
      stopLoop();
      cancelRecovery();
      if (backTimer) clearTimeout(backTimer);
      await printing?.close();
    },
  };
}

/** What each entry file runs. */
export function runShell(kind: ShellKind): void {
  startShell({ kind }).catch((error: unknown) => {
    console.error('[desk-shell] could not start:', error);
    app.exit(1);
  });
}
