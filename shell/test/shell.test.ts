// The real startShell with Electron replaced by a recording fake, against a
// real local HTTP server standing in for the office server.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../src/common/ipc';
import type { ShellKind } from '../src/common/kind';
import { startShell, type RunningShell } from '../src/main/shell';
import { fake, senderOn } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

/** The office server stand-in: /api/health answers `health.status`. */
let health = { status: 200 };
let server: Server;
let serverUrl: string;
let appData: string;
let running: RunningShell | null = null;
const distDir = '/opt/desk-shell/dist';

beforeEach(async () => {
  fake.reset();
  health = { status: 200 };
  server = createServer((req, res) => {
    res.writeHead(req.url === '/api/health' ? health.status : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  appData = await mkdtemp(path.join(tmpdir(), 'desk-shell-app-'));
  fake.state.paths.set('appData', appData);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  await running?.stop();
  running = null;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(appData, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Starts a shell whose settings file names the test server. */
async function start(kind: ShellKind = 'kiosk'): Promise<{ win: InstanceType<typeof fake.FakeBrowserWindow>; contents: any }> {
  const userData = path.join(appData, `desk-shell-${kind}`);
  await mkdir(userData, { recursive: true });
  await writeFile(path.join(userData, 'desk-settings.json'), JSON.stringify({ serverUrl, adminPinHash: null, language: 'fa' }));
  running = await startShell({ kind, distDir, backoff: { initialMs: 30, factor: 1.5, maxMs: 60 } });
  const win = fake.state.windows[0];
  if (!win) throw new Error('no window was created');
  return { win, contents: win.webContents };
}

const offlinePage = `file://${distDir}/pages/offline.html`;
const settingsPage = `file://${distDir}/pages/settings.html`;
const lastLoad = (contents: { loads: string[] }): string => contents.loads.at(-1) ?? '';
const navigation = (url: string, isMainFrame = true) => ({ url, isMainFrame, preventDefault: vi.fn() });
const chord = { type: 'keyDown', key: 'F12', code: 'F12', control: true, shift: true, alt: false, meta: false };

describe('a kiosk shell starting against the office server', () => {
  it('opens a locked, sandboxed kiosk window with the preload and settings in a folder of its own', async () => {
    const { win } = await start('kiosk');
    expect(win.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false },
    });
    expect(win.options.webPreferences.preload).toBe(path.join(distDir, 'preload', 'index.cjs'));
    expect(win.options.webPreferences.additionalArguments).toContain('--desk-kind=kiosk');
    expect(fake.state.paths.get('userData')).toBe(path.join(appData, 'desk-shell-kiosk'));
    expect(fake.state.menu).toBeNull();
  });

  it('loads <server>/kiosk when the server is healthy', async () => {
    const { contents } = await start('kiosk');
    await vi.waitFor(() => expect(contents.loads).toEqual([`${serverUrl}/kiosk`]));
  });

  it('each kind loads its own app with its own window', async () => {
    const { win, contents } = await start('display');
    expect(win.options.webPreferences.autoplayPolicy).toBe('no-user-gesture-required');
    await vi.waitFor(() => expect(lastLoad(contents)).toBe(`${serverUrl}/display`));
  });

  it('shows the out-of-service page while the server is down, and the app as soon as it answers', async () => {
    health.status = 503;
    const { contents } = await start('kiosk');
    await vi.waitFor(() => expect(lastLoad(contents).startsWith(`${offlinePage}?server=`)).toBe(true));
    expect(new URL(lastLoad(contents)).searchParams.get('server')).toBe(serverUrl);
    expect(contents.loads.filter((u: string) => u.startsWith(offlinePage))).toHaveLength(1);

    health.status = 200;
    await vi.waitFor(() => expect(lastLoad(contents)).toBe(`${serverUrl}/kiosk`));
  });

  it('falls back to the out-of-service page when the app fails to load', async () => {
    const { contents } = await start('kiosk');
    await vi.waitFor(() => expect(lastLoad(contents)).toBe(`${serverUrl}/kiosk`));
    health.status = 503;
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', `${serverUrl}/kiosk`, true, 1, 1);
    expect(lastLoad(contents).startsWith(offlinePage)).toBe(true);
    health.status = 200;
    await vi.waitFor(() => expect(lastLoad(contents)).toBe(`${serverUrl}/kiosk`));
  });

  it('ignores failures of sub-frames and of loads replaced by newer ones', async () => {
    const { contents } = await start('kiosk');
    await vi.waitFor(() => expect(contents.loads).toHaveLength(1));
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', `${serverUrl}/kiosk/frame`, false, 1, 1);
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', `${serverUrl}/kiosk`, true, 1, 1);
    expect(contents.loads).toEqual([`${serverUrl}/kiosk`]);
  });
});

describe('lockdown', () => {
  it('blocks a navigation to https://example.com and allows one inside the app', async () => {
    const { contents } = await start('kiosk');
    const away = navigation('https://example.com');
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();

    const inside = navigation(`${serverUrl}/kiosk/track`);
    contents.emit('will-navigate', inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('blocks a redirect of the page away from the server', async () => {
    const { contents } = await start('counter');
    const redirect = navigation('https://example.com/login');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    const toOtherApp = navigation(`${serverUrl}/kiosk`);
    contents.emit('will-redirect', toOtherApp);
    expect(toOtherApp.preventDefault).toHaveBeenCalled();
  });

  it('opens no new windows and grants no permission', async () => {
    const { contents } = await start('display');
    expect(contents.windowOpenHandler?.({ url: `${serverUrl}/display` })).toEqual({ action: 'deny' });
    const granted = vi.fn();
    fake.state.permissionRequest?.(contents, 'media', granted, {});
    expect(granted).toHaveBeenCalledWith(false);
    expect(fake.state.permissionCheck?.(contents, 'media', serverUrl, {})).toBe(false);
  });

  it('refuses to attach a webview', async () => {
    const { contents } = await start('kiosk');
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('crash recovery', () => {
  it('reloads the app shortly after the page process is gone', async () => {
    const { contents } = await start('kiosk');
    await vi.waitFor(() => expect(contents.loads).toHaveLength(1));
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.loads).toHaveLength(1);
    await vi.waitFor(() => expect(contents.loads).toEqual([`${serverUrl}/kiosk`, `${serverUrl}/kiosk`]), { timeout: 3000 });
  });

  it('restarts a page that stays unresponsive, but not one that recovers', async () => {
    const { contents } = await start('display');
    await vi.waitFor(() => expect(contents.loads).toHaveLength(1));
    contents.emit('unresponsive');
    contents.emit('responsive');
    await new Promise((r) => setTimeout(r, 1300));
    expect(contents.crashedByShell).toBe(0);
    expect(contents.loads).toHaveLength(1);

    contents.emit('unresponsive');
    await vi.waitFor(() => expect(contents.loads).toHaveLength(2), { timeout: 3000 });
    expect(contents.crashedByShell).toBe(1);
    expect(lastLoad(contents)).toBe(`${serverUrl}/display`);
  });
});

describe('the settings page', () => {
  it('Ctrl+Shift+F12 opens it, Esc goes back to the app', async () => {
    const { contents } = await start('display');
    await vi.waitFor(() => expect(contents.loads).toHaveLength(1));
    const event = { preventDefault: vi.fn() };
    contents.emit('before-input-event', event, chord);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(lastLoad(contents)).toBe(settingsPage);

    contents.emit('before-input-event', { preventDefault: vi.fn() }, { ...chord, key: 'Escape', code: 'Escape', control: false, shift: false });
    await vi.waitFor(() => expect(lastLoad(contents)).toBe(`${serverUrl}/display`));
  });

  it('answers the settings page and refuses the web app', async () => {
    await start('kiosk');
    const get = fake.state.handlers.get(IPC_CHANNELS.getSettings);
    expect(await get?.(senderOn(settingsPage))).toEqual({ ok: true, value: { serverUrl, language: 'fa', printerUrl: '', hasPin: false } });
    expect(await get?.(senderOn(`${serverUrl}/kiosk`))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await get?.(senderOn(settingsPage, 99))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a first PIN, then a new server address, and the shell goes to the new server', async () => {
    const { contents } = await start('counter');
    await vi.waitFor(() => expect(contents.loads).toHaveLength(1));
    contents.emit('before-input-event', { preventDefault: vi.fn() }, chord);

    const other = createServer((req, res) => res.writeHead(req.url === '/api/health' ? 200 : 404).end());
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      const sender = senderOn(settingsPage);
      expect(await fake.state.handlers.get(IPC_CHANNELS.setPin)?.(sender, null, '۱۳۵۷')).toMatchObject({ ok: true });
      const saved = await fake.state.handlers.get(IPC_CHANNELS.saveSettings)?.(sender, '1357', { serverUrl: otherUrl, language: 'fa' });
      expect(saved).toMatchObject({ ok: true, value: { serverUrl: otherUrl } });
      await vi.waitFor(() => expect(lastLoad(contents)).toBe(`${otherUrl}/counter`), { timeout: 3000 });

      // The lockdown follows the new server.
      const old = navigation(`${serverUrl}/counter`);
      contents.emit('will-navigate', old);
      expect(old.preventDefault).toHaveBeenCalled();
    } finally {
      other.closeAllConnections();
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
