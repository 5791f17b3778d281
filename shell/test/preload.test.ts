import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, rendererArgs, type DeskShellApi } from '../src/common/ipc';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke },
}));

const settingsPageUrl = 'file:///opt/desk/dist/pages/settings.html';
const savedArgv = process.argv;

/** Runs the preload as Electron would, in a page at `href`. */
async function preloadOn(href: string, argv = rendererArgs({ kind: 'kiosk', version: '0.1.0', settingsPageUrl })): Promise<DeskShellApi | undefined> {
  process.argv = ['electron', '--type=renderer', ...argv];
  vi.stubGlobal('window', { location: { href } });
  vi.resetModules();
  await import('../src/preload/index');
  return electron.exposed.get('deskShell') as DeskShellApi | undefined;
}

beforeEach(() => {
  electron.exposed.clear();
  electron.invoke.mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  process.argv = savedArgv;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('window.deskShell', () => {
  it('the web app learns only its kind and the shell version', async () => {
    const api = await preloadOn('http://office:8080/kiosk');
    expect(api).toEqual({ kind: 'kiosk', version: '0.1.0' });
  });

  it('the settings page also gets the three settings calls, on named channels', async () => {
    const api = await preloadOn(settingsPageUrl);
    expect(Object.keys(api ?? {}).sort()).toEqual(['getSettings', 'kind', 'saveSettings', 'setPin', 'version']);

    await api?.getSettings?.();
    await api?.saveSettings?.('1234', { serverUrl: 'http://a:1', language: 'fa', extra: 'x' } as never);
    await api?.setPin?.(null, '5678');
    expect(electron.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getSettings],
      [IPC_CHANNELS.saveSettings, '1234', { serverUrl: 'http://a:1', language: 'fa' }],
      [IPC_CHANNELS.setPin, null, '5678'],
    ]);
  });

  it('nothing is exposed when main did not say which shell this is', async () => {
    expect(await preloadOn(settingsPageUrl, [])).toBeUndefined();
  });
});
