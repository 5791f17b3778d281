import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS, rendererArgs, type DeskShellApi } from '../src/common/ipc';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.set(channel, (electron.listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => void electron.listeners.get(channel)?.delete(listener),
  },
}));

/** Main sending to the page. */
const fromMain = (channel: string, ...args: unknown[]) => electron.listeners.get(channel)?.forEach((l) => l({ sender: 'ipc' }, ...args));

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
  electron.listeners.clear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  process.argv = savedArgv;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('window.deskShell', () => {
  it('the counter and display apps learn only their kind and the shell version', async () => {
    const counter = await preloadOn('http://office:8080/counter', rendererArgs({ kind: 'counter', version: '0.1.0', settingsPageUrl }));
    expect(counter).toEqual({ kind: 'counter', version: '0.1.0' });
    const display = await preloadOn('http://office:8080/display', rendererArgs({ kind: 'display', version: '0.1.0', settingsPageUrl }));
    expect(display).toEqual({ kind: 'display', version: '0.1.0' });
  });

  it('the kiosk app also gets print, on one channel, and hears how its tickets print', async () => {
    const api = await preloadOn('http://office:8080/kiosk');
    expect(Object.keys(api ?? {}).sort()).toEqual(['kind', 'onPrintState', 'onReceiptPrintState', 'print', 'printReceipt', 'version']);

    const data = { label: 'ب-۱' } as never;
    await api?.print?.('t-1', data);
    expect(electron.invoke.mock.calls).toEqual([[IPC_CHANNELS.print, 't-1', data]]);

    const heard: unknown[] = [];
    const stop = api?.onPrintState?.((state) => heard.push(state));
    const state = { ticketId: 't-1', printerId: 'local', state: 'printed' };
    fromMain(IPC_EVENTS.printState, state);
    expect(heard).toEqual([state]); // the state only: never Electron's event object
    stop?.();
    fromMain(IPC_EVENTS.printState, { ...state, ticketId: 't-2' });
    expect(heard).toEqual([state]);
  });

  it('the kiosk app prints the receipt the server handed it, on its own channel, and hears how receipts print', async () => {
    const api = await preloadOn('http://office:8080/kiosk');
    const data = { trackingCode: '14041234567' } as never;
    await api?.printReceipt?.('14041234567', data);
    expect(electron.invoke.mock.calls).toEqual([[IPC_CHANNELS.printReceipt, '14041234567', data]]);

    const heard: unknown[] = [];
    const stop = api?.onReceiptPrintState?.((state) => heard.push(state));
    const state = { trackingCode: '14041234567', printerId: 'local', state: 'printed' };
    fromMain(IPC_EVENTS.receiptPrintState, state);
    // a ticket's state is not a receipt's
    fromMain(IPC_EVENTS.printState, { ticketId: 't-1', printerId: 'local', state: 'printed' });
    expect(heard).toEqual([state]);
    stop?.();
    fromMain(IPC_EVENTS.receiptPrintState, state);
    expect(heard).toEqual([state]);
  });

  it("the kiosk's own pages (settings, out of service) get no print call", async () => {
    const settings = await preloadOn(settingsPageUrl);
    expect(settings?.print).toBeUndefined();
    expect(settings?.printReceipt).toBeUndefined();
    const offline = await preloadOn('file:///opt/desk/dist/pages/offline.html?server=http%3A%2F%2Foffice%3A8080');
    expect(offline).toEqual({ kind: 'kiosk', version: '0.1.0' });
  });

  it('the settings page also gets the three settings calls, on named channels', async () => {
    const api = await preloadOn(settingsPageUrl);
    expect(Object.keys(api ?? {}).sort()).toEqual(['getSettings', 'kind', 'saveSettings', 'setPin', 'version']);

    await api?.getSettings?.();
    await api?.saveSettings?.('1234', { serverUrl: 'http://a:1', language: 'fa', printerUrl: 'virtual', extra: 'x' } as never);
    await api?.setPin?.(null, '5678');
    expect(electron.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getSettings],
      [IPC_CHANNELS.saveSettings, '1234', { serverUrl: 'http://a:1', language: 'fa', printerUrl: 'virtual' }],
      [IPC_CHANNELS.setPin, null, '5678'],
    ]);
  });

  it('nothing is exposed when main did not say which shell this is', async () => {
    expect(await preloadOn(settingsPageUrl, [])).toBeUndefined();
  });
});
