import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../src/common/settings';
import { createSettingsService, loadOrSeedSettings } from '../src/node/settings-service';
import { createSettingsStore } from '../src/node/settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-shell-service-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<Settings> => JSON.parse(await readFile(path.join(dir, 'desk-settings.json'), 'utf8'));

describe('settings at start-up', () => {
  it('a fresh machine takes --server= and writes it down', async () => {
    const logs: string[] = [];
    const settings = await loadOrSeedSettings(createSettingsStore(dir), ['--server=http://office:8080'], {}, (m) => logs.push(m));
    expect(settings).toEqual({ serverUrl: 'http://office:8080', adminPinHash: null, language: 'fa', printerUrl: '' });
    expect(await onDisk()).toEqual(settings);
    expect(logs).toEqual([]);
  });

  it('once the file exists, the file wins and the ignored switch is logged', async () => {
    await writeFile(path.join(dir, 'desk-settings.json'), JSON.stringify({ serverUrl: 'http://saved:1', adminPinHash: null, language: 'en' }));
    const logs: string[] = [];
    const settings = await loadOrSeedSettings(createSettingsStore(dir), ['--server=http://other:2'], {}, (m) => logs.push(m));
    expect(settings.serverUrl).toBe('http://saved:1');
    expect(logs.join('\n')).toContain('http://other:2');
  });
});

describe('changing settings from the settings page', () => {
  const service = (initial: Settings = DEFAULT_SETTINGS, now = () => 0) =>
    createSettingsService(createSettingsStore(dir), initial, { now });

  it('shows the settings but never the PIN hash', async () => {
    const s = service({ ...DEFAULT_SETTINGS, adminPinHash: 'scrypt$c2FsdA==$aGFzaA==' });
    expect(s.view()).toEqual({ serverUrl: 'http://localhost:8080', language: 'fa', printerUrl: '', hasPin: true });
  });

  it('a fresh machine must set a PIN before saving anything', async () => {
    const s = service();
    const refused = await s.save('1234', { serverUrl: 'http://office:8080', language: 'fa' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PIN_NOT_SET' } });

    expect(await s.setPin(null, '۱۲۳۴')).toMatchObject({ ok: true, value: { hasPin: true } });
    const saved = await s.save('1234', { serverUrl: 'http://office:8080/', language: 'en' });
    expect(saved).toEqual({ ok: true, value: { serverUrl: 'http://office:8080', language: 'en', printerUrl: '', hasPin: true } });

    const file = await onDisk();
    expect(file.serverUrl).toBe('http://office:8080');
    expect(file.language).toBe('en');
    expect(file.adminPinHash).toMatch(/^scrypt\$/);
    expect(s.current().serverUrl).toBe('http://office:8080');
  });

  it('a wrong PIN changes nothing', async () => {
    const s = service();
    await s.setPin(null, '1234');
    const before = await onDisk();
    const result = await s.save('4321', { serverUrl: 'http://evil:1', language: 'fa' });
    expect(result).toEqual({ ok: false, error: { code: 'WRONG_PIN', message: 'رمز مدیر درست نیست.', field: 'pin' } });
    expect(await onDisk()).toEqual(before);
    expect(s.current().serverUrl).toBe('http://localhost:8080');
  });

  it('an invalid address is refused with the field to fix, after the PIN is right', async () => {
    const s = service();
    await s.setPin(null, '1234');
    const result = await s.save('1234', { serverUrl: 'http://office:8080/kiosk', language: 'fa' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_SETTINGS', field: 'serverUrl' } });
  });

  it('five wrong PINs lock the page for a while, even for the right PIN', async () => {
    let now = 1_000;
    const s = service(DEFAULT_SETTINGS, () => now);
    await s.setPin(null, '1234');
    for (let i = 0; i < 5; i++) await s.save('0000', { serverUrl: 'http://a:1', language: 'fa' });
    const locked = await s.save('1234', { serverUrl: 'http://a:1', language: 'fa' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'PIN_LOCKED' } });
    if (!locked.ok) expect(locked.error.message).toContain('۳۰ ثانیه');
    now += 30_000;
    expect(await s.save('1234', { serverUrl: 'http://a:1', language: 'fa' })).toMatchObject({ ok: true });
  });

  it('changing the PIN needs the old one', async () => {
    const s = service();
    await s.setPin(null, '1234');
    expect(await s.setPin('9999', '5678')).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', field: 'oldPin' } });
    expect(await s.setPin('1234', '12')).toMatchObject({ ok: false, error: { code: 'INVALID_PIN', field: 'newPin' } });
    expect(await s.setPin('1234', '۵۶۷۸')).toMatchObject({ ok: true });
    expect(await s.save('1234', { serverUrl: 'http://a:1', language: 'fa' })).toMatchObject({ ok: false });
    expect(await s.save('5678', { serverUrl: 'http://a:1', language: 'fa' })).toMatchObject({ ok: true });
  });

  it('a PIN set survives a restart', async () => {
    const first = service();
    await first.setPin(null, '2468');
    const restarted = createSettingsService(createSettingsStore(dir), await loadOrSeedSettings(createSettingsStore(dir), [], {}));
    expect(restarted.view().hasPin).toBe(true);
    expect(await restarted.save('2468', { serverUrl: 'http://b:2', language: 'fa' })).toMatchObject({ ok: true });
  });

  it("a kiosk's own printer is set with the PIN, refused with a Persian reason, kept when not sent, and removed when emptied", async () => {
    const s = service();
    await s.setPin(null, '1234');
    const base = { serverUrl: 'http://office:8080', language: 'fa' } as const;

    const saved = await s.save('1234', { ...base, printerUrl: ' serial:///dev/ttyUSB0?baud=۱۹۲۰۰ ' });
    expect(saved).toMatchObject({ ok: true, value: { printerUrl: 'serial:///dev/ttyUSB0?baud=19200' } });
    expect((await onDisk()).printerUrl).toBe('serial:///dev/ttyUSB0?baud=19200');

    const wrong = await s.save('1234', { ...base, printerUrl: 'usb://printer' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_SETTINGS', field: 'printerUrl' } });
    if (!wrong.ok) expect(wrong.error.message).toContain('نشانی چاپگر درست نیست');
    expect(s.current().printerUrl).toBe('serial:///dev/ttyUSB0?baud=19200');

    expect(await s.save('1234', base)).toMatchObject({ ok: true, value: { printerUrl: 'serial:///dev/ttyUSB0?baud=19200' } });
    expect(await s.save('1234', { ...base, printerUrl: '' })).toMatchObject({ ok: true, value: { printerUrl: '' } });
    expect((await onDisk()).printerUrl).toBe('');
  });

  it('a settings file from before printing starts with no printer, and says nothing about it', async () => {
    await writeFile(path.join(dir, 'desk-settings.json'), JSON.stringify({ serverUrl: 'http://saved:1', adminPinHash: null, language: 'fa' }));
    const logs: string[] = [];
    const settings = await loadOrSeedSettings(createSettingsStore(dir), [], {}, (m) => logs.push(m));
    expect(settings.printerUrl).toBe('');
    expect(logs).toEqual([]);
  });

  it('a write that fails is reported and the settings stay as they were', async () => {
    const s = createSettingsService(createSettingsStore(path.join(dir, 'gone')), DEFAULT_SETTINGS);
    const result = await s.setPin(null, '1234');
    expect(result).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } });
    expect(s.view().hasPin).toBe(false);
  });
});
