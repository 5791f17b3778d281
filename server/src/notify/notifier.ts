// The Notifier: takes a typed event for a client, renders the SMS and e-mail, puts them in
// the outbox on disk (so they survive a restart) and sends them in the background,
// retrying failures with growing waits. notify() returns once the outbox write is on
// disk; it never waits for an SMS gateway or a mail server.
import { randomBytes } from 'node:crypto';
import { emailContent } from './email-text';
import { smsText } from './sms-text';
import { normalizeMobile } from './mobile';
import { DeliveryError, type SmsSender } from './sms';
import type { EmailSender } from './email';
import { Outbox, type Channel, type OutboxAttempt, type OutboxItem, type Outcome } from './outbox';
import type { NotificationEvent, NotificationKind, Recipient, Sender } from './events';

export interface NotifierOptions {
  /** `<dataDir>/outbox` */
  dir: string;
  sender: Sender;
  sms?: SmsSender;
  email?: EmailSender;
  now?: () => Date;
  /** Waits between attempts; the last one repeats. Default 10 s, 1 min, 5 min, 15 min, 1 h, 3 h, 6 h. */
  backoffMs?: number[];
  /** Default: one more than backoffMs has entries. */
  maxAttempts?: number;
  /** A notification not sent within this is dropped as expired (after a long outage). Default 7 days. */
  maxAgeMs?: number;
  /** Sends at the same time. Default 4. */
  concurrency?: number;
  /** Aim for SMS texts of at most this many parts. Default 2. */
  smsMaxParts?: number;
  /** Told when a notification is sent, given up or expired (to record it in the case's events). */
  onSettled?: (settled: Settled) => void;
}

export interface Queued {
  id: string;
  channel: Channel;
  to: string;
}

export interface NotifyResult {
  queued: Queued[];
  /** Channels not used, and why: no address, bad mobile number, or no sender configured. */
  skipped: Array<{ channel: Channel; reason: 'no-address' | 'bad-address' | 'not-configured' }>;
}

export interface Settled {
  id: string;
  channel: Channel;
  to: string;
  kind: NotificationKind;
  ref?: string;
  outcome: Outcome;
  attempts: OutboxAttempt[];
}

const DEFAULT_BACKOFF = [10_000, 60_000, 300_000, 900_000, 3_600_000, 10_800_000, 21_600_000];
const KEEP_SETTLED = 1000;
const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

export class Notifier {
  private readonly items = new Map<string, OutboxItem>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly waiters = new Map<string, Array<(s: Settled) => void>>();
  private readonly settledRecently = new Map<string, Settled>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly slotQueue: Array<() => void> = [];
  private active = 0;
  private closed = false;
  private readonly now: () => Date;
  private readonly backoff: number[];
  private readonly maxAttempts: number;

  private constructor(
    private readonly options: NotifierOptions,
    private readonly outbox: Outbox,
  ) {
    this.now = options.now ?? (() => new Date());
    this.backoff = options.backoffMs?.length ? options.backoffMs : DEFAULT_BACKOFF;
    this.maxAttempts = options.maxAttempts ?? this.backoff.length + 1;
  }

  /** Opens the outbox and resumes what was pending when the server stopped. */
  static async open(options: NotifierOptions): Promise<Notifier> {
    const outbox = new Outbox(options.dir);
    const notifier = new Notifier(options, outbox);
    for (const item of await outbox.load()) {
      notifier.items.set(item.id, item);
      notifier.schedule(item);
    }
    return notifier;
  }

  /** Renders and queues the event; resolves when it is on disk. Sending happens afterwards. */
  async notify(to: Recipient, event: NotificationEvent, options: { ref?: string } = {}): Promise<NotifyResult> {
    if (this.closed) throw new Error('Notifier is closed');
    const result: NotifyResult = { queued: [], skipped: [] };
    const at = this.now();
    const base = {
      kind: event.kind,
      ...(options.ref ? { ref: options.ref } : {}),
      createdAt: at.toISOString(),
      nextAt: at.toISOString(),
      expiresAt: new Date(
        at.getTime() + (event.kind === 'otp' ? (event.ttlSeconds ?? 120) * 1000 : (this.options.maxAgeMs ?? 7 * 86_400_000)),
      ).toISOString(),
      ...(event.kind === 'otp' ? { secret: true } : {}),
    };
    const items: OutboxItem[] = [];

    if (!to.mobile) result.skipped.push({ channel: 'sms', reason: 'no-address' });
    else if (!this.options.sms) result.skipped.push({ channel: 'sms', reason: 'not-configured' });
    else {
      const mobile = normalizeMobile(to.mobile);
      if (!mobile) result.skipped.push({ channel: 'sms', reason: 'bad-address' });
      else {
        const text = smsText(event, this.options.sender, this.options.smsMaxParts ?? 2);
        items.push({ ...base, id: newId(), channel: 'sms', to: mobile, sms: { text }, attempts: [] });
      }
    }
    // A one-time code proves a mobile number: it goes by SMS only.
    if (event.kind !== 'otp') {
      if (!to.email) result.skipped.push({ channel: 'email', reason: 'no-address' });
      else if (!this.options.email) result.skipped.push({ channel: 'email', reason: 'not-configured' });
      else if (!EMAIL.test(to.email.trim())) result.skipped.push({ channel: 'email', reason: 'bad-address' });
      else items.push({ ...base, id: newId(), channel: 'email', to: to.email.trim(), email: emailContent(event, to, this.options.sender), attempts: [] });
    }

    if (items.length === 0) return result;
    await Promise.all(items.map((item) => this.outbox.put(item)));
    await this.outbox.log(
      items.map((item) => ({
        t: 'queued' as const,
        id: item.id,
        at: item.createdAt,
        channel: item.channel,
        to: item.to,
        kind: item.kind,
        ...(item.ref ? { ref: item.ref } : {}),
        ...(item.sms && !item.secret ? { text: item.sms.text } : {}),
        ...(item.email ? { subject: item.email.subject } : {}),
      })),
      at,
    );
    for (const item of items) {
      this.items.set(item.id, item);
      this.schedule(item);
      result.queued.push({ id: item.id, channel: item.channel, to: item.to });
    }
    return result;
  }

  /** Notifications not settled yet (copies). */
  pending(): OutboxItem[] {
    return [...this.items.values()].map((i) => structuredClone(i));
  }

  /** Resolves when the notification is sent, given up or expired. */
  settled(id: string): Promise<Settled> {
    const done = this.settledRecently.get(id);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
    });
  }

  /** Stops sending; what is pending stays on disk for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const wake of this.slotQueue.splice(0)) wake();
    await Promise.all([...this.inFlight]);
    await this.options.email?.close?.();
  }

  private schedule(item: OutboxItem): void {
    if (this.closed) return;
    const delay = Math.max(0, Date.parse(item.nextAt) - this.now().getTime());
    const timer = setTimeout(() => {
      this.timers.delete(item.id);
      const run = this.attempt(item).catch((err) => {
        // Only our own disk writes can fail here; try again later rather than lose it.
        console.error(`outbox: ${item.id}: ${(err as Error).message}`);
        if (!this.closed) {
          item.nextAt = new Date(this.now().getTime() + this.backoff[0]!).toISOString();
          this.schedule(item);
        }
      });
      this.inFlight.add(run);
      void run.finally(() => this.inFlight.delete(run));
    }, delay);
    timer.unref();
    this.timers.set(item.id, timer);
  }

  private async slot(): Promise<void> {
    if (this.active < (this.options.concurrency ?? 4)) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.slotQueue.push(resolve));
    this.active++;
  }

  private release(): void {
    this.active--;
    this.slotQueue.shift()?.();
  }

  private async attempt(item: OutboxItem): Promise<void> {
    await this.slot();
    try {
      if (this.closed) return;
      const now = this.now();
      if (now.getTime() > Date.parse(item.expiresAt)) {
        await this.settle(item, 'expired', now, 'expired before it could be sent');
        return;
      }
      const attempt: OutboxAttempt = { n: item.attempts.length + 1, at: now.toISOString(), ok: false };
      let permanent = false;
      try {
        const receipt = await this.deliver(item);
        Object.assign(attempt, { ok: true, providerId: receipt.id, status: receipt.status });
      } catch (err) {
        attempt.error = err instanceof Error ? err.message : String(err);
        permanent = err instanceof DeliveryError && !!err.detail.permanent;
      }
      item.attempts.push(attempt);
      const after = this.now();
      if (attempt.ok) {
        await this.outbox.log([{ t: 'attempt', id: item.id, ...attempt }], after);
        await this.settle(item, 'sent', after);
      } else if (permanent || item.attempts.length >= this.maxAttempts) {
        await this.outbox.log([{ t: 'attempt', id: item.id, ...attempt }], after);
        await this.settle(item, 'gave-up', after, permanent ? attempt.error : `${item.attempts.length} attempts failed`);
      } else {
        const wait = this.backoff[Math.min(item.attempts.length - 1, this.backoff.length - 1)]!;
        item.nextAt = new Date(after.getTime() + wait).toISOString();
        await this.outbox.put(item);
        await this.outbox.log([{ t: 'attempt', id: item.id, ...attempt }], after);
        this.schedule(item);
      }
    } finally {
      this.release();
    }
  }

  private deliver(item: OutboxItem) {
    if (item.channel === 'sms') {
      if (!this.options.sms || !item.sms) throw new DeliveryError('no SMS sender configured');
      return this.options.sms.send({ to: item.to, text: item.sms.text, ref: item.id });
    }
    if (!this.options.email || !item.email) throw new DeliveryError('no e-mail sender configured');
    return this.options.email.send({ to: item.to, ...item.email, ref: item.id });
  }

  private async settle(item: OutboxItem, outcome: Outcome, at: Date, reason?: string): Promise<void> {
    // Log first, then remove: a crash in between resends once (at least once, never lost).
    await this.outbox.log([{ t: outcome, id: item.id, at: at.toISOString(), ...(reason ? { reason } : {}) }], at);
    await this.outbox.remove(item.id);
    this.items.delete(item.id);
    const settled: Settled = {
      id: item.id,
      channel: item.channel,
      to: item.to,
      kind: item.kind,
      ...(item.ref ? { ref: item.ref } : {}),
      outcome,
      attempts: item.attempts,
    };
    this.settledRecently.set(item.id, settled);
    if (this.settledRecently.size > KEEP_SETTLED) {
      this.settledRecently.delete(this.settledRecently.keys().next().value!);
    }
    for (const resolve of this.waiters.get(item.id) ?? []) resolve(settled);
    this.waiters.delete(item.id);
    try {
      this.options.onSettled?.(settled);
    } catch (err) {
      console.error(`outbox: onSettled threw: ${(err as Error).message}`);
    }
  }
}

/** Sortable by time, unguessable enough for a file name. */
function newId(): string {
  return `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
}
