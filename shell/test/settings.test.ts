import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkPrinterUrl,
  checkServerUrl,
  checkSettingsInput,
  DEFAULT_SETTINGS,
  parseSettingsFile,
  seedServerUrl,
  SETTINGS_FILE_NAME,
} from '../src/common/settings';
import { createSettingsStore } from '../src/node/settings-store';

describe('the server address an IT person types', () => {
  it.each([
    ['http://192.168.1.10:8080', 'http://192.168.1.10:8080'],
    ['  http://Office-Server:8080/  ', 'http://office-server:8080'],
    ['https://desk.example.ir', 'https://desk.example.ir'],
    ['http://desk:80', 'http://desk'],
    ['http://۱۹۲.۱۶۸.۱.۱۰:۸۰۸۰', 'http://192.168.1.10:8080'],
  ])('%s is kept as %s', (typed, origin) => {
    expect(checkServerUrl(typed)).toEqual({ ok: true, value: origin });
  });

  it.each([
    ['', 'وارد کنید'],
    ['office-server:8080', 'http://'],
    ['ftp://office', 'http://'],
    ['http://office:8080/kiosk', 'بدون مسیر'],
    ['http://office:8080/?a=1', 'بدون مسیر'],
    ['http://admin:secret@office:8080', 'نام کاربری'],
    ['http://', 'درست نیست'],
  ])('%s is refused with a Persian reason', (typed, reason) => {
    const result = checkServerUrl(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(reason);
  });

  it('names the field to fix', () => {
    expect(checkSettingsInput({ serverUrl: 'http://x:1', language: 'de' })).toMatchObject({ ok: false, field: 'language' });
    expect(checkSettingsInput({ serverUrl: 'x', language: 'fa' })).toMatchObject({ ok: false, field: 'serverUrl' });
    expect(checkSettingsInput(null)).toMatchObject({ ok: false, field: 'serverUrl' });
    expect(checkSettingsInput({ serverUrl: 'http://x:1/', language: 'en', adminPinHash: 'sneaky' })).toEqual({
      ok: true,
      value: { serverUrl: 'http://x:1', language: 'en' },
    });
  });
});

describe("the kiosk's own printer address", () => {
  it.each([
    ['serial:///dev/ttyUSB0?baud=19200', 'serial:///dev/ttyUSB0?baud=19200'],
    ['serial://COM3?baud=9600', 'serial://COM3?baud=9600'],
    ['file:///dev/usb/lp0', 'file:///dev/usb/lp0'],
    ['/dev/usb/lp0', '/dev/usb/lp0'],
    ['\\\\.\\COM3', '\\\\.\\COM3'],
    ['  tcp://192.168.1.50:9100  ', 'tcp://192.168.1.50:9100'],
    ['tcp://۱۹۲.۱۶۸.۱.۵۰:۹۱۰۰?paper=۵۸', 'tcp://192.168.1.50:9100?paper=58'],
    ['virtual', 'virtual'],
    ['', ''],
    ['   ', ''],
  ])('%j is kept as %j', (typed, kept) => {
    expect(checkPrinterUrl(typed)).toEqual({ ok: true, value: kept });
  });

  it.each([
    ['usb://printer', 'unknown printer kind'],
    ['192.168.1.50:9100', 'نشانی چاپگر درست نیست'],
    ['tcp://:9100', 'نشانی چاپگر درست نیست'],
    ['serial:///dev/ttyUSB0?baud=fast', 'baud'],
    ['tcp://printer?paper=100', 'paper'],
    ['file:///', 'نشانی چاپگر درست نیست'],
  ])('%j is refused with a Persian reason that shows the right forms', (typed, reason) => {
    const result = checkPrinterUrl(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(reason);
      expect(result.message).toContain('serial:///dev/ttyUSB0?baud=19200');
      expect(result.message).toContain('خالی بگذارید');
    }
  });

  it('is checked with the rest of the settings, and left alone when not sent', () => {
    expect(checkSettingsInput({ serverUrl: 'http://x:1', language: 'fa', printerUrl: 'lp0' })).toMatchObject({ ok: false, field: 'printerUrl' });
    expect(checkSettingsInput({ serverUrl: 'http://x:1', language: 'fa', printerUrl: 42 })).toMatchObject({ ok: false, field: 'printerUrl' });
    expect(checkSettingsInput({ serverUrl: 'http://x:1', language: 'fa', printerUrl: 'file:///dev/usb/lp0' })).toEqual({
      ok: true,
      value: { serverUrl: 'http://x:1', language: 'fa', printerUrl: 'file:///dev/usb/lp0' },
    });
    expect(checkSettingsInput({ serverUrl: 'http://x:1', language: 'fa' })).toEqual({ ok: true, value: { serverUrl: 'http://x:1', language: 'fa' } });
  });

  it('a hand-edited file with a wrong printer address starts without a printer and says why', () => {
    const { settings, problems } = parseSettingsFile(JSON.stringify({ serverUrl: 'http://a:1', adminPinHash: null, language: 'fa', printerUrl: 'lpt1' }));
    expect(settings.printerUrl).toBe('');
    expect(problems).toEqual([expect.stringContaining('printerUrl')]);
  });
});

describe('where a fresh machine finds its server', () => {
  it('--server= wins over the environment', () => {
    const seed = seedServerUrl(['electron', 'kiosk.cjs', '--server=http://office:8080'], { DESK_SERVER_URL: 'http://env:1' });
    expect(seed).toMatchObject({ serverUrl: 'http://office:8080', source: 'argument' });
  });

  it('DESK_SERVER_URL comes next, then the default', () => {
    expect(seedServerUrl([], { DESK_SERVER_URL: 'http://env:1' })).toMatchObject({ serverUrl: 'http://env:1', source: 'environment' });
    expect(seedServerUrl([], {})).toMatchObject({ serverUrl: 'http://localhost:8080', source: 'default' });
  });

  it('a wrong --server= is reported and skipped', () => {
    const seed = seedServerUrl(['--server=office'], { DESK_SERVER_URL: 'http://env:1' });
    expect(seed.serverUrl).toBe('http://env:1');
    expect(seed.warnings[0]).toContain('--server=office');
  });
});

describe('reading a settings file', () => {
  it('keeps what is valid and falls back field by field', () => {
    const { settings, problems } = parseSettingsFile(
      JSON.stringify({ serverUrl: 'http://office:8080/kiosk', adminPinHash: 'scrypt$AAAA$BBBB', language: 'xx' }),
    );
    expect(settings).toEqual({ serverUrl: 'http://localhost:8080', adminPinHash: 'scrypt$AAAA$BBBB', language: 'fa', printerUrl: '' });
    expect(problems).toHaveLength(2);
  });

  it('a broken file gives the defaults, not a crash', () => {
    expect(parseSettingsFile('{ not json').settings).toEqual(DEFAULT_SETTINGS);
    expect(parseSettingsFile('[]').settings).toEqual(DEFAULT_SETTINGS);
  });

  it('a PIN hash that is not scrypt is dropped', () => {
    const { settings, problems } = parseSettingsFile(JSON.stringify({ serverUrl: 'http://a:1', adminPinHash: '1234', language: 'en' }));
    expect(settings.adminPinHash).toBeNull();
    expect(problems[0]).toContain('adminPinHash');
  });
});

describe('the settings file on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'desk-shell-settings-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is missing on a fresh machine', async () => {
    expect(await createSettingsStore(dir).load()).toEqual({ state: 'missing' });
  });

  it('is written where the shell reads it and read back the same', async () => {
    const store = createSettingsStore(dir);
    const settings = { serverUrl: 'http://office:8080', adminPinHash: 'scrypt$c2FsdA==$aGFzaA==', language: 'en' as const, printerUrl: 'serial:///dev/ttyUSB0?baud=19200' };
    await store.save(settings);
    expect(store.file).toBe(path.join(dir, SETTINGS_FILE_NAME));
    expect(JSON.parse(await readFile(path.join(dir, 'desk-settings.json'), 'utf8'))).toEqual(settings);
    expect(await createSettingsStore(dir).load()).toEqual({ state: 'ok', settings, problems: [] });
  });

  it('replaces the old file whole and leaves no temporary files behind', async () => {
    const store = createSettingsStore(dir);
    await writeFile(store.file, JSON.stringify({ serverUrl: 'http://old:1', adminPinHash: null, language: 'fa', extra: 'x'.repeat(5000) }));
    await store.save({ serverUrl: 'http://new:2', adminPinHash: null, language: 'fa', printerUrl: '' });
    const text = await readFile(store.file, 'utf8');
    expect(JSON.parse(text)).toEqual({ serverUrl: 'http://new:2', adminPinHash: null, language: 'fa', printerUrl: '' });
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME]);
  });

  it('writes a new file and renames it over the old one, never editing the old one in place', async () => {
    const store = createSettingsStore(dir);
    await store.save(DEFAULT_SETTINGS);
    const before = await stat(store.file);
    await store.save({ ...DEFAULT_SETTINGS, language: 'en' });
    expect((await stat(store.file)).ino).not.toBe(before.ino);
  });

  it('a write into a missing folder fails loudly', async () => {
    const store = createSettingsStore(path.join(dir, 'no-such-folder'));
    await expect(store.save(DEFAULT_SETTINGS)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a write that cannot replace the file leaves no temporary file behind', async () => {
    const store = createSettingsStore(dir);
    // A folder where the file should be: the temp file is written, the rename fails.
    await mkdir(path.join(store.file, 'blocker'), { recursive: true });
    await expect(store.save(DEFAULT_SETTINGS)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME]);
  });
});
