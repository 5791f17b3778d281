// Notifications are on disk before notify() returns: the demo's SMS file holds the exact
// lines, and a server that stops with notifications pending sends them after it restarts.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { officeDay } from '@desk/common';
import {
  DeliveryError,
  FileEmailSender,
  FileSmsSender,
  Notifier,
  Outbox,
  smsParts,
  type NotificationEvent,
  type SmsFileLine,
  type SmsSender,
} from '../src/notify';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'desk-notify-outbox-'));
  dirs.push(d);
  return d;
}

const office = { officeName: 'فرمانداری چالوس' };
const accepted: NotificationEvent = {
  kind: 'accepted',
  trackingCode: '20731',
  serviceName: 'صدور مجوز برگزاری تجمعات',
  promisedAt: '2026-11-30T08:30:00Z',
  receiptUrl: 'https://desk.example.ir/r/20731',
};

async function smsLines(dataDir: string): Promise<SmsFileLine[]> {
  const text = await readFile(join(dataDir, 'outbox', 'sms.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SmsFileLine);
}

describe('the SMS file adapter', () => {
  it('appends one JSON line per message, with the number normalised', async () => {
    const dataDir = await tempDir();
    const sms = new FileSmsSender(dataDir, () => new Date('2026-11-23T06:00:00Z'));
    const r1 = await sms.send({ to: '۰۰۹۸۹۱۲۱۲۳۴۵۶۷', text: 'سلام', ref: 'a' });
    const r2 = await sms.send({ to: '0935 111 2233', text: 'دوم' });
    expect(r1.status).toBe('written');

    const bytes = await readFile(join(dataDir, 'outbox', 'sms.jsonl'), 'utf8');
    expect(bytes.endsWith('\n')).toBe(true);
    expect(bytes).toBe(
      `${JSON.stringify({ id: r1.id, at: '2026-11-23T06:00:00.000Z', to: '09121234567', text: 'سلام', parts: 1, ref: 'a' })}\n` +
        `${JSON.stringify({ id: r2.id, at: '2026-11-23T06:00:00.000Z', to: '09351112233', text: 'دوم', parts: 1 })}\n`,
    );
  });
});

describe('the Notifier', () => {
  it('writes a short Persian SMS with Persian digits and the Jalali date, in at most two parts', async () => {
    const dataDir = await tempDir();
    const notifier = await Notifier.open({ dir: join(dataDir, 'outbox'), sender: office, sms: new FileSmsSender(dataDir) });
    const { queued } = await notifier.notify({ mobile: '09121234567' }, accepted);
    expect((await notifier.settled(queued[0]!.id)).outcome).toBe('sent');

    const [line] = await smsLines(dataDir);
    expect(line!.to).toBe('09121234567');
    expect(line!.text).toBe(
      'درخواست «صدور مجوز برگزاری تجمعات» پذیرفته شد.\nکد رهگیری: ۲۰۷۳۱\nپاسخ تا ۹ آذر ۱۴۰۵\nhttps://desk.example.ir/r/20731\nفرمانداری چالوس',
    );
    expect(line!.parts).toBeLessThanOrEqual(2);
    expect(smsParts(line!.text)).toBe(line!.parts);
    await notifier.close();
  });

  it('never loses a notification when the server stops right after accepting it', async () => {
    const dataDir = await tempDir();
    const dir = join(dataDir, 'outbox');
    const first = await Notifier.open({ dir, sender: office, sms: new FileSmsSender(dataDir) });
    const { queued } = await first.notify({ mobile: '09121234567' }, accepted, { ref: 'case-7' });
    await first.close(); // before its send ran: as if the process stopped here
    expect(await readdir(join(dir, 'pending'))).toEqual([`${queued[0]!.id}.json`]);
    await expect(readFile(join(dataDir, 'outbox', 'sms.jsonl'), 'utf8')).rejects.toThrow();

    const settledOnes: string[] = [];
    const second = await Notifier.open({ dir, sender: office, sms: new FileSmsSender(dataDir), onSettled: (s) => settledOnes.push(`${s.ref}:${s.outcome}`) });
    expect((await second.settled(queued[0]!.id)).outcome).toBe('sent');
    expect(settledOnes).toEqual(['case-7:sent']);
    expect(await smsLines(dataDir)).toHaveLength(1);
    expect(await readdir(join(dir, 'pending'))).toEqual([]);
    await second.close();
  });

  it('resumes a failed notification after a restart, at its next retry time', async () => {
    const dataDir = await tempDir();
    const dir = join(dataDir, 'outbox');
    const t0 = Date.parse('2026-11-23T06:00:00Z');
    const down: SmsSender = {
      name: 'down',
      send: async () => {
        throw new DeliveryError('gateway unreachable');
      },
    };
    const first = await Notifier.open({ dir, sender: office, sms: down, now: () => new Date(t0), backoffMs: [60_000] });
    const { queued } = await first.notify({ mobile: '09121234567' }, { kind: 'survey', trackingCode: '20731', url: 'https://desk.example.ir/s/1' });
    const id = queued[0]!.id;
    while (first.pending()[0]?.attempts.length !== 1) await new Promise((r) => setTimeout(r, 5));
    await first.close();

    const onDisk = JSON.parse(await readFile(join(dir, 'pending', `${id}.json`), 'utf8')) as { attempts: unknown[]; nextAt: string };
    expect(onDisk.attempts).toHaveLength(1);
    expect(onDisk.nextAt).toBe('2026-11-23T06:01:00.000Z');

    // a minute later, the gateway works again
    const second = await Notifier.open({ dir, sender: office, sms: new FileSmsSender(dataDir), now: () => new Date(t0 + 61_000) });
    const settled = await second.settled(id);
    expect(settled.outcome).toBe('sent');
    expect(settled.attempts.map((a) => a.ok)).toEqual([false, true]);
    const [line] = await smsLines(dataDir);
    expect(line!.text).toContain('۲۰۷۳۱');

    const log = await new Outbox(dir).readLog(officeDay(t0));
    expect(log.map((r) => r.t)).toEqual(['queued', 'attempt', 'attempt', 'sent']);
    await second.close();
  });

  it('drops a one-time code that expired while the server was down, and keeps the code out of the log', async () => {
    const dataDir = await tempDir();
    const dir = join(dataDir, 'outbox');
    const t0 = Date.parse('2026-11-23T06:00:00Z');
    const first = await Notifier.open({ dir, sender: office, sms: new FileSmsSender(dataDir), now: () => new Date(t0) });
    const { queued } = await first.notify({ mobile: '09121234567' }, { kind: 'otp', code: '483920', ttlSeconds: 120 });
    await first.close();

    const second = await Notifier.open({ dir, sender: office, sms: new FileSmsSender(dataDir), now: () => new Date(t0 + 5 * 60_000) });
    expect((await second.settled(queued[0]!.id)).outcome).toBe('expired');
    await expect(readFile(join(dataDir, 'outbox', 'sms.jsonl'), 'utf8')).rejects.toThrow();
    const logText = await readFile(join(dir, 'log', `${officeDay(t0)}.jsonl`), 'utf8');
    expect(logText).not.toMatch(/483920|۴۸۳۹۲۰/);
    await second.close();
  });

  it('sends a one-time code by SMS only, even when the client has an e-mail address', async () => {
    const dataDir = await tempDir();
    const notifier = await Notifier.open({ dir: join(dataDir, 'outbox'), sender: office, sms: new FileSmsSender(dataDir) });
    const { queued } = await notifier.notify({ mobile: '09121234567', email: 'a@example.ir' }, { kind: 'otp', code: '483920' });
    expect(queued.map((q) => q.channel)).toEqual(['sms']);
    await notifier.settled(queued[0]!.id);
    const [line] = await smsLines(dataDir);
    expect(line!.text).toBe('کد یکبارمصرف: ۴۸۳۹۲۰\nاین کد را به کسی ندهید.\nفرمانداری چالوس');
    expect(line!.parts).toBe(1);
    await notifier.close();
  });

  it('does not make the caller wait for a slow gateway', async () => {
    const dataDir = await tempDir();
    let release: (() => void) | undefined;
    const slow: SmsSender = {
      name: 'slow',
      send: () => new Promise((resolve) => (release = () => resolve({ id: '1', status: 'ok' }))),
    };
    const notifier = await Notifier.open({ dir: join(dataDir, 'outbox'), sender: office, sms: slow });
    const { queued } = await notifier.notify({ mobile: '09121234567' }, accepted);
    // notify() has returned although the gateway has not answered
    expect(notifier.pending().map((p) => p.id)).toEqual([queued[0]!.id]);
    while (!release) await new Promise((r) => setTimeout(r, 5));
    release();
    expect((await notifier.settled(queued[0]!.id)).outcome).toBe('sent');
    await notifier.close();
  });

  it('sends both an SMS and an e-mail to a client who has both, each tracked on its own', async () => {
    const dataDir = await tempDir();
    const notifier = await Notifier.open({ dir: join(dataDir, 'outbox'), sender: office, sms: new FileSmsSender(dataDir), email: new FileEmailSender(dataDir) });
    const { queued } = await notifier.notify({ mobile: '09121234567', email: 'a@example.ir' }, accepted);
    expect(queued.map((q) => q.channel)).toEqual(['sms', 'email']);
    const [sms, email] = await Promise.all(queued.map((q) => notifier.settled(q.id)));
    expect(sms!.attempts).toHaveLength(1);
    expect(email!.attempts).toHaveLength(1);
    const mail = JSON.parse((await readFile(join(dataDir, 'outbox', 'email.jsonl'), 'utf8')).trim()) as { to: string; subject: string; html: string };
    expect(mail.to).toBe('a@example.ir');
    expect(mail.subject).toBe('درخواست شما پذیرفته شد — کد رهگیری ۲۰۷۳۱');
    await notifier.close();
  });

  it('says which channels it could not use, and why', async () => {
    const dataDir = await tempDir();
    const smsOnly = await Notifier.open({ dir: join(dataDir, 'outbox'), sender: office, sms: new FileSmsSender(dataDir) });
    const a = await smsOnly.notify({ email: 'a@example.ir' }, accepted);
    expect(a.skipped).toEqual([
      { channel: 'sms', reason: 'no-address' },
      { channel: 'email', reason: 'not-configured' },
    ]);
    await smsOnly.close();

    const both = await Notifier.open({ dir: join(dataDir, 'outbox'), sender: office, sms: new FileSmsSender(dataDir), email: new FileEmailSender(dataDir) });
    // a landline, and two addresses where one was asked for
    const b = await both.notify({ mobile: '021-88776655', email: 'a@b.ir, c@d.ir' }, accepted);
    expect(b.queued).toEqual([]);
    expect(b.skipped).toEqual([
      { channel: 'sms', reason: 'bad-address' },
      { channel: 'email', reason: 'bad-address' },
    ]);
    await both.close();
  });
});

