// Slows down guessing the admin PIN: 4 digits are only 10,000 tries.

export interface PinAttempts {
  failures: number;
  /** Epoch ms until which every PIN is refused without being checked. */
  lockedUntil: number;
}

export const NO_PIN_FAILURES: PinAttempts = { failures: 0, lockedUntil: 0 };
export const FREE_PIN_TRIES = 5;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

/** Milliseconds left before another PIN may be tried (0 = try now). */
export function pinLockRemaining(state: PinAttempts, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

/** Five wrong PINs lock for 30 s, each further one doubles the lock, up to 15 min. */
export function afterWrongPin(state: PinAttempts, now: number): PinAttempts {
  const failures = state.failures + 1;
  if (failures < FREE_PIN_TRIES) return { failures, lockedUntil: 0 };
  const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_PIN_TRIES));
  return { failures, lockedUntil: now + lockMs };
}
