// The office asks other agencies, the client never does: identity at ثبت احوال, criminal
// record at the police, insurance history at تأمین اجتماعی. Here against the local
// stand-in, through the same config a real agency would get.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  InquiryRegistry,
  STAND_IN_TOKEN,
  inquiryRegistryFromEnv,
  standInInquiryConfig,
  startInquiryStandIn,
  type InquiryAdapter,
  type RunningStandIn,
} from '../src/inquiry';

let standIn: RunningStandIn;
let registry: InquiryRegistry;
const maryam = { nationalId: '0012345679', firstName: 'مریم', lastName: 'احمدی' };

beforeAll(async () => {
  standIn = await startInquiryStandIn();
  const config = standInInquiryConfig(standIn.url);
  // quick retries so the tests do not wait
  for (const agency of Object.values(config.agencies)) agency.policy = { timeoutMs: 2000, retries: 2, backoffMs: 20 };
  registry = InquiryRegistry.fromConfig(config);
});

afterAll(async () => {
  await standIn.close();
});

beforeEach(() => {
  standIn.hits.length = 0;
  standIn.set({ delayMs: 0, failFirst: 0, failStatus: 503 });
});

describe('inquiries against the stand-in agencies', () => {
  it('asks ثبت احوال whether the name matches the national ID and records the exchange', async () => {
    const record = await registry.ask({ kind: 'identity', caseRef: 'case-42', subject: { ...maryam, nationalId: '۰۰۱۲۳۴۵۶۷۹' } });
    expect(record).toMatchObject({ kind: 'identity', agency: 'sabt-ahval', agencyTitle: 'ثبت احوال', caseRef: 'case-42' });
    expect(record.result.status).toBe('answered');
    expect(record.result.answer).toEqual({ match: true, firstName: 'مریم', lastName: 'احمدی', fatherName: 'علی', alive: true });
    expect(record.result.verdict).toBe('confirmed');
    expect(record.result.raw).toMatchObject({ resultCode: 0 });
    expect(Date.parse(record.result.at)).not.toBeNaN();

    // what was sent: digits normalised, case as request id, token in the header
    expect(standIn.hits).toHaveLength(1);
    // (a field the subject lacks, birthDate here, is left out of the JSON body)
    expect(standIn.hits[0]!.body).toEqual({ nationalCode: '0012345679', firstName: 'مریم', lastName: 'احمدی', requestId: 'case-42' });
    expect(standIn.hits[0]!.headers.authorization).toBe(`Bearer ${STAND_IN_TOKEN}`);
    // what the case keeps: the request without the token, and each attempt
    const exchange = record.result.exchange!;
    expect(exchange.request.headers.Authorization).toBe('***');
    expect(JSON.stringify(record)).not.toContain(STAND_IN_TOKEN);
    expect(exchange.attempts).toHaveLength(1);
    expect(exchange.attempts[0]!.status).toBe(200);
  });

  it('gets "no match" when the name is not the one registered', async () => {
    const record = await registry.ask({ kind: 'identity', caseRef: 'case-43', subject: { ...maryam, lastName: 'محمدی' } });
    expect(record.result.status).toBe('answered');
    expect(record.result.answer?.match).toBe(false);
    // the adapter's configuration says what a refusal looks like (response.rejectedWhen)
    expect(record.result.verdict).toBe('rejected');
  });

  it('fails with the agency\'s own words when it does not know the person', async () => {
    const record = await registry.ask({ kind: 'identity', caseRef: 'case-44', subject: { nationalId: '1123581320', firstName: 'x', lastName: 'y' } });
    expect(record.result.status).toBe('failed');
    expect(record.result.message).toBe('سامانهٔ ثبت احوال استعلام را نپذیرفت: کد ملی در پایگاه ثبت احوال یافت نشد');
  });

  it('asks the police for a criminal record: clean, not clean', async () => {
    const clean = await registry.ask({ kind: 'criminal-record', caseRef: 'c1', subject: { nationalId: '0012345679' } });
    expect(clean.result.status).toBe('answered');
    expect(clean.result.answer?.clean).toBe(true);
    expect(clean.result.verdict).toBe('confirmed');
    const notClean = await registry.ask({ kind: 'criminal-record', caseRef: 'c2', subject: { nationalId: '2271334561' } });
    expect(notClean.result.answer?.clean).toBe(false);
    expect(notClean.result.verdict).toBe('rejected');
  });

  it('follows a pending police inquiry with the reference it was given', async () => {
    const first = await registry.ask({ kind: 'criminal-record', caseRef: 'c3', subject: { nationalId: '0581239873' } });
    expect(first.result.status).toBe('pending');
    expect(first.result.message).toBe('استعلام در پلیس در دست بررسی است.');
    expect(first.result.reference).toMatch(/^PR-/);
    const later = await registry.ask({ kind: 'criminal-record', caseRef: 'c3', subject: { nationalId: '0581239873' }, payload: { reference: first.result.reference } });
    expect(later.result.status).toBe('answered');
    expect(later.result.answer?.clean).toBe(true);
  });

  it('asks تأمین اجتماعی for insurance months with a GET and an API key header', async () => {
    const record = await registry.ask({ kind: 'insurance-history', caseRef: 'c4', subject: { nationalId: '2271334561' } });
    expect(record.result.status).toBe('answered');
    expect(record.result.answer).toEqual({ months: 212, insured: true });
    expect(standIn.hits[0]!.method).toBe('GET');
    expect(standIn.hits[0]!.query).toEqual({ nationalCode: '2271334561' });
    expect(standIn.hits[0]!.headers['x-api-key']).toBe(STAND_IN_TOKEN);
  });

  it('retries a 5xx and gets the answer when the agency recovers', async () => {
    standIn.set({ failFirst: 2, failStatus: 503 });
    const record = await registry.ask({ kind: 'identity', caseRef: 'c5', subject: maryam });
    expect(record.result.status).toBe('answered');
    expect(record.result.exchange!.attempts.map((a) => a.status)).toEqual([503, 503, 200]);
    expect(standIn.hits).toHaveLength(3);
  });

  it('fails with a Persian message when the agency keeps answering 5xx', async () => {
    standIn.set({ failFirst: 10, failStatus: 502 });
    const record = await registry.ask({ kind: 'identity', caseRef: 'c6', subject: maryam });
    expect(record.result.status).toBe('failed');
    expect(record.result.message).toBe('سامانهٔ ثبت احوال خطا داد (کد ۵۰۲).');
    expect(record.result.exchange!.attempts).toHaveLength(3);
  });

  it('fails with a Persian message when the agency does not answer in time', async () => {
    const config = standInInquiryConfig(standIn.url);
    config.agencies['sabt-ahval']!.policy = { timeoutMs: 300, retries: 1, backoffMs: 10 };
    const impatient = InquiryRegistry.fromConfig(config);
    standIn.set({ delayMs: 2000 });
    const record = await impatient.ask({ kind: 'identity', caseRef: 'c7', subject: maryam });
    expect(record.result.status).toBe('failed');
    expect(record.result.message).toBe('پاسخی از ثبت احوال در ۱ ثانیه نرسید. استعلام را کمی بعد دوباره بفرستید.');
    expect(record.result.exchange!.attempts.map((a) => a.error)).toEqual(['timeout', 'timeout']);
  });

  it('fails without asking anyone for an invalid national ID or an unknown kind', async () => {
    const bad = await registry.ask({ kind: 'identity', caseRef: 'c8', subject: { nationalId: '1234567890' } });
    expect(bad.result.message).toBe('کد ملی «1234567890» درست نیست.');
    const unknown = await registry.ask({ kind: 'land-registry', caseRef: 'c9', subject: maryam });
    expect(unknown.result.status).toBe('failed');
    expect(unknown.result.message).toBe('برای استعلام «land-registry» سامانه‌ای تعریف نشده است.');
    expect(standIn.hits).toHaveLength(0);
  });

  it('fails with a Persian message when the agency cannot be reached', async () => {
    const config = standInInquiryConfig('http://127.0.0.1:1');
    config.agencies.tamin!.policy = { timeoutMs: 1000, retries: 0 };
    const offline = InquiryRegistry.fromConfig(config);
    const record = await offline.ask({ kind: 'insurance-history', caseRef: 'c10', subject: maryam });
    expect(record.result.status).toBe('failed');
    expect(record.result.message).toBe('ارتباط با سامانهٔ تأمین اجتماعی برقرار نشد.');
  });

  it('keeps a record even when a hand-written adapter throws', async () => {
    const broken: InquiryAdapter = { agency: 'x', title: 'ثبت اسناد', ask: async () => Promise.reject(new Error('bug')) };
    const r = new InquiryRegistry();
    r.register('deed', broken);
    const record = await r.ask({ kind: 'deed', caseRef: 'c11', subject: maryam });
    expect(record.result).toMatchObject({ status: 'failed', message: 'استعلام از ثبت اسناد به خطای داخلی خورد.' });
  });

  it('reads its config from DESK_INQUIRY_CONFIG, with secrets from the environment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-inquiry-'));
    try {
      const config = standInInquiryConfig(standIn.url);
      for (const a of Object.values(config.agencies)) a.secret = { token: '$env:DESK_STANDIN_TOKEN' };
      const path = join(dir, 'inquiries.json');
      await writeFile(path, JSON.stringify(config));
      const fromEnv = await inquiryRegistryFromEnv({ DESK_INQUIRY_CONFIG: path, DESK_STANDIN_TOKEN: STAND_IN_TOKEN });
      expect(fromEnv.kinds().sort()).toEqual(['criminal-record', 'identity', 'insurance-history']);
      expect((await fromEnv.ask({ kind: 'identity', caseRef: 'c12', subject: maryam })).result.status).toBe('answered');
      await expect(inquiryRegistryFromEnv({ DESK_INQUIRY_CONFIG: path })).rejects.toThrow(/DESK_STANDIN_TOKEN/);
      await writeFile(path, JSON.stringify({ agencies: {}, kinds: { identity: 'nowhere' } }));
      await expect(inquiryRegistryFromEnv({ DESK_INQUIRY_CONFIG: path })).rejects.toThrow(/every kind must name an agency/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
