// Slows down password guessing: after too many failures for a username or an
// address within a window, logins are refused until the window passes.
export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 10 * 60_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Minutes to wait, or 0 if a login may be tried now. */
  blockedFor(keys: string[], now = Date.now()): number {
    let until = 0;
    for (const key of keys) {
      const list = this.recent(key, now);
      if (list.length >= this.maxFailures) until = Math.max(until, list[0]! + this.windowMs);
    }
    return until ? Math.max(1, Math.ceil((until - now) / 60_000)) : 0;
  }

  fail(keys: string[], now = Date.now()): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
