import { describe, expect, it } from 'vitest';
import { normalizePin } from '../src/common/pin';
import { afterWrongPin, NO_PIN_FAILURES, pinLockRemaining } from '../src/common/pin-attempts';
import { hashPin, verifyPin } from '../src/node/pin-hash';

describe('the admin PIN as typed', () => {
  it.each([
    ['1234', '1234'],
    ['۱۲۳۴', '1234'],
    ['١٢٣٤', '1234'],
    ['۱2٣4', '1234'],
    [' ۹۸۷۶۵۴۳۲ ', '98765432'],
  ])('%s is the PIN %s', (typed, pin) => {
    expect(normalizePin(typed)).toEqual({ ok: true, pin });
  });

  it.each([
    ['', 'وارد کنید'],
    ['123', '۴ تا ۸'],
    ['123456789', '۴ تا ۸'],
    ['12a4', 'رقم'],
    ['12 34', 'رقم'],
  ])('%s is refused', (typed, reason) => {
    const result = normalizePin(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(reason);
  });

  it('a non-string is refused', () => {
    expect(normalizePin(1234).ok).toBe(false);
  });
});

describe('the stored PIN', () => {
  it('is a salted scrypt hash, different each time', async () => {
    const a = await hashPin('1234');
    const b = await hashPin('1234');
    expect(a).toMatch(/^scrypt\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(a).not.toContain('1234');
    expect(a).not.toBe(b);
  });

  it('accepts the PIN in any digits and refuses any other', async () => {
    const stored = await hashPin('4821');
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('۴۸۲۱', stored)).toBe(true);
    expect(await verifyPin('٤٨٢١', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
    expect(await verifyPin('48210', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('a damaged stored hash matches nothing', async () => {
    const stored = await hashPin('4821');
    const [, salt] = stored.split('$');
    expect(await verifyPin('4821', `scrypt$${salt}$AAAA`)).toBe(false);
    expect(await verifyPin('4821', 'bcrypt$x$y')).toBe(false);
    expect(await verifyPin('4821', 'scrypt$$')).toBe(false);
    expect(await verifyPin('4821', `${stored}$extra`)).toBe(false);
  });
});

describe('guessing the PIN', () => {
  it('four wrong PINs cost nothing, the fifth locks for 30 s, later ones for longer', () => {
    let state = NO_PIN_FAILURES;
    for (let i = 0; i < 4; i++) state = afterWrongPin(state, 0);
    expect(pinLockRemaining(state, 0)).toBe(0);
    state = afterWrongPin(state, 1000);
    expect(pinLockRemaining(state, 1000)).toBe(30_000);
    expect(pinLockRemaining(state, 31_000)).toBe(0);
    state = afterWrongPin(state, 40_000);
    expect(pinLockRemaining(state, 40_000)).toBe(60_000);
    for (let i = 0; i < 20; i++) state = afterWrongPin(state, 0);
    expect(pinLockRemaining(state, 0)).toBe(15 * 60_000);
  });
});
