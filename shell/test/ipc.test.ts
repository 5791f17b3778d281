import { describe, expect, it } from 'vitest';
import { isTrustedAppSender, isTrustedSettingsSender, readRendererArgs, rendererArgs } from '../src/common/ipc';

const settingsPageUrl = 'file:///opt/desk/dist/pages/settings.html';
const trusted = { webContentsId: 7, settingsPageUrl };

describe('who may call the settings channels', () => {
  it("the shell window's main frame on the settings page may", () => {
    expect(isTrustedSettingsSender({ webContentsId: 7, frameUrl: settingsPageUrl, isMainFrame: true }, trusted)).toBe(true);
    expect(isTrustedSettingsSender({ webContentsId: 7, frameUrl: `${settingsPageUrl}#pin`, isMainFrame: true }, trusted)).toBe(true);
  });

  it.each([
    ['the web app from the server', { webContentsId: 7, frameUrl: 'http://office:8080/kiosk', isMainFrame: true }],
    ['the out-of-service page', { webContentsId: 7, frameUrl: 'file:///opt/desk/dist/pages/offline.html', isMainFrame: true }],
    ['a frame inside the settings page', { webContentsId: 7, frameUrl: settingsPageUrl, isMainFrame: false }],
    ['another web contents', { webContentsId: 8, frameUrl: settingsPageUrl, isMainFrame: true }],
    ['a frame that is gone', { webContentsId: 7, frameUrl: null, isMainFrame: true }],
    ['a same-named file elsewhere', { webContentsId: 7, frameUrl: 'file:///tmp/settings.html', isMainFrame: true }],
  ])('%s may not', (_who, sender) => {
    expect(isTrustedSettingsSender(sender, trusted)).toBe(false);
  });
});

describe('who may ask the kiosk to print', () => {
  const app = { webContentsId: 7, serverUrl: 'http://office:8080', kind: 'kiosk' as const };

  it("the kiosk web app in the shell window's main frame may", () => {
    expect(isTrustedAppSender({ webContentsId: 7, frameUrl: 'http://office:8080/kiosk', isMainFrame: true }, app)).toBe(true);
    expect(isTrustedAppSender({ webContentsId: 7, frameUrl: 'http://office:8080/kiosk/#ticket', isMainFrame: true }, app)).toBe(true);
  });

  it.each([
    ['another server', { webContentsId: 7, frameUrl: 'http://evil:8080/kiosk', isMainFrame: true }],
    ['another port of the same host', { webContentsId: 7, frameUrl: 'http://office:9090/kiosk', isMainFrame: true }],
    ['another app on the server', { webContentsId: 7, frameUrl: 'http://office:8080/counter', isMainFrame: true }],
    ['the settings page', { webContentsId: 7, frameUrl: 'file:///opt/desk/dist/pages/settings.html', isMainFrame: true }],
    ['a frame inside the app', { webContentsId: 7, frameUrl: 'http://office:8080/kiosk', isMainFrame: false }],
    ['another web contents', { webContentsId: 8, frameUrl: 'http://office:8080/kiosk', isMainFrame: true }],
    ['a frame that is gone', { webContentsId: 7, frameUrl: null, isMainFrame: true }],
  ])('%s may not', (_who, sender) => {
    expect(isTrustedAppSender(sender, app)).toBe(false);
  });
});

describe('what main tells the preload', () => {
  it('survives the trip through the renderer argv', () => {
    const argv = ['/usr/lib/electron', '--type=renderer', ...rendererArgs({ kind: 'display', version: '1.2.3', settingsPageUrl })];
    expect(readRendererArgs(argv)).toEqual({ kind: 'display', version: '1.2.3', settingsPageUrl });
  });

  it('is empty when main said nothing', () => {
    expect(readRendererArgs(['electron'])).toEqual({ kind: '', version: '', settingsPageUrl: '' });
  });
});
