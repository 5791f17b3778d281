// Real clients for tests: HTTP with fetch, Socket.IO with socket.io-client.
import { io, type Socket } from 'socket.io-client';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toLatinDigits, type Ack, type CommandInput, type DeskEvent, type SyncResult } from '@desk/common';

export async function post<T>(url: string, body: unknown, token?: string): Promise<{ status: number; json: T }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

export async function login(base: string, username: string, password: string): Promise<string> {
  const r = await post<{ token: string }>(`${base}/api/auth/login`, { username, password });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  return r.json.token;
}

export async function deviceToken(base: string, kind: 'kiosk' | 'display'): Promise<string> {
  const r = await post<{ token: string }>(`${base}/api/devices/auto`, { kind });
  if (r.status !== 200) throw new Error(`pair ${kind}: ${r.status}`);
  return r.json.token;
}

/** A visitor proves her mobile: the code arrives in the file outbox (the phone), she types it back. */
export async function proveMobile(base: string, dataDir: string, mobile: string): Promise<string> {
  const sent = await post(`${base}/api/edesk/otp`, { mobile });
  if (sent.status !== 200) throw new Error(`otp ${mobile}: ${sent.status}`);
  let code = '';
  while (!code) {
    const text = await readFile(join(dataDir, 'outbox', 'sms.jsonl'), 'utf8').catch(() => '');
    const mine = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { to: string; text: string }).filter((m) => m.to === mobile);
    code = mine.length ? (/\d{6}/.exec(toLatinDigits(mine.at(-1)!.text))?.[0] ?? '') : '';
    if (!code) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const verified = await post<{ proof: string }>(`${base}/api/edesk/otp/verify`, { mobile, code });
  if (verified.status !== 200) throw new Error(`otp verify ${mobile}: ${verified.status}`);
  return verified.json.proof;
}

/** A clerk at an open counter calls the next ticket, starts and finishes it (opening the counter first if it is closed). */
export async function serveNext(clerk: Client, counterId: string, counterIsOpen: boolean): Promise<void> {
  const steps: CommandInput[] = [
    ...(counterIsOpen ? [] : [{ type: 'counter.open', counterId } as const]),
    { type: 'ticket.callNext', counterId },
    { type: 'ticket.start', counterId },
    { type: 'ticket.finish', counterId },
  ];
  for (const cmd of steps) {
    const a = await clerk.send(cmd);
    if (!a.ok) throw new Error(`${cmd.type}: ${a.error.message}`);
  }
}

export class Client {
  events: DeskEvent[] = [];
  constructor(readonly socket: Socket) {
    socket.on('desk:events', (events: DeskEvent[]) => this.events.push(...events));
  }
  static connect(base: string, token?: string): Promise<Client> {
    const socket = io(base, { transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(new Client(socket)));
      socket.once('connect_error', (err) => {
        socket.close();
        reject(err);
      });
    });
  }
  send(cmd: CommandInput, commandId: string = randomUUID()): Promise<Ack<Record<string, unknown>>> {
    return this.socket.timeout(30_000).emitWithAck('command', { ...cmd, commandId }) as Promise<Ack<Record<string, unknown>>>;
  }
  async sync(lastSeq?: number, day?: string): Promise<SyncResult> {
    const a = (await this.socket.timeout(30_000).emitWithAck('sync', lastSeq === undefined ? {} : { lastSeq, day })) as Ack<{ result: SyncResult }>;
    if (!a.ok) throw new Error(a.error.message);
    return a.result;
  }
  close(): void {
    this.socket.close();
  }
}
