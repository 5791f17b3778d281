import { describe, expect, it } from 'vitest';
import { SHELL_KINDS } from '../src/common/kind';
import { windowOptionsFor } from '../src/common/window-options';

describe('the window each shell opens', () => {
  it.each(SHELL_KINDS)('a %s window is isolated from Node and the web', (kind) => {
    const prefs = windowOptionsFor(kind).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(windowOptionsFor(kind).autoHideMenuBar).toBe(true);
  });

  it('only the counter may open developer tools', () => {
    expect(windowOptionsFor('kiosk').webPreferences?.devTools).toBe(false);
    expect(windowOptionsFor('display').webPreferences?.devTools).toBe(false);
    expect(windowOptionsFor('counter').webPreferences?.devTools).toBe(true);
  });

  it('the kiosk fills the screen in kiosk mode', () => {
    expect(windowOptionsFor('kiosk')).toMatchObject({ kiosk: true, fullscreen: true, resizable: false });
  });

  it('the display fills the screen and may play the chime and voice without a tap', () => {
    const options = windowOptionsFor('display');
    expect(options.fullscreen).toBe(true);
    expect(options.kiosk).toBeUndefined();
    expect(options.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
  });

  it('the counter is a normal resizable window that waits for a gesture to play sound', () => {
    const options = windowOptionsFor('counter');
    expect(options).toMatchObject({ resizable: true, fullscreen: false });
    expect(options.kiosk).toBeFalsy();
    expect(options.webPreferences?.autoplayPolicy).toBeUndefined();
  });

  it('carries the preload and its arguments without letting them loosen security', () => {
    const options = windowOptionsFor('kiosk', { preload: '/x/preload.cjs', additionalArguments: ['--desk-kind=kiosk'] });
    expect(options.webPreferences).toMatchObject({
      preload: '/x/preload.cjs',
      additionalArguments: ['--desk-kind=kiosk'],
      sandbox: true,
      contextIsolation: true,
    });
  });
});
