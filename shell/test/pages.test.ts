// The shell's own pages in a real Chromium (the engine Electron embeds),
// loaded from file:// as the shell loads them, with a stand-in window.deskShell.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

let dist: string;
let browser: Browser;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'desk-shell-pages-'));
  execFileSync(process.execPath, [path.join(import.meta.dirname, '..', 'build.mjs'), `--out=${dist}`]);
  const executablePath = CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) throw new Error('no Chromium found: set CHROMIUM_PATH');
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await rm(dist, { recursive: true, force: true });
});

const pageUrl = (name: string): string => pathToFileURL(path.join(dist, 'pages', name)).href;

/** Opens a page, noting every request and every console error (a CSP refusal shows up there). */
async function open(url: string, deskShell?: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  if (deskShell) await page.addInitScript(deskShell);
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  return { page, requests, errors };
}

/** A stand-in for the preload's API, recording calls in window.calls. */
const fakeShell = (
  hasPin: boolean,
  saveAnswer = "{ ok: true, value: { serverUrl: settings.serverUrl, language: settings.language, printerUrl: settings.printerUrl, hasPin: true } }",
  kind = 'kiosk',
) => `
  window.calls = [];
  let hasPin = ${hasPin};
  window.deskShell = {
    kind: '${kind}',
    version: '0.1.0',
    getSettings: async () => ({ ok: true, value: { serverUrl: 'http://localhost:8080', language: 'fa', printerUrl: '', hasPin } }),
    setPin: async (oldPin, newPin) => {
      window.calls.push(['setPin', oldPin, newPin]);
      hasPin = true;
      return { ok: true, value: { serverUrl: 'http://localhost:8080', language: 'fa', printerUrl: '', hasPin } };
    },
    saveSettings: async (pin, settings) => {
      window.calls.push(['saveSettings', pin, settings]);
      return ${saveAnswer};
    },
  };
`;

describe('the out-of-service page', () => {
  it('tells the visitor in Persian, right to left, in Vazirmatn, with nothing from the network', async () => {
    const { page, requests, errors } = await open(`${pageUrl('offline.html')}?server=${encodeURIComponent('http://office:8080')}`);
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('.message')).toBe(
      'در حال حاضر ارتباط با سامانه برقرار نیست. لطفاً چند لحظه صبر کنید؛ دستگاه خودش دوباره وصل می‌شود.',
    );
    expect(await page.textContent('#server')).toBe('http://office:8080');
    expect(await page.isVisible('#server-line')).toBe(true);
    expect(await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'سامانه'))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Vazirmatn') && f.status === 'loaded'))).toBe(true);
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a server address as text, never as markup', async () => {
    const { page } = await open(`${pageUrl('offline.html')}?server=${encodeURIComponent('<b id="x">bold</b>')}`);
    expect(await page.textContent('#server')).toBe('<b id="x">bold</b>');
    expect(await page.$('#x')).toBeNull();
    await page.close();
  });
});

describe('the settings page', () => {
  it('on a fresh machine: set the PIN first, then save the server address with it', async () => {
    const { page, errors } = await open(pageUrl('settings.html'), fakeShell(false));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('#device')).toBe('کیوسک — نسخهٔ ۰.۱.۰');
    expect(await page.isVisible('#first-pin-form')).toBe(true);
    expect(await page.isVisible('#settings-form')).toBe(false);

    await page.fill('#first-pin', '۱۳۵۷');
    await page.fill('#first-pin-repeat', '1358');
    await page.click('#first-pin-form button');
    expect(await page.textContent('#status')).toBe('رمز و تکرار آن یکسان نیستند.');
    expect(await page.evaluate(() => (window as any).calls)).toEqual([]);

    await page.fill('#first-pin-repeat', '1357');
    await page.click('#first-pin-form button');
    await page.waitForSelector('#settings-form', { state: 'visible' });
    expect(await page.inputValue('#server-url')).toBe('http://localhost:8080');

    await page.fill('#server-url', 'http://192.168.1.10:8080');
    await page.selectOption('#language', 'en');
    await page.click('#settings-form button');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('تنظیمات ذخیره شد'));
    expect(await page.evaluate(() => (window as any).calls)).toEqual([
      ['setPin', null, '۱۳۵۷'],
      ['saveSettings', '۱۳۵۷', { serverUrl: 'http://192.168.1.10:8080', language: 'en', printerUrl: '' }],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the shell's Persian reason and points at the field", async () => {
    const wrongPin = "{ ok: false, error: { code: 'WRONG_PIN', message: 'رمز مدیر درست نیست.', field: 'pin' } }";
    const { page } = await open(pageUrl('settings.html'), fakeShell(true, wrongPin));
    expect(await page.isVisible('#first-pin-form')).toBe(false);
    await page.fill('#pin', '0000');
    await page.click('#settings-form button');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'رمز مدیر درست نیست.');
    expect(await page.getAttribute('#pin', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#status', 'class')).toContain('error');
    await page.close();
  });

  it("on a kiosk: the ticket printer's address is saved with the rest, and a wrong one is pointed at", async () => {
    const wrongPrinter =
      "settings.printerUrl === 'lp0' ? { ok: false, error: { code: 'INVALID_SETTINGS', message: 'نشانی چاپگر درست نیست.', field: 'printerUrl' } } : { ok: true, value: { ...settings, hasPin: true } }";
    const { page, errors } = await open(pageUrl('settings.html'), fakeShell(true, wrongPrinter));
    expect(await page.isVisible('#printer-url')).toBe(true);
    expect(await page.getAttribute('#printer-url', 'dir')).toBe('ltr');

    await page.fill('#printer-url', 'lp0');
    await page.fill('#pin', '1357');
    await page.click('#settings-form button');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'نشانی چاپگر درست نیست.');
    expect(await page.getAttribute('#printer-url', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('printer-url');

    await page.fill('#printer-url', 'serial:///dev/ttyUSB0?baud=19200');
    await page.click('#settings-form button');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('تنظیمات ذخیره شد'));
    expect(await page.evaluate(() => (window as any).calls.at(-1))).toEqual([
      'saveSettings',
      '1357',
      { serverUrl: 'http://localhost:8080', language: 'fa', printerUrl: 'serial:///dev/ttyUSB0?baud=19200' },
    ]);
    expect(await page.inputValue('#printer-url')).toBe('serial:///dev/ttyUSB0?baud=19200');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a counter or a display there is no ticket printer to set', async () => {
    const { page } = await open(pageUrl('settings.html'), fakeShell(true, undefined, 'display'));
    expect(await page.isVisible('#settings-form')).toBe(true);
    expect(await page.isVisible('#printer-url')).toBe(false);
    await page.close();
  });

  it('changes the PIN with the old one, once the new one is typed twice alike', async () => {
    const { page } = await open(pageUrl('settings.html'), fakeShell(true));
    expect(await page.isVisible('#change-pin-form')).toBe(false);
    await page.click('#change-pin-section summary');
    await page.fill('#old-pin', '1357');
    await page.fill('#new-pin', '۲۴۶۸');
    await page.fill('#new-pin-repeat', '2468');
    await page.click('#change-pin-form button');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'رمز مدیر تغییر کرد.');
    expect(await page.evaluate(() => (window as any).calls)).toEqual([['setPin', '1357', '۲۴۶۸']]);
    expect(await page.inputValue('#old-pin')).toBe('');
    await page.close();
  });

  it('opened outside the shell, it says so and offers no form', async () => {
    const { page } = await open(pageUrl('settings.html'));
    expect(await page.isVisible('#unavailable')).toBe(true);
    expect(await page.isVisible('#settings-form')).toBe(false);
    expect(await page.isVisible('#first-pin-form')).toBe(false);
    expect(await page.isVisible('#change-pin-section')).toBe(false);
    await page.close();
  });
});
