// A client who gave an e-mail address gets a Persian, right-to-left e-mail through a real
// SMTP server (smtp-server on loopback), with an English part when they read English.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Notifier, SmtpEmailSender, parseSmtpUrl, type NotificationEvent } from '../src/notify';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port = 0;
const dirs: string[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('nobody@')) {
        const err = new Error('mailbox unavailable') as Error & { responseCode: number };
        err.responseCode = 550;
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'desk-notify-mail-'));
  dirs.push(d);
  return d;
}

// --- a small MIME reader, enough for what nodemailer writes ---

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_w, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body: raw.slice(at + 4) };
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function leaves(raw: string): Array<{ type: string; text: string }> {
  const { headers, body } = splitHead(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .flatMap((p) => leaves(p.replace(/^\r\n/, '')));
  }
  return [{ type: type.split(';')[0]!, text: decodeBody(body, headers.get('content-transfer-encoding')) }];
}

function readMail(raw: string) {
  const { headers } = splitHead(raw);
  const parts = leaves(raw);
  return {
    subject: decodeWords(headers.get('subject') ?? ''),
    to: headers.get('to') ?? '',
    text: parts.find((p) => p.type === 'text/plain')?.text ?? '',
    html: parts.find((p) => p.type === 'text/html')?.text ?? '',
  };
}

const accepted: NotificationEvent = {
  kind: 'accepted',
  trackingCode: '1405-20731',
  serviceName: 'صدور مجوز برگزاری تجمعات',
  promisedAt: '2026-11-30T08:30:00Z',
  receiptUrl: 'https://desk.example.ir/r/20731',
};

describe('e-mail notifications over SMTP', () => {
  it('sends a Persian, right-to-left e-mail to the client when the request is accepted', async () => {
    const dir = await tempDir();
    const email = new SmtpEmailSender(parseSmtpUrl(`smtp://127.0.0.1:${port}?from=desk%40chalus.example.ir&ignoreTLS=1`));
    const notifier = await Notifier.open({ dir, sender: { officeName: 'فرمانداری چالوس' }, email });
    received.length = 0;

    const { queued, skipped } = await notifier.notify({ email: 'citizen@example.ir', name: 'مریم احمدی' }, accepted, { ref: 'case-1' });
    expect(queued).toHaveLength(1);
    expect(skipped).toEqual([{ channel: 'sms', reason: 'no-address' }]);
    const settled = await notifier.settled(queued[0]!.id);
    expect(settled.outcome).toBe('sent');
    expect(settled.ref).toBe('case-1');

    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['citizen@example.ir']);
    expect(received[0]!.from).toBe('desk@chalus.example.ir');
    const mail = readMail(received[0]!.raw);
    expect(mail.subject).toBe('درخواست شما پذیرفته شد — کد رهگیری ۱۴۰۵-۲۰۷۳۱');
    expect(mail.html).toContain('<html lang="fa" dir="rtl">');
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.html).toContain('مریم احمدی گرامی،');
    expect(mail.html).toContain('صدور مجوز برگزاری تجمعات');
    expect(mail.html).toContain('https://desk.example.ir/r/20731');
    // the promised date is Jalali with Persian digits: 30 Nov 2026 = 9 Azar 1405
    expect(mail.text).toContain('زمان پاسخ: دوشنبه ۹ آذر ۱۴۰۵');
    expect(mail.text).toContain('کد رهگیری: ۱۴۰۵-۲۰۷۳۱');
    expect(mail.text).not.toContain('English');
    // nothing left pending
    expect(await readdir(join(dir, 'pending'))).toEqual([]);
    await notifier.close();
  });

  it('adds an English part after the Persian one for a client who reads English', async () => {
    const dir = await tempDir();
    const email = new SmtpEmailSender({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, from: 'desk@chalus.example.ir' });
    const notifier = await Notifier.open({ dir, sender: { officeName: 'فرمانداری چالوس', officeNameEn: 'Chalus Governorate' }, email });
    received.length = 0;

    const event: NotificationEvent = {
      kind: 'appointment',
      trackingCode: '20731',
      at: '2026-12-01T06:00:00Z',
      place: 'میز خدمت طبقهٔ همکف',
      reason: 'امضای اصل تعهدنامه',
      documents: ['اصل کارت ملی', 'اصل تعهدنامه'],
    };
    const { queued } = await notifier.notify({ email: 'visitor@example.com', lang: 'en', name: 'John Smith' }, event);
    expect((await notifier.settled(queued[0]!.id)).outcome).toBe('sent');

    const mail = readMail(received[0]!.raw);
    expect(mail.subject).toBe('زمان حضور برای درخواست ۲۰۷۳۱ | Appointment for request 20731');
    const fa = mail.text.indexOf('لطفاً به میز خدمت بیایید');
    const en = mail.text.indexOf('Please come to the service desk');
    expect(fa).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(fa);
    // 06:00 UTC is 09:30 in Tehran; Tuesday 10 Azar 1405
    expect(mail.text).toContain('زمان: سه‌شنبه ۱۰ آذر ۱۴۰۵ ساعت ۰۹:۳۰');
    // (common's formatJalaliDate writes English as "Azar 10, 1405")
    expect(mail.text).toContain('When: Tuesday, Azar 10, 1405, 09:30');
    expect(mail.text).toContain('مدارک همراه: اصل کارت ملی، اصل تعهدنامه');
    expect(mail.html).toContain('<div dir="ltr" lang="en"');
    expect(mail.html).toContain('Chalus Governorate');
    await notifier.close();
  });

  it('gives up at once on an address the mail server refuses for good, and logs why', async () => {
    const dir = await tempDir();
    const email = new SmtpEmailSender({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, from: 'desk@chalus.example.ir' });
    const notifier = await Notifier.open({ dir, sender: { officeName: 'فرمانداری چالوس' }, email, backoffMs: [50] });

    const { queued } = await notifier.notify({ email: 'nobody@example.ir' }, { kind: 'survey', trackingCode: '20731', url: 'https://desk.example.ir/s/1' });
    const settled = await notifier.settled(queued[0]!.id);
    expect(settled.outcome).toBe('gave-up');
    expect(settled.attempts).toHaveLength(1);
    expect(settled.attempts[0]!.error).toMatch(/550|mailbox unavailable/);
    await notifier.close();
  });
});
