// Staff passwords and device/session tokens: scrypt for passwords, sha256 of a
// random token for what we keep on disk (a stolen data folder holds no usable token).
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Worker } from 'node:worker_threads';

const KEYLEN = 32;
const COST = { N: 16384, r: 8, p: 1 };

// scrypt needs 16 MB per hash. Run in Node's shared thread pool it would (a) hold up
// to four pool threads for ~50 ms each during a burst of logins at opening time,
// queueing the journal's writes and fsyncs behind it, and (b) leave a 16 MB malloc
// arena behind in every pool thread it touched (glibc keeps them: ~60 MB of resident
// memory for nothing). So hashes are made one at a time on one dedicated thread.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', ({ id, password, salt, keylen, cost }) => {
  try {
    const key = scryptSync(password, Buffer.from(salt), keylen, cost);
    parentPort.postMessage({ id, key });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err) });
  }
});
`;

interface HashReply {
  id: number;
  key?: Uint8Array;
  error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (key: Buffer) => void; reject: (err: Error) => void }>();

function hasher(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true });
  w.unref(); // an idle hasher never keeps the process alive
  w.on('message', (reply: HashReply) => {
    const job = waiting.get(reply.id);
    if (!job) return;
    waiting.delete(reply.id);
    if (reply.key) job.resolve(Buffer.from(reply.key));
    else job.reject(new Error(reply.error ?? 'scrypt failed'));
  });
  w.on('error', (err) => fail(err));
  w.on('exit', () => fail(new Error('password hasher stopped')));
  worker = w;
  return w;
}

function fail(err: Error): void {
  worker = undefined;
  for (const job of waiting.values()) job.reject(err);
  waiting.clear();
}

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  const w = hasher();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // ref while a hash is pending so the answer is not lost to an exiting process
    w.ref();
    w.postMessage({ id, password: password.normalize('NFC'), salt, keylen: KEYLEN, cost: COST });
  }).finally(() => {
    if (waiting.size === 0) w.unref();
  }) as Promise<Buffer>;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, 'base64');
  const key = await scryptAsync(password, Buffer.from(saltB64, 'base64'));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A 6-digit pairing code for a kiosk or display. */
export function newPairingCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
