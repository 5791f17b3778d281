// A crashed or hung page is reloaded after a short, growing delay.
import type { WebContents } from 'electron';
import { crashReloadDelay, recentCrashes } from '../common/backoff';

export interface RecoveryOptions {
  /** Loads the page that should be showing now. */
  reload: () => void;
  now?: () => number;
}

/** Returns a function that cancels a pending reload. */
export function recoverFromCrashes(contents: WebContents, options: RecoveryOptions): () => void {
  const now = options.now ?? Date.now;
  let crashes: number[] = [];
  let pending: ReturnType<typeof setTimeout> | null = null;
  let hung: ReturnType<typeof setTimeout> | null = null;
  // Killing a hung renderer ourselves raises render-process-gone: that one is not a new crash.
  let killedAt = Number.NEGATIVE_INFINITY;

  const cancel = (): void => {
    if (pending) clearTimeout(pending);
    if (hung) clearTimeout(hung);
    pending = null;
    hung = null;
  };

  const scheduleReload = (): number => {
    const at = now();
    crashes = [...recentCrashes(crashes, at), at];
    const delay = crashReloadDelay(crashes, at);
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      options.reload();
    }, delay);
    return delay;
  };

  contents.on('render-process-gone', (_event, details) => {
    if (now() - killedAt < 2_000) return;
    const delay = scheduleReload();
    console.warn(`[desk-shell] page process gone (${details.reason}); reloading in ${delay} ms`);
  });

  contents.on('unresponsive', () => {
    if (hung) return;
    const at = now();
    const delay = crashReloadDelay([...recentCrashes(crashes, at), at], at);
    hung = setTimeout(() => {
      hung = null;
      crashes = [...recentCrashes(crashes, now()), now()];
      console.warn('[desk-shell] page still unresponsive; restarting it');
      killedAt = now();
      contents.forcefullyCrashRenderer();
      options.reload();
    }, delay);
  });

  contents.on('responsive', () => {
    if (hung) clearTimeout(hung);
    hung = null;
  });

  return cancel;
}
