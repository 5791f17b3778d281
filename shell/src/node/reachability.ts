// Is the office server answering? `GET <server>/api/health` → 200 means ready.
// `fetch` and `sleep` are passed in: Electron's `net.fetch` in the shell, a
// real local server in the tests.
import { backoffDelay, HEALTH_BACKOFF, type BackoffOptions } from '../common/backoff';
import { healthUrlFor } from '../common/kind';

export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<{ status: number; body?: { cancel(): Promise<void> } | null }>;

export const HEALTH_TIMEOUT_MS = 4_000;

/** One health check. Never throws: a refused, reset or slow connection is `false`. */
export async function checkHealth(
  serverUrl: string,
  fetchFn: FetchLike,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? HEALTH_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  try {
    const response = await fetchFn(healthUrlFor(serverUrl), { signal, headers: { 'cache-control': 'no-cache' } });
    await response.body?.cancel().catch(() => undefined);
    return response.status === 200;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export interface WaitForServerOptions {
  serverUrl: string;
  fetch: FetchLike;
  /** Stops the loop; the promise then resolves `false`. */
  signal: AbortSignal;
  backoff?: BackoffOptions;
  timeoutMs?: number;
  /** Wait one backoff step before the first check (after a failed page load). */
  delayFirstCheck?: boolean;
  /** Called after each failed check with its 1-based number. */
  onFailure?: (attempt: number) => void;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Checks until the server answers 200 (→ `true`) or `signal` aborts (→ `false`). */
export async function waitForServer(options: WaitForServerOptions): Promise<boolean> {
  const { serverUrl, signal, backoff = HEALTH_BACKOFF } = options;
  const sleep = options.sleep ?? abortableSleep;
  let failures = 0;
  if (options.delayFirstCheck) await sleep(backoffDelay(0, backoff), signal);
  while (!signal.aborted) {
    if (await checkHealth(serverUrl, options.fetch, { timeoutMs: options.timeoutMs, signal })) {
      return !signal.aborted;
    }
    if (signal.aborted) break;
    failures += 1;
    options.onFailure?.(failures);
    await sleep(backoffDelay(options.delayFirstCheck ? failures : failures - 1, backoff), signal);
  }
  return false;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
