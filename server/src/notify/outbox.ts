// Where notifications wait and what happened to them, on disk:
//   pending/<id>.json      one file per notification not yet settled (written durably before
//                          notify() resolves, rewritten after each failed attempt, removed when settled)
//   log/YYYY-MM-DD.jsonl   every queue, attempt and outcome, appended durably (the office day in Tehran)
// A restart reads pending/ and carries on; the log is the audit trail.
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { officeDay } from '@desk/common';
import { fsyncDir, writeFileDurable } from '../storage/durable-file';
import { appendJsonLines } from './jsonl-append';
import type { NotificationKind } from './events';

export type Channel = 'sms' | 'email';

export interface OutboxAttempt {
  n: number;
  at: string;
  ok: boolean;
  /** The provider's id and status text when it took the message. */
  providerId?: string;
  status?: string;
  error?: string;
}

export interface OutboxItem {
  id: string;
  channel: Channel;
  /** 09xxxxxxxxx or an e-mail address. */
  to: string;
  kind: NotificationKind;
  /** The caller's reference (a case id), passed back in outcomes. */
  ref?: string;
  createdAt: string;
  /** Not sent after this (a one-time code is useless once expired). */
  expiresAt: string;
  nextAt: string;
  /** Its text is kept out of the log (one-time codes). */
  secret?: boolean;
  sms?: { text: string };
  email?: { subject: string; text: string; html: string };
  attempts: OutboxAttempt[];
}

export type Outcome = 'sent' | 'gave-up' | 'expired';

export type LogRecord =
  | { t: 'queued'; id: string; at: string; channel: Channel; to: string; kind: NotificationKind; ref?: string; text?: string; subject?: string }
  | ({ t: 'attempt'; id: string } & OutboxAttempt)
  | { t: Outcome; id: string; at: string; reason?: string };

const ITEM_FILE = /^([\w-]+)\.json$/;

export class Outbox {
  readonly pendingDir: string;
  readonly logDir: string;

  constructor(readonly dir: string) {
    this.pendingDir = join(dir, 'pending');
    this.logDir = join(dir, 'log');
  }

  /** The notifications still to send, oldest first; leftovers of interrupted writes are removed. */
  async load(): Promise<OutboxItem[]> {
    await mkdir(this.pendingDir, { recursive: true });
    await mkdir(this.logDir, { recursive: true });
    const items: OutboxItem[] = [];
    let removed = false;
    for (const name of await readdir(this.pendingDir)) {
      if (name.endsWith('.tmp')) {
        await unlink(join(this.pendingDir, name)).catch(() => undefined);
        removed = true;
        continue;
      }
      if (!ITEM_FILE.test(name)) continue;
      try {
        items.push(JSON.parse(await readFile(join(this.pendingDir, name), 'utf8')) as OutboxItem);
      } catch (err) {
        // Written by rename, so never torn; unreadable means someone edited it. Keep it, say so.
        console.warn(`outbox: skipping unreadable ${name}: ${(err as Error).message}`);
      }
    }
    if (removed) await fsyncDir(this.pendingDir);
    return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  put(item: OutboxItem): Promise<void> {
    return writeFileDurable(join(this.pendingDir, `${item.id}.json`), JSON.stringify(item));
  }

  async remove(id: string): Promise<void> {
    await unlink(join(this.pendingDir, `${id}.json`)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await fsyncDir(this.pendingDir);
  }

  log(records: LogRecord[], at: Date): Promise<void> {
    return appendJsonLines(join(this.logDir, `${officeDay(at)}.jsonl`), records);
  }

  /** One office day's log, for reports and tests. */
  async readLog(day: string): Promise<LogRecord[]> {
    const text = await readFile(join(this.logDir, `${day}.jsonl`), 'utf8').catch(() => '');
    const out: LogRecord[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as LogRecord);
      } catch {
        // a line torn by a crash mid-append: it was never acknowledged
      }
    }
    return out;
  }
}
