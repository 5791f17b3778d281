// Who is signed in at this counter: the token kept in the browser, checked with the server.
import { useCallback, useEffect, useState } from 'react';
import { api, loadToken, saveToken } from '@desk/ui';
import type { StaffUser } from '@desk/common';

export type Session =
  | { status: 'checking' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; token: string; user: StaffUser };

const TOKEN_NAME = 'counter';
const RETRY_MS = 3000;

export function useSession(): { session: Session; signIn: (token: string, user: StaffUser) => void; signOut: () => void } {
  const [session, setSession] = useState<Session>(() => (loadToken(TOKEN_NAME) ? { status: 'checking' } : { status: 'signedOut' }));

  useEffect(() => {
    if (session.status !== 'checking') return;
    const token = loadToken(TOKEN_NAME);
    if (!token) {
      setSession({ status: 'signedOut' });
      return;
    }
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const res = await api<{ user: StaffUser }>('/api/auth/me', { token });
      if (cancelled) return;
      if (res.ok) setSession({ status: 'signedIn', token, user: res.data.user });
      else if (res.status === 0 || res.status >= 500) timer = setTimeout(() => void check(), RETRY_MS);
      else {
        saveToken(TOKEN_NAME, null);
        setSession({ status: 'signedOut' });
      }
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [session.status]);

  const signIn = useCallback((token: string, user: StaffUser) => {
    saveToken(TOKEN_NAME, token);
    setSession({ status: 'signedIn', token, user });
  }, []);

  const signOut = useCallback(() => {
    const token = loadToken(TOKEN_NAME);
    if (token) void api('/api/auth/logout', { method: 'POST', body: {}, token });
    saveToken(TOKEN_NAME, null);
    setSession({ status: 'signedOut' });
  }, []);

  return { session, signIn, signOut };
}
