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
