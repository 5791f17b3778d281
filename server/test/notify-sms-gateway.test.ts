// The SMS gateway adapter talks to an operator's REST API as configured. Here a local Express
// app stands in for Kavenegar and Ghasedak: we check what reaches it, that a 5xx is retried,
// and that a gateway that keeps failing ends as a recorded failure in the outbox log.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { officeDay } from '@desk/common';
import {
  DeliveryError,
  HttpSmsSender,
  Notifier,
  Outbox,
  ghasedakPreset,
  kavenegarPreset,
  recordOf,
  smsSenderFromEnv,
  type SmsGatewayConfig,
} from '../src/notify';

interface Hit {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

const hits: Hit[] = [];
let failNext = 0;
let failStatus = 503;
let http: Server;
let base = '';
const dirs: string[] = [];

beforeAll(async () => {
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.use(express.json());
  const gate = (req: express.Request, res: express.Response): boolean => {
    hits.push({ path: req.path, headers: req.headers, body: req.body as Record<string, unknown> });
    if (failNext > 0) {
      failNext--;
      res.status(failStatus).send('upstream trouble');
      return false;
    }
    return true;
  };
  // Kavenegar: /v1/{API-KEY}/sms/send.json, form fields, HTTP status mirrors return.status
  app.post('/v1/:key/sms/send.json', (req, res) => {
    if (!gate(req, res)) return;
    if (req.params.key !== 'KAVE-KEY') {
      res.status(401).json({ return: { status: 401, message: 'کلید API معتبر نیست' }, entries: null });
      return;
    }
    const body = req.body as Record<string, string>;
    res.json({
      return: { status: 200, message: 'تایید شد' },
      entries: [{ messageid: 8792343, message: body.message, status: 1, statustext: 'در صف ارسال', sender: body.sender, receptor: body.receptor, cost: 120 }],
    });
  });
  // Ghasedak v2: apikey header, form fields with linenumber
  app.post('/v2/sms/send/simple', (req, res) => {
    if (!gate(req, res)) return;
    if (req.headers.apikey !== 'GHASEDAK-KEY') {
      res.status(401).json({ result: { code: 401, message: 'invalid apikey' } });
      return;
    }
    res.json({ result: { code: 200, message: 'success' }, items: [30012345] });
  });
  // A made-up operator with a JSON API, to show the adapter is not tied to the presets
  app.post('/api/send', (req, res) => {
    if (!gate(req, res)) return;
    res.json({ ok: true, data: { trackId: 'T-77' } });
  });
  // An operator that takes its time
  app.post('/slow/send', (req, res) => {
    hits.push({ path: req.path, headers: req.headers, body: req.body as Record<string, unknown> });
    setTimeout(() => res.json({ ok: true }), 1000);
  });
  await new Promise<void>((resolve) => {
    http = app.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  http.closeAllConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

beforeEach(() => {
  hits.length = 0;
  failNext = 0;
  failStatus = 503;
});

const text = 'درخواست «صدور مجوز» پذیرفته شد.\nکد رهگیری: ۲۰۷۳۱';
const fast = { timeoutMs: 2000, retries: 2, backoffMs: 10 };

describe('SMS over an HTTP gateway', () => {
  it('sends the Kavenegar-style request: key in the path, form fields, number normalised', async () => {
    const sms = new HttpSmsSender({ ...kavenegarPreset({ apiKey: 'KAVE-KEY', sender: '10004346', baseUrl: base }), policy: fast });
    const receipt = await sms.send({ to: '+98 912 123 4567', text, ref: 'n-1' });
    expect(receipt).toEqual({ id: '8792343', status: 'در صف ارسال' });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toBe('/v1/KAVE-KEY/sms/send.json');
    expect(hits[0]!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(hits[0]!.body).toEqual({ receptor: '09121234567', sender: '10004346', message: text });
  });

  it('sends the Ghasedak-style request: key in a header, linenumber field', async () => {
    const sms = new HttpSmsSender({ ...ghasedakPreset({ apiKey: 'GHASEDAK-KEY', lineNumber: '30005088', baseUrl: base }), policy: fast });
    const receipt = await sms.send({ to: '۰۹۱۲۱۲۳۴۵۶۷', text });
    expect(receipt).toEqual({ id: '30012345', status: 'success' });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toBe('/v2/sms/send/simple');
    expect(hits[0]!.headers.apikey).toBe('GHASEDAK-KEY');
    expect(hits[0]!.body).toEqual({ message: text, receptor: '09121234567', linenumber: '30005088' });
  });

  it('takes any operator as configuration: a JSON body with the international number', async () => {
    const config: SmsGatewayConfig = {
      name: 'custom',
      request: {
        url: `${base}/api/send`,
        headers: { Authorization: 'Bearer {secret.token}' },
        json: { to: ['{receptorIntl}'], text: '{message}', from: '{sender}', clientRef: '{ref}' },
      },
      sender: '2000',
      secret: { token: 'abc' },
      policy: fast,
      success: { path: 'ok', equals: [true] },
      idPath: 'data.trackId',
    };
    const receipt = await new HttpSmsSender(config).send({ to: '09121234567', text, ref: 'n-9' });
    expect(receipt).toEqual({ id: 'T-77', status: 'accepted' });
    expect(hits[0]!.headers.authorization).toBe('Bearer abc');
    expect(hits[0]!.body).toEqual({ to: ['989121234567'], text, from: '2000', clientRef: 'n-9' });
    // what we would record keeps the token out
    const recorded = recordOf(config.request, { secret: config.secret, receptorIntl: '989121234567', message: 'x' });
    expect(recorded.headers.Authorization).toBe('***');
    expect(JSON.stringify(recorded)).not.toContain('abc');
  });

  it('masks the API key that Kavenegar carries in its URL when the request is recorded', () => {
    const preset = kavenegarPreset({ apiKey: 'KAVE-KEY', baseUrl: base });
    const recorded = recordOf(preset.request, { secret: preset.secret, receptor: '09121234567', message: 'x' });
    expect(recorded.url).toBe(`${base}/v1/***/sms/send.json`);
  });

  it('retries a 5xx and succeeds when the gateway recovers', async () => {
    failNext = 2;
    const sms = new HttpSmsSender({ ...kavenegarPreset({ apiKey: 'KAVE-KEY', sender: '10004346', baseUrl: base }), policy: fast });
    const receipt = await sms.send({ to: '09121234567', text });
    expect(receipt.id).toBe('8792343');
    expect(hits).toHaveLength(3);
  });

  it('does not retry a refusal (bad key) and says what the gateway said', async () => {
    const sms = new HttpSmsSender({ ...kavenegarPreset({ apiKey: 'WRONG', baseUrl: base }), policy: fast });
    const err = await sms.send({ to: '09121234567', text }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).message).toContain('HTTP 401');
    expect((err as DeliveryError).message).toContain('کلید API معتبر نیست');
    expect(hits).toHaveLength(1);
  });

  it('refuses a number that is not a mobile without calling the gateway', async () => {
    const sms = new HttpSmsSender({ ...kavenegarPreset({ apiKey: 'KAVE-KEY', baseUrl: base }), policy: fast });
    const err = await sms.send({ to: '021-88776655', text }).catch((e: unknown) => e);
    expect((err as DeliveryError).detail.permanent).toBe(true);
    expect(hits).toHaveLength(0);
  });

  it('gives up on a slow gateway after its timeout, without resending (the SMS may have gone out)', async () => {
    const sms = new HttpSmsSender({
      ...kavenegarPreset({ apiKey: 'KAVE-KEY', baseUrl: base }),
      request: { url: `${base}/slow/send`, form: { to: '{receptor}', text: '{message}' } },
      policy: { timeoutMs: 200, retries: 2, backoffMs: 10, retryOnTimeout: false },
    });
    const err = await sms.send({ to: '09121234567', text }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).message).toMatch(/timeout after 1 attempt/);
    expect(hits).toHaveLength(1);
  });

  it('records each failed attempt in the outbox and gives up after the last one', async () => {
    failNext = 1000;
    const dir = await mkdtemp(join(tmpdir(), 'desk-notify-gw-'));
    dirs.push(dir);
    const sms = new HttpSmsSender({ ...ghasedakPreset({ apiKey: 'GHASEDAK-KEY', lineNumber: '3000', baseUrl: base }), policy: { ...fast, retries: 1 } });
    const notifier = await Notifier.open({ dir, sender: { officeName: 'فرمانداری چالوس' }, sms, backoffMs: [20, 40], maxAttempts: 3 });

    const { queued } = await notifier.notify({ mobile: '09121234567' }, { kind: 'response-issued', trackingCode: '20731', url: 'https://desk.example.ir/a/1' });
    const settled = await notifier.settled(queued[0]!.id);
    expect(settled.outcome).toBe('gave-up');
    expect(settled.attempts.map((a) => a.ok)).toEqual([false, false, false]);
    expect(settled.attempts[0]!.error).toContain('HTTP 503');
    // three notifier attempts, each with one quick retry inside the adapter
    expect(hits).toHaveLength(6);

    const log = await new Outbox(dir).readLog(officeDay(new Date()));
    expect(log.map((r) => r.t)).toEqual(['queued', 'attempt', 'attempt', 'attempt', 'gave-up']);
    expect(log.filter((r) => r.t === 'attempt').every((r) => r.t === 'attempt' && !r.ok && r.error?.includes('503'))).toBe(true);
    expect(await readdir(join(dir, 'pending'))).toEqual([]);
    await notifier.close();
  });

  it('builds the gateway from environment variables', async () => {
    const sms = await smsSenderFromEnv('/nonexistent', {
      DESK_SMS_GATEWAY: 'kavenegar',
      DESK_SMS_API_KEY: 'KAVE-KEY',
      DESK_SMS_SENDER: '10004346',
      DESK_SMS_BASE_URL: base,
    });
    expect(sms?.name).toBe('kavenegar');
    expect((await sms!.send({ to: '09121234567', text })).id).toBe('8792343');
    await expect(smsSenderFromEnv('/x', { DESK_SMS_GATEWAY: 'ghasedak' })).rejects.toThrow(/DESK_SMS_API_KEY/);
  });
});
