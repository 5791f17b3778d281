import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionState, DeskConnection } from './connection';

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
