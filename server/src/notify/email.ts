// E-mail: over SMTP with nodemailer in production, or as JSON lines in
// <dataDir>/outbox/email.jsonl for the demo (no mail server on a desk PC).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { appendJsonLines } from './jsonl-append';
import { DeliveryError, type SendReceipt } from './sms';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** A whole HTML document (`<html lang="fa" dir="rtl">`). */
  html: string;
  ref?: string;
}

export interface EmailSender {
  readonly name: string;
  /** Resolves when the server took the message; rejects with a DeliveryError when it did not. */
  send(message: EmailMessage): Promise<SendReceipt>;
  close?(): Promise<void> | void;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the start (port 465). Otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  /** «میز خدمت فرمانداری <desk@example.ir>» */
  from: string;
  /** Refuse to send without STARTTLS. */
  requireTLS?: boolean;
  /** Never STARTTLS (a local relay or a test server). */
  ignoreTLS?: boolean;
  /** False only for a relay with a self-signed certificate inside the office network. */
  rejectUnauthorized?: boolean;
  timeoutMs?: number;
}

/**
 * `smtp://user:pass@mail.example.ir:587?from=desk%40example.ir` or `smtps://…:465`.
 * Query options: from, requireTLS=1, ignoreTLS=1, rejectUnauthorized=0, timeoutMs.
 */
export function parseSmtpUrl(input: string, fallbackFrom?: string): SmtpConfig {
  const url = new URL(input);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP URL must start with smtp:// or smtps://: ${input}`);
  const secure = url.protocol === 'smtps:';
  const q = url.searchParams;
  const flag = (name: string) => q.get(name) === '1' || q.get(name) === 'true';
  const from = q.get('from') ?? fallbackFrom;
  if (!from) throw new Error('SMTP URL needs ?from=address (or DESK_SMTP_FROM)');
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    from,
    ...(flag('requireTLS') ? { requireTLS: true } : {}),
    ...(flag('ignoreTLS') ? { ignoreTLS: true } : {}),
    ...(q.get('rejectUnauthorized') === '0' || q.get('rejectUnauthorized') === 'false' ? { rejectUnauthorized: false } : {}),
    ...(q.get('timeoutMs') ? { timeoutMs: Number(q.get('timeoutMs')) } : {}),
  };
}

export class SmtpEmailSender implements EmailSender {
  readonly name = 'smtp';
  private readonly transport: Transporter;

  constructor(private readonly config: SmtpConfig) {
    const timeout = config.timeoutMs ?? 20_000;
    this.transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.secure,
      ...(config.auth ? { auth: config.auth } : {}),
      requireTLS: config.requireTLS ?? false,
      ignoreTLS: config.ignoreTLS ?? false,
      tls: { rejectUnauthorized: config.rejectUnauthorized ?? true },
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(message: EmailMessage): Promise<SendReceipt> {
    try {
      const info = await this.transport.sendMail({
        from: this.config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.ref ? { headers: { 'X-Desk-Ref': message.ref } } : {}),
      });
      return { id: String(info.messageId ?? ''), status: String(info.response ?? 'accepted') };
    } catch (err) {
      const e = err as Error & { responseCode?: number; code?: string };
      // 5xx from the server: this address or message will not be taken (unknown mailbox, refused).
      const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
      throw new DeliveryError(`smtp: ${e.code ?? ''} ${e.message}`.trim(), { permanent, status: e.responseCode });
    }
  }

  close(): void {
    this.transport.close();
  }
}

export class FileEmailSender implements EmailSender {
  readonly name = 'file';
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = join(dataDir, 'outbox', 'email.jsonl');
  }

  async send(message: EmailMessage): Promise<SendReceipt> {
    const id = randomUUID();
    await appendJsonLines(this.path, [{ id, at: this.now().toISOString(), ...message }]);
    return { id, status: 'written' };
  }
}
