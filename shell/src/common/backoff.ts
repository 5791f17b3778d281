// Delays for retrying: the server health check and reloading a crashed page.

export interface BackoffOptions {
  initialMs: number;
  factor: number;
  maxMs: number;
}

/** Server checks: 2 s, 3 s, 4.5 s, … up to 15 s between tries. */
export const HEALTH_BACKOFF: BackoffOptions = { initialMs: 2_000, factor: 1.5, maxMs: 15_000 };

/** Delay before retry number `attempt` (0-based). */
export function backoffDelay(attempt: number, options: BackoffOptions = HEALTH_BACKOFF): number {
  const n = Math.max(0, Math.floor(attempt));
  return Math.min(options.maxMs, Math.round(options.initialMs * options.factor ** n));
}

/** Crashes older than this no longer slow the next reload. */
export const CRASH_WINDOW_MS = 5 * 60_000;
const CRASH_BACKOFF: BackoffOptions = { initialMs: 1_000, factor: 2, maxMs: 30_000 };

/**
 * Delay before reloading after a renderer crash or hang, given the times of
 * the crashes so far (including this one). A single crash reloads after 1 s;
 * a page that keeps crashing waits longer, up to 30 s, so a broken page does
 * not spin the CPU.
 */
export function crashReloadDelay(crashTimes: readonly number[], now: number): number {
  const recent = crashTimes.filter((t) => t <= now && now - t < CRASH_WINDOW_MS).length;
  return backoffDelay(Math.max(0, recent - 1), CRASH_BACKOFF);
}

/** The crash times still worth remembering. */
export function recentCrashes(crashTimes: readonly number[], now: number): number[] {
  return crashTimes.filter((t) => now - t < CRASH_WINDOW_MS);
}
