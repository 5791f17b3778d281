// Where a screen keeps its credential: a staff session token or a paired device token.
import { api } from './api';
import type { Device, DeviceKind } from '@desk/common';

const key = (name: string) => `desk.token.${name}`;

export function loadToken(name: string): string | null {
  try {
    return localStorage.getItem(key(name));
  } catch {
    return null;
  }
}

export function saveToken(name: string, token: string | null): void {
  try {
    if (token) localStorage.setItem(key(name), token);
    else localStorage.removeItem(key(name));
  } catch {
    /* private mode: the session lasts as long as the page */
  }
}

export interface DeviceCredential {
  token: string;
  device: Device;
}

/**
 * A kiosk or display gets its token once: automatically when it runs on the server
 * machine itself (if the office allows it), otherwise with a pairing code from the admin.
 */
export async function pairDevice(kind: DeviceKind, code?: string): Promise<DeviceCredential | { error: string }> {
  const res = code
    ? await api<DeviceCredential>('/api/devices/pair', { body: { code, kind } })
    : await api<DeviceCredential>('/api/devices/auto', { body: { kind } });
  if (!res.ok) return { error: res.error.message };
  saveToken(kind, res.data.token);
  return res.data;
}
