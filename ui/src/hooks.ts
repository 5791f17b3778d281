import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionState, DeskConnection } from './connection';
import { api } from './api';

/** The live queue and link status, re-rendering on every applied event. */
export function useConnection(connection: DeskConnection): ConnectionState {
  return useSyncExternalStore(connection.subscribe, connection.getState);
}

/** The current time, ticking every `ms` (for clocks and "waiting for" figures). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/**
 * Something a screen reads once from the office server (its public address, the
 * e-desk catalogue), asked again every `retryMs` until it answers; undefined meanwhile.
 */
export function useServerData<T>(path: string, retryMs = 10_000): T | undefined {
  const [data, setData] = useState<T>();
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const r = await api<T>(path);
      if (stop) return;
      if (r.ok) setData(r.data);
      else timer = setTimeout(() => void ask(), retryMs);
    };
    void ask();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [path, retryMs]);
  return data;
}
