// "Nobody has touched the screen for a while": a restartable one-shot timer.
// Pure apart from the timer functions it is given, so the rule is tested with fake time.

export interface IdleTimer {
  /** Someone touched the screen: start counting again. */
  touch(): void;
  stop(): void;
}

export interface TimerFunctions {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: TimerFunctions = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Calls `onIdle` once after `ms` without a touch; the next touch arms it again. */
export function createIdleTimer(ms: number, onIdle: () => void, timers: TimerFunctions = realTimers): IdleTimer {
  let handle: unknown = null;
  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  const touch = () => {
    clear();
    if (!(ms > 0)) return; // 0 or a broken setting: never reset on a visitor
    handle = timers.setTimeout(() => {
      handle = null;
      onIdle();
    }, ms);
  };
  touch();
  return { touch, stop: clear };
}

export interface IdleWatchOptions {
  idleMs: number;
  /** How long «are you still there?» is shown before the screen is wiped. */
  warnMs: number;
  /** Whether this screen holds something of the visitor's worth a warning (asked when idle). */
  shouldWarn: () => boolean;
  onWarn: () => void;
  /** A touch during the warning: the visitor is still there. */
  onStay: () => void;
  onIdle: () => void;
  timers?: TimerFunctions;
}

/**
 * The idle timer in two steps: after `idleMs` without a touch, a screen holding the
 * visitor's half-typed request first asks «are you still there?» (`onWarn`), and wipes
 * (`onIdle`) only after `warnMs` more without a touch; other screens wipe at once.
 */
export function createIdleWatch(options: IdleWatchOptions): IdleTimer & { readonly warning: boolean } {
  let warning = false;
  let grace: IdleTimer | null = null;
  const endWarning = () => {
    grace?.stop();
    grace = null;
    warning = false;
  };
  const idle = createIdleTimer(
    options.idleMs,
    () => {
      if (!options.shouldWarn()) return options.onIdle();
      warning = true;
      options.onWarn();
      grace = createIdleTimer(
        options.warnMs,
        () => {
          endWarning();
          options.onIdle();
        },
        options.timers,
      );
    },
    options.timers,
  );
  return {
    get warning() {
      return warning;
    },
    touch() {
      if (warning) {
        endWarning();
        options.onStay();
      }
      idle.touch();
    },
    stop() {
      endWarning();
      idle.stop();
    },
  };
}
