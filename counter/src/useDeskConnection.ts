// One live link per signed-in session; closed when the session ends.
import { useEffect, useRef, useState } from 'react';
import { DeskConnection } from '@desk/ui';

export function useDeskConnection(token: string, onUnauthorized: () => void): DeskConnection | null {
  const [connection, setConnection] = useState<DeskConnection | null>(null);
  const unauthorized = useRef(onUnauthorized);
  unauthorized.current = onUnauthorized;
  useEffect(() => {
    const c = new DeskConnection({ token, onUnauthorized: () => unauthorized.current() });
    setConnection(c);
    return () => {
      c.close();
      setConnection(null);
    };
  }, [token]);
  return connection;
}
