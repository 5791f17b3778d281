import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, createIdleWatch } from '../src/idle';

describe('the kiosk idle timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the idle time without a touch', () => {
    const onIdle = vi.fn();
    createIdleTimer(60_000, onIdle);
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts counting again at every touch', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(60_000, onIdle);
    vi.advanceTimersByTime(50_000);
    timer.touch();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.touch();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(2);
  });

  it('stays quiet once stopped, and never fires with no idle time set', () => {
    const onIdle = vi.fn();
    createIdleTimer(60_000, onIdle).stop();
    createIdleTimer(0, onIdle);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('«are you still there?» before a half-written request is wiped', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const watch = (shouldWarn: boolean) => {
    const calls = { warn: vi.fn(), stay: vi.fn(), idle: vi.fn() };
    const w = createIdleWatch({ idleMs: 45_000, warnMs: 20_000, shouldWarn: () => shouldWarn, onWarn: calls.warn, onStay: calls.stay, onIdle: calls.idle });
    return { w, ...calls };
  };

  it('warns first, then wipes when nobody answers', () => {
    const { w, warn, idle } = watch(true);
    vi.advanceTimersByTime(45_000);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(w.warning).toBe(true);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(19_999);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledTimes(1);
    expect(w.warning).toBe(false);
  });

  it('a touch during the warning keeps everything and starts counting again', () => {
    const { w, stay, idle, warn } = watch(true);
    vi.advanceTimersByTime(50_000);
    w.touch();
    expect(stay).toHaveBeenCalledTimes(1);
    expect(w.warning).toBe(false);
    vi.advanceTimersByTime(44_000);
    expect(idle).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('screens with nothing personal go home at once', () => {
    const { warn, idle } = watch(false);
    vi.advanceTimersByTime(45_000);
    expect(warn).not.toHaveBeenCalled();
    expect(idle).toHaveBeenCalledTimes(1);
  });
});
