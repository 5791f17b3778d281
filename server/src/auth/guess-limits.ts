// Wrong guesses (tracking codes with national IDs) and SMS codes asked for, counted per
// caller: a paired lobby kiosk by its device, since a whole lobby of visitors types on it
// and shares its address (one visitor's typos must not lock the kiosk for the next ones),
// anyone else by address.
import type { Request } from 'express';
import { LoginLimiter } from './login-limiter';

export class GuessLimits {
  private readonly perAddress: LoginLimiter;
  private readonly perKiosk: LoginLimiter;

  constructor(options: { perAddress: number; perKiosk: number; windowMs: number }) {
    this.perAddress = new LoginLimiter(options.perAddress, options.windowMs);
    this.perKiosk = new LoginLimiter(options.perKiosk, options.windowMs);
  }

  private of(req: Request): [LoginLimiter, string[]] {
    const p = req.principal;
    return p?.kind === 'device' && p.device.kind === 'kiosk' ? [this.perKiosk, [`kiosk:${p.id}`]] : [this.perAddress, [`ip:${req.ip ?? ''}`]];
  }

  /** Minutes until the caller may try again (0: now). */
  blockedFor(req: Request): number {
    const [limiter, keys] = this.of(req);
    return limiter.blockedFor(keys);
  }

  fail(req: Request): void {
    const [limiter, keys] = this.of(req);
    limiter.fail(keys);
  }
}
