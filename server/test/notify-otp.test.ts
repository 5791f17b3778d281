// A client proves a mobile number with a one-time code: it expires, allows a few wrong
// tries, cannot be asked for again and again, is never kept in plain text, and a right
// code gives a short-lived proof token.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPersianDigits } from '@desk/common';
import { FileOtpStore, OtpService, loadOrCreateSecret, otpServiceFromEnv, type OtpResult, type Issued } from '../src/notify';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function harness(options: Partial<ConstructorParameters<typeof OtpService>[0]> = {}) {
  let now = Date.parse('2026-11-23T06:00:00Z');
  const otp = new OtpService({ secret: 'test-secret', now: () => now, ...options });
  return { otp, advance: (ms: number) => (now += ms) };
}

function issued(r: OtpResult<Issued>): Issued {
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

const other = (code: string) => (code === '111111' ? '222222' : '111111');

describe('one-time codes', () => {
  it('gives a 6-digit code that proves the number once, typed in Persian digits', async () => {
    const { otp } = harness();
    const { code, mobile, ttlSeconds } = issued(await otp.issue('+98 912 123 4567'));
    expect(mobile).toBe('09121234567');
    expect(code).toMatch(/^\d{6}$/);
    expect(ttlSeconds).toBe(120);

    const ok = await otp.verify('09121234567', toPersianDigits(code));
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(otp.checkProof(ok.proof)).toEqual({ mobile: '09121234567', expiresAt: '2026-11-23T06:10:00.000Z' });
    expect(otp.checkProof(ok.proof, '۰۹۱۲۱۲۳۴۵۶۷')?.mobile).toBe('09121234567');
    expect(otp.checkProof(ok.proof, '09350000000')).toBeNull();

    const again = await otp.verify('09121234567', code);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('otp.noCode');
  });

  it('can be set to 5 digits', async () => {
    const { otp } = harness({ digits: 5 });
    expect(issued(await otp.issue('09121234567')).code).toMatch(/^\d{5}$/);
    const r = await otp.verify('09121234567', '123456');
    expect(!r.ok && r.error.message).toBe('کد یکبارمصرف باید ۵ رقم باشد.');
  });

  it('says «کد یکبارمصرف نادرست است» and stops after five wrong tries, even for the right code', async () => {
    const { otp } = harness();
    const { code } = issued(await otp.issue('09121234567'));
    const wrong = other(code);
    for (let left = 4; left >= 1; left--) {
      const r = await otp.verify('09121234567', wrong);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('otp.wrong');
      expect(r.error.message).toBe(`کد یکبارمصرف نادرست است. ${toPersianDigits(left)} بار دیگر می‌توانید تلاش کنید.`);
      expect(r.error.attemptsLeft).toBe(left);
    }
    const fifth = await otp.verify('09121234567', wrong);
    expect(!fifth.ok && fifth.error.code).toBe('otp.tooManyAttempts');
    expect(!fifth.ok && fifth.error.message).toContain('کد یکبارمصرف نادرست است');
    const right = await otp.verify('09121234567', code);
    expect(!right.ok && right.error.code).toBe('otp.tooManyAttempts');
  });

  it('expires after two minutes', async () => {
    const { otp, advance } = harness();
    const { code } = issued(await otp.issue('09121234567'));
    advance(120_001);
    const r = await otp.verify('09121234567', code);
    expect(!r.ok && r.error.message).toBe('کد یکبارمصرف منقضی شده است. لطفاً کد تازه بگیرید.');
  });

  it('makes the client wait a minute before a new code, and the new code replaces the old', async () => {
    const { otp, advance } = harness();
    const first = issued(await otp.issue('09121234567'));
    advance(10_000);
    const soon = await otp.issue('09121234567');
    expect(soon.ok).toBe(false);
    if (soon.ok) return;
    expect(soon.error.message).toBe('لطفاً ۵۰ ثانیه دیگر دوباره تلاش کنید.');
    expect(soon.error.retryAfterSeconds).toBe(50);

    advance(50_000);
    const second = issued(await otp.issue('09121234567'));
    if (second.code !== first.code) {
      const old = await otp.verify('09121234567', first.code);
      expect(!old.ok && old.error.code).toBe('otp.wrong');
    }
    expect((await otp.verify('09121234567', second.code)).ok).toBe(true);
  });

  it('caps codes per number per hour, so nobody can flood a phone', async () => {
    const { otp, advance } = harness();
    // five codes, a minute apart: 5 × 61 s gone, so the first drops out of the hour in 55 minutes
    for (let i = 0; i < 5; i++) {
      issued(await otp.issue('09121234567'));
      advance(61_000);
    }
    const sixth = await otp.issue('09121234567');
    expect(!sixth.ok && sixth.error.code).toBe('otp.tooManyCodes');
    expect(!sixth.ok && sixth.error.message).toBe('برای این شماره کد زیادی خواسته شده است. لطفاً ۵۵ دقیقهٔ دیگر دوباره تلاش کنید.');
    // another number is not affected
    expect((await otp.issue('09351112233')).ok).toBe(true);
    advance(55 * 60_000);
    expect((await otp.issue('09121234567')).ok).toBe(true);
  });

  it('refuses a bad number in Persian and in English', async () => {
    const { otp } = harness();
    const fa = await otp.issue('02188776655');
    expect(!fa.ok && fa.error.message).toBe('شمارهٔ همراه درست نیست. نمونهٔ درست: ۰۹۱۲۱۲۳۴۵۶۷');
    const en = await otp.issue('12345', 'en');
    expect(!en.ok && en.error.message).toBe('This is not a valid mobile number. Example: 09121234567');
  });

  it('rejects a forged or expired proof token', async () => {
    const { otp, advance } = harness();
    const { code } = issued(await otp.issue('09121234567'));
    const r = await otp.verify('09121234567', code);
    if (!r.ok) throw new Error('expected ok');
    const [body, sig] = r.proof.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ m: '09350000000', exp: Date.parse('2030-01-01') })).toString('base64url');
    expect(otp.checkProof(`${forgedBody}.${sig}`)).toBeNull();
    expect(otp.checkProof(`${body}.x${sig}`)).toBeNull();
    expect(otp.checkProof('garbage')).toBeNull();
    expect(new OtpService({ secret: 'another-secret' }).checkProof(r.proof)).toBeNull();
    advance(10 * 60_000 + 1);
    expect(otp.checkProof(r.proof)).toBeNull();
  });

  it('keeps only a hash on disk, and the state survives a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-otp-'));
    dirs.push(dir);
    const now = Date.parse('2026-11-23T06:00:00Z');
    const path = join(dir, 'codes.json');
    const first = new OtpService({ secret: 's', now: () => now, store: new FileOtpStore(path, () => now) });
    const { code } = issued(await first.issue('09121234567'));
    const onDisk = await readFile(path, 'utf8');
    expect(onDisk).toContain('09121234567');
    expect(onDisk).not.toContain(code);

    const second = new OtpService({ secret: 's', now: () => now + 5_000, store: new FileOtpStore(path, () => now + 5_000) });
    expect((await second.issue('09121234567')).ok).toBe(false); // still throttled
    expect((await second.verify('09121234567', code)).ok).toBe(true);
  });

  it('makes its key once, readable only by the server', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-otp-key-'));
    dirs.push(dir);
    const a = await loadOrCreateSecret(join(dir, 'otp', 'secret.key'));
    const b = await loadOrCreateSecret(join(dir, 'otp', 'secret.key'));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect((await stat(join(dir, 'otp', 'secret.key'))).mode & 0o777).toBe(0o600);
    const otp = await otpServiceFromEnv({ dataDir: dir, env: {} });
    expect((await otp.issue('09121234567')).ok).toBe(true);
  });
});
