// Electron as the shell's main process sees it, replaced by a recording fake.
// A test file uses it with:
//   vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

class Emitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

class FakeWebContents extends Emitter {
  id = 42;
  loads: string[] = [];
  /** What main sent to the page: [channel, ...args]. */
  sent: unknown[][] = [];
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  crashedByShell = 0;
  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    return Promise.resolve();
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
  forcefullyCrashRenderer(): void {
    this.crashedByShell += 1;
  }
}

const state = {
  paths: new Map<string, string>(),
  windows: [] as FakeBrowserWindow[],
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  permissionRequest: null as null | ((...args: any[]) => void),
  permissionCheck: null as null | ((...args: any[]) => boolean),
  menu: 'default' as unknown,
};

const app = Object.assign(new Emitter(), {
  getPath: (name: string) => state.paths.get(name) ?? '',
  setPath: (name: string, value: string) => void state.paths.set(name, value),
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => true,
  quit: vi.fn(),
  exit: vi.fn(),
});

class FakeBrowserWindow extends Emitter {
  webContents = new FakeWebContents();
  constructor(public options: Record<string, any>) {
    super();
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  isMinimized = () => false;
  restore = vi.fn();
  focus = vi.fn();
}

export const fake = {
  state,
  app,
  FakeBrowserWindow,
  reset(): void {
    app.listeners.clear();
    state.paths.clear();
    state.windows.length = 0;
    state.handlers.clear();
    state.permissionRequest = null;
    state.permissionCheck = null;
    state.menu = 'default';
  },
};

export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  Menu: { setApplicationMenu: (menu: unknown) => void (state.menu = menu) },
  ipcMain: { handle: (channel: string, handler: any) => void state.handlers.set(channel, handler) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: any) => void (state.permissionRequest = h),
      setPermissionCheckHandler: (h: any) => void (state.permissionCheck = h),
    },
  },
  net: { fetch: (url: string, init: RequestInit) => fetch(url, init) },
};

/** An IPC event from a frame at `url` in the web contents `id` (42 is the shell's window). */
export const senderOn = (url: string, id = 42, isMainFrame = true) => ({
  sender: { id },
  senderFrame: { url, parent: isMainFrame ? null : { url } },
});
