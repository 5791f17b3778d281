// The kiosk's device token: kept from an earlier pairing, or got automatically when the
// kiosk runs on the server machine, or from a pairing code typed by the admin.
import { useCallback, useEffect, useState } from 'react';
import { api, loadToken, pairDevice, saveToken } from '@desk/ui';

export type DevicePhase = 'preparing' | 'serverDown' | 'pairing' | 'ready';

const DEVICE = 'kiosk';
const RETRY_MS = 3000;

export interface KioskDevice {
  phase: DevicePhase;
  token: string | null;
  /** Pair with an admin's code; answers the Persian problem, or null when paired. */
  pairWithCode: (code: string) => Promise<string | null>;
  /** The server refused the token (revoked or unknown): forget it and ask for a code. */
  forget: () => void;
}

export function useDevice(): KioskDevice {
  const [token, setToken] = useState<string | null>(() => loadToken(DEVICE));
  const [phase, setPhase] = useState<DevicePhase>(() => (token ? 'ready' : 'preparing'));

  // Moving from 'preparing' to 'serverDown' keeps the same attempt loop running.
  const autoPairing = phase === 'preparing' || phase === 'serverDown';
  useEffect(() => {
    if (!autoPairing) return;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = async () => {
      // An unreachable server is not a reason to ask for a code: wait for it first.
      const health = await api<{ ok: boolean }>('/api/health');
      if (cancelled) return;
      if (!health.ok) {
        setPhase('serverDown');
        retry = setTimeout(() => void attempt(), RETRY_MS);
        return;
      }
      const paired = await pairDevice(DEVICE);
      if (cancelled) return;
      if ('token' in paired) {
        setToken(paired.token);
        setPhase('ready');
      } else setPhase('pairing');
    };
    void attempt();
    return () => {
      cancelled = true;
      clearTimeout(retry);
    };
  }, [autoPairing]);

  const pairWithCode = useCallback(async (code: string) => {
    const paired = await pairDevice(DEVICE, code);
    if (!('token' in paired)) return paired.error;
    setToken(paired.token);
    setPhase('ready');
    return null;
  }, []);

  const forget = useCallback(() => {
    saveToken(DEVICE, null);
    setToken(null);
    setPhase('pairing');
  }, []);

  return { phase, token, pairWithCode, forget };
}
