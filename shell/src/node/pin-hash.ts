// The admin PIN is stored as `scrypt$<salt b64>$<hash b64>` and compared in
// constant time.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { normalizePin } from '../common/pin';

const SALT_BYTES = 16;
const KEY_BYTES = 32;

function derive(pin: string, salt: Buffer, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, keyLength, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes an already normalised PIN (see `normalizePin`). */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, KEY_BYTES);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether `typed` (any digits, see `normalizePin`) is the PIN behind `stored`. */
export async function verifyPin(typed: unknown, stored: string): Promise<boolean> {
  const pin = normalizePin(typed);
  if (!pin.ok) return false;
  const [scheme, saltB64, hashB64, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !hashB64 || rest.length > 0) return false;
  const salt = Buffer.from(saltB64, 'base64');
  const expected = Buffer.from(hashB64, 'base64');
  if (salt.length === 0 || expected.length === 0) return false;
  const actual = await derive(pin.pin, salt, expected.length);
  return timingSafeEqual(actual, expected);
}
