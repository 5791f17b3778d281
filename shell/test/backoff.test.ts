import { describe, expect, it } from 'vitest';
import { backoffDelay, CRASH_WINDOW_MS, crashReloadDelay, HEALTH_BACKOFF, recentCrashes } from '../src/common/backoff';

describe('waiting between server checks', () => {
  it('starts at a couple of seconds and grows to a ceiling', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 20].map((n) => backoffDelay(n, HEALTH_BACKOFF));
    expect(delays).toEqual([2000, 3000, 4500, 6750, 10125, 15000, 15000, 15000]);
  });

  it('treats a negative or fractional attempt as the first', () => {
    expect(backoffDelay(-3)).toBe(2000);
    expect(backoffDelay(1.7)).toBe(3000);
  });
});

describe('reloading a crashed page', () => {
  const now = 1_000_000_000;

  it('reloads a first crash after a second', () => {
    expect(crashReloadDelay([now], now)).toBe(1000);
  });

  it('waits longer when the page keeps crashing, up to half a minute', () => {
    expect(crashReloadDelay([now - 3000, now - 2000, now], now)).toBe(4000);
    const many = Array.from({ length: 12 }, (_, i) => now - i * 1000);
    expect(crashReloadDelay(many, now)).toBe(30_000);
  });

  it('forgets crashes older than the window', () => {
    const old = now - CRASH_WINDOW_MS - 1;
    expect(crashReloadDelay([old, old + 1, now], now)).toBe(1000);
    expect(recentCrashes([old, now - 10, now], now)).toEqual([now - 10, now]);
  });
});
