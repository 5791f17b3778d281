// Sessions for staff and tokens for paired devices; the same bearer token works
// for HTTP and for the socket handshake.
import { randomUUID } from 'node:crypto';
import type { Device, DeviceKind, StaffUser } from '@desk/common';
import type { Office } from '../office';
import type { StoredSession } from '../storage/store';
import { hashPassword, hashToken, newPairingCode, newToken, verifyPassword } from './passwords';
import { LoginLimiter } from './login-limiter';

export type Principal =
  | { kind: 'staff'; id: string; user: StaffUser }
  | { kind: 'device'; id: string; device: Device };

const SESSION_DAYS = 7;
const PAIRING_HOURS = 24;
/** Browsers that may hold an auto-paired device's token at once. */
const MAX_DEVICE_TOKENS = 20;

export type AuthError = { code: 'error.badLogin' | 'error.tooManyLogins' | 'error.badPairingCode'; params?: Record<string, number> };

export function publicUser(u: StaffUser & { passwordHash?: string }): StaffUser {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, active: u.active };
}

export function publicDevice(d: Device & { tokenHashes?: string[]; pairingCodeHash?: string; pairingExpiresAt?: string }): Device {
  const { tokenHashes: _t, pairingCodeHash: _p, pairingExpiresAt: _e, ...rest } = d;
  return rest;
}

export class Auth {
  private sessions: StoredSession[] = [];
  /** 5 failures for one name from one address lock that pair; 30 from one address lock the address. */
  readonly limiter = new LoginLimiter(5);
  readonly addressLimiter = new LoginLimiter(30);

  constructor(private readonly office: Office) {}

  async load(): Promise<void> {
    const now = new Date().toISOString();
    this.sessions = (await this.office.store.loadSessions()).filter((s) => s.expiresAt > now);
  }

  async login(username: string, password: string, ip: string): Promise<{ token: string; user: StaffUser } | AuthError> {
    const keys = [`${username.toLowerCase()}@${ip}`];
    const wait = Math.max(this.limiter.blockedFor(keys), this.addressLimiter.blockedFor([ip]));
    if (wait) return { code: 'error.tooManyLogins', params: { minutes: wait } };
    const user = this.office.config.staff.find((s) => s.username.toLowerCase() === username.toLowerCase() && s.active);
    // verify even for an unknown user so timing does not reveal which names exist
    const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
    if (!user || !ok) {
      this.limiter.fail(keys);
      this.addressLimiter.fail([ip]);
      return { code: 'error.badLogin' };
    }
    this.limiter.succeed(keys);
    const token = newToken();
    const now = Date.now();
    this.sessions.push({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_DAYS * 86_400_000).toISOString(),
    });
    await this.office.store.saveSessions(this.sessions);
    return { token, user: publicUser(user) };
  }

  async logout(token: string): Promise<void> {
    const hash = hashToken(token);
    this.sessions = this.sessions.filter((s) => s.tokenHash !== hash);
    await this.office.store.saveSessions(this.sessions);
  }

  resolve(token: string | undefined | null): Principal | undefined {
    if (!token || typeof token !== 'string') return undefined;
    const hash = hashToken(token);
    const session = this.sessions.find((s) => s.tokenHash === hash);
    if (session) {
      if (session.expiresAt < new Date().toISOString()) return undefined;
      const user = this.office.config.staff.find((s) => s.id === session.userId && s.active);
      return user ? { kind: 'staff', id: user.id, user: publicUser(user) } : undefined;
    }
    const device = this.office.config.devices.find((d) => d.paired && d.tokenHashes?.includes(hash));
    return device ? { kind: 'device', id: device.id, device: publicDevice(device) } : undefined;
  }

  /** Pair with a code from the admin: the code works once, within a day. */
  async pair(code: string, kind: DeviceKind): Promise<{ token: string; device: Device } | AuthError> {
    const hash = hashToken(code.trim());
    const now = new Date().toISOString();
    const device = this.office.config.devices.find(
      (d) => d.kind === kind && d.pairingCodeHash === hash && (d.pairingExpiresAt ?? '') > now,
    );
    if (!device) return { code: 'error.badPairingCode' };
    return this.issueDeviceToken(device.id);
  }

  /** A kiosk/display on the server machine itself (demo, one-PC offices). */
  async autoPair(kind: DeviceKind): Promise<{ token: string; device: Device }> {
    const name = kind === 'kiosk' ? 'کیوسک همین رایانه' : 'نمایشگر همین رایانه';
    let device = this.office.config.devices.find((d) => d.kind === kind && d.name === name);
    if (!device) {
      const id = randomUUID();
      await this.office.updateConfig((c) => ({ ...c, devices: [...c.devices, { id, kind, name, paired: false, createdAt: new Date().toISOString() }] }), system);
      device = this.office.config.devices.find((d) => d.id === id)!;
    }
    return this.issueDeviceToken(device.id, true);
  }

  /**
   * A new token for a device. Pairing with a code replaces the device's tokens; auto-pairing
   * on the server machine adds one, so a second browser there does not log the first one out.
   */
  private async issueDeviceToken(deviceId: string, keepOthers = false): Promise<{ token: string; device: Device }> {
    const token = newToken();
    const now = new Date().toISOString();
    await this.office.updateConfig(
      (c) => ({
        ...c,
        devices: c.devices.map((d) =>
          d.id === deviceId
            ? {
                ...d,
                paired: true,
                pairedAt: now,
                tokenHashes: [...(keepOthers ? (d.tokenHashes ?? []).slice(-(MAX_DEVICE_TOKENS - 1)) : []), hashToken(token)],
                pairingCodeHash: undefined,
                pairingExpiresAt: undefined,
              }
            : d,
        ),
      }),
      system,
    );
    const device = this.office.config.devices.find((d) => d.id === deviceId)!;
    return { token, device: publicDevice(device) };
  }

  /** A fresh pairing code for a device; its old token stops working. */
  async newPairingCode(deviceId: string, actor: Principal): Promise<{ device: Device; pairingCode: string } | undefined> {
    if (!this.office.config.devices.some((d) => d.id === deviceId)) return undefined;
    const code = newPairingCode();
    const expires = new Date(Date.now() + PAIRING_HOURS * 3_600_000).toISOString();
    await this.office.updateConfig(
      (c) => ({
        ...c,
        devices: c.devices.map((d) =>
          d.id === deviceId ? { ...d, paired: false, tokenHashes: undefined, pairingCodeHash: hashToken(code), pairingExpiresAt: expires } : d,
        ),
      }),
      actor,
    );
    return { device: publicDevice(this.office.config.devices.find((d) => d.id === deviceId)!), pairingCode: code };
  }

  static hashPassword = hashPassword;
}

const system: Principal = {
  kind: 'staff',
  id: 'system',
  user: { id: 'system', username: 'system', displayName: 'سامانه', role: 'admin', active: true },
};
