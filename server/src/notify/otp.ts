// One-time codes that prove a client holds a mobile number. The code is sent by SMS
// (Notifier, event `otp`); only its HMAC is kept. A right code gives a short-lived proof
// token, signed, that other routes accept instead of asking again. Time is an input.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { toLatinDigits, type Lang } from '@desk/common';
import { writeFileDurable } from '../storage/durable-file';
import { normalizeMobile } from './mobile';
import { notifyMessage, type NotifyMessageKey } from './messages';

export interface OtpEntry {
  mobile: string;
  /** HMAC of mobile + code; null once used. */
  hash: string | null;
  issuedAt: number;
  expiresAt: number;
  attempts: number;
  /** When codes were issued in the last hour (for the hourly cap). */
  recent: number[];
}

export interface OtpStore {
  get(mobile: string): Promise<OtpEntry | undefined>;
  set(entry: OtpEntry): Promise<void>;
}

export class MemoryOtpStore implements OtpStore {
  private readonly entries = new Map<string, OtpEntry>();
  async get(mobile: string) {
    const e = this.entries.get(mobile);
    return e && structuredClone(e);
  }
  async set(entry: OtpEntry) {
    this.entries.set(entry.mobile, structuredClone(entry));
  }
}

/** Entries in one JSON file, rewritten durably on each change; entries idle for an hour are dropped. */
export class FileOtpStore implements OtpStore {
  private entries: Map<string, OtpEntry> | null = null;
  constructor(
    private readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  private async load(): Promise<Map<string, OtpEntry>> {
    if (!this.entries) {
      const text = await readFile(this.path, 'utf8').catch(() => '[]');
      this.entries = new Map((JSON.parse(text) as OtpEntry[]).map((e) => [e.mobile, e]));
    }
    return this.entries;
  }
  async get(mobile: string) {
    const e = (await this.load()).get(mobile);
    return e && structuredClone(e);
  }
  async set(entry: OtpEntry) {
    const map = await this.load();
    map.set(entry.mobile, structuredClone(entry));
    const cutoff = this.now() - HOUR;
    for (const [k, e] of map) if (e.expiresAt < cutoff && (e.recent.at(-1) ?? 0) < cutoff) map.delete(k);
    await writeFileDurable(this.path, JSON.stringify([...map.values()]));
  }
}

export interface OtpOptions {
  /** Key for code hashes and proof tokens (DESK_OTP_SECRET, or loadOrCreateSecret()). */
  secret: string | Buffer;
  /** Milliseconds since the epoch. */
  now?: () => number;
  digits?: 5 | 6;
  /** Default 2 minutes. */
  ttlMs?: number;
  /** Wrong codes allowed per issued code. Default 5. */
  maxAttempts?: number;
  /** Minimum wait between two codes for one number. Default 60 s. */
  resendAfterMs?: number;
  /** Codes per number per hour. Default 5. */
  maxCodesPerHour?: number;
  /** How long the proof token is good for. Default 10 minutes. */
  proofTtlMs?: number;
  store?: OtpStore;
}

export type OtpErrorCode = NotifyMessageKey;

export interface OtpError {
  code: OtpErrorCode;
  message: string;
  retryAfterSeconds?: number;
  attemptsLeft?: number;
}

export type OtpResult<T> = ({ ok: true } & T) | { ok: false; error: OtpError };

export interface Issued {
  mobile: string;
  /** Send it with notifier.notify({mobile}, {kind: 'otp', code, ttlSeconds}); never return it to the browser. */
  code: string;
  ttlSeconds: number;
  expiresAt: string;
  resendAt: string;
}

export interface Proven {
  mobile: string;
  proof: string;
  proofExpiresAt: string;
}

const HOUR = 3_600_000;

export class OtpService {
  private readonly now: () => number;
  private readonly digits: number;
  private readonly ttlMs: number;
  private readonly maxAttempts: number;
  private readonly resendAfterMs: number;
  private readonly maxCodesPerHour: number;
  private readonly proofTtlMs: number;
  private readonly store: OtpStore;
  private readonly codeKey: Buffer;
  private readonly proofKey: Buffer;
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(options: OtpOptions) {
    this.now = options.now ?? Date.now;
    this.digits = options.digits ?? 6;
    this.ttlMs = options.ttlMs ?? 120_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.resendAfterMs = options.resendAfterMs ?? 60_000;
    this.maxCodesPerHour = options.maxCodesPerHour ?? 5;
    this.proofTtlMs = options.proofTtlMs ?? 600_000;
    this.store = options.store ?? new MemoryOtpStore();
    this.codeKey = createHmac('sha256', options.secret).update('desk-otp-code').digest();
    this.proofKey = createHmac('sha256', options.secret).update('desk-otp-proof').digest();
  }

  issue(mobileInput: string, lang: Lang = 'fa'): Promise<OtpResult<Issued>> {
    const mobile = normalizeMobile(mobileInput);
    if (!mobile) return Promise.resolve(fail('otp.badMobile', lang));
    return this.serially(mobile, async () => {
      const now = this.now();
      const prev = await this.store.get(mobile);
      const recent = (prev?.recent ?? []).filter((t) => t > now - HOUR);
      if (prev && now < prev.issuedAt + this.resendAfterMs) {
        const seconds = Math.ceil((prev.issuedAt + this.resendAfterMs - now) / 1000);
        return fail('otp.wait', lang, { seconds }, { retryAfterSeconds: seconds });
      }
      if (recent.length >= this.maxCodesPerHour) {
        const seconds = Math.ceil((recent[0]! + HOUR - now) / 1000);
        return fail('otp.tooManyCodes', lang, { minutes: Math.ceil(seconds / 60) }, { retryAfterSeconds: seconds });
      }
      const code = String(randomInt(10 ** (this.digits - 1), 10 ** this.digits));
      const entry: OtpEntry = {
        mobile,
        hash: this.hash(mobile, code),
        issuedAt: now,
        expiresAt: now + this.ttlMs,
        attempts: 0,
        recent: [...recent, now],
      };
      await this.store.set(entry);
      return {
        ok: true as const,
        mobile,
        code,
        ttlSeconds: Math.round(this.ttlMs / 1000),
        expiresAt: new Date(entry.expiresAt).toISOString(),
        resendAt: new Date(now + this.resendAfterMs).toISOString(),
      };
    });
  }

  verify(mobileInput: string, codeInput: string, lang: Lang = 'fa'): Promise<OtpResult<Proven>> {
    const mobile = normalizeMobile(mobileInput);
    if (!mobile) return Promise.resolve(fail('otp.badMobile', lang));
    const code = toLatinDigits(String(codeInput)).replace(/\s/g, '');
    if (!new RegExp(`^\\d{${this.digits}}$`).test(code)) return Promise.resolve(fail('otp.malformed', lang, { digits: this.digits }));
    return this.serially(mobile, async () => {
      const now = this.now();
      const entry = await this.store.get(mobile);
      if (!entry || entry.hash === null) return fail('otp.noCode', lang);
      if (now > entry.expiresAt) return fail('otp.expired', lang);
      if (entry.attempts >= this.maxAttempts) return fail('otp.tooManyAttempts', lang, undefined, { attemptsLeft: 0 });
      if (!safeEqualHex(entry.hash, this.hash(mobile, code))) {
        entry.attempts++;
        await this.store.set(entry);
        const left = this.maxAttempts - entry.attempts;
        return left > 0
          ? fail('otp.wrong', lang, { left }, { attemptsLeft: left })
          : fail('otp.tooManyAttempts', lang, undefined, { attemptsLeft: 0 });
      }
      entry.hash = null;
      await this.store.set(entry);
      const exp = now + this.proofTtlMs;
      return { ok: true as const, mobile, proof: this.sign({ m: mobile, exp, n: randomBytes(6).toString('hex') }), proofExpiresAt: new Date(exp).toISOString() };
    });
  }

  /** The mobile a proof token vouches for, if it is genuine, unexpired and (when given) for this number. */
  checkProof(token: string, mobileInput?: string): { mobile: string; expiresAt: string } | null {
    const [body, sig] = String(token).split('.');
    if (!body || !sig) return null;
    const expected = createHmac('sha256', this.proofKey).update(body).digest('base64url');
    if (!safeEqualText(sig, expected)) return null;
    let payload: { m?: unknown; exp?: unknown };
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return null;
    }
    if (typeof payload.m !== 'string' || typeof payload.exp !== 'number' || payload.exp < this.now()) return null;
    if (mobileInput !== undefined && normalizeMobile(mobileInput) !== payload.m) return null;
    return { mobile: payload.m, expiresAt: new Date(payload.exp).toISOString() };
  }

  private hash(mobile: string, code: string): string {
    return createHmac('sha256', this.codeKey).update(`${mobile}:${code}`).digest('hex');
  }

  private sign(payload: object): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${createHmac('sha256', this.proofKey).update(body).digest('base64url')}`;
  }

  /** One operation per mobile at a time, so two quick guesses cannot both use the last attempt. */
  private serially<T>(mobile: string, fn: () => Promise<T>): Promise<T> {
    const next = (this.locks.get(mobile) ?? Promise.resolve()).then(fn);
    const settled = next.catch(() => undefined);
    this.locks.set(mobile, settled);
    void settled.then(() => {
      if (this.locks.get(mobile) === settled) this.locks.delete(mobile);
    });
    return next;
  }
}

function fail(
  code: OtpErrorCode,
  lang: Lang,
  params?: Record<string, number>,
  extra: Partial<OtpError> = {},
): { ok: false; error: OtpError } {
  return { ok: false, error: { code, message: notifyMessage(code, params, lang), ...extra } };
}

function safeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

function safeEqualText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The OTP key from a file, created (random, mode 600) on first start. */
export async function loadOrCreateSecret(path: string): Promise<string> {
  const existing = await readFile(path, 'utf8').catch(() => '');
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString('hex');
  await writeFileDurable(path, `${secret}\n`);
  await chmod(path, 0o600);
  return secret;
}
