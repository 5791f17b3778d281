// The portal's few pages live under /portal/…; links push history so the phone's
// back button works, and the server answers every /portal/* path with index.html.
import { useEffect, useState } from 'react';

export const BASE = '/portal';

export function usePath(): string {
  const [path, setPath] = useState(() => stripBase(location.pathname));
  useEffect(() => {
    const onPop = () => setPath(stripBase(location.pathname));
    addEventListener('popstate', onPop);
    addEventListener('desk:navigate', onPop);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('desk:navigate', onPop);
    };
  }, []);
  return path;
}

export function navigate(path: string): void {
  history.pushState(null, '', `${BASE}${path}`);
  dispatchEvent(new Event('desk:navigate'));
  scrollTo(0, 0);
}

/** Change the address without a new history entry (e.g. /track → /track/<code> once found). */
export function replacePath(path: string): void {
  if (stripBase(location.pathname) === path) return;
  history.replaceState(null, '', `${BASE}${path}`);
  dispatchEvent(new Event('desk:navigate'));
}

export const href = (path: string) => `${BASE}${path}`;

function stripBase(pathname: string): string {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  return rest === '' ? '/' : rest.length > 1 ? rest.replace(/\/$/, '') : rest;
}

/** The page a path shows. */
export type Route =
  | { page: 'home' }
  | { page: 'service'; serviceId: string }
  | { page: 'apply'; serviceId: string }
  | { page: 'receipt'; trackingCode: string }
  | { page: 'track'; trackingCode?: string }
  | { page: 'ticket'; ticketId: string }
  /** A kiosk's QR: the phone sends documents into the kiosk's handoff session. */
  | { page: 'handoff'; id: string }
  | { page: 'notFound' };

export function routeOf(path: string): Route {
  let m: RegExpExecArray | null;
  if (path === '/') return { page: 'home' };
  // /services/<id> is the address the info packages publish for the web
  if ((m = /^\/(?:s|services)\/([\w-]{1,64})$/.exec(path))) return { page: 'service', serviceId: m[1]! };
  if ((m = /^\/s\/([\w-]{1,64})\/apply$/.exec(path))) return { page: 'apply', serviceId: m[1]! };
  if ((m = /^\/r\/([^/]{1,40})$/.exec(path))) return { page: 'receipt', trackingCode: decodeURIComponent(m[1]!) };
  if (path === '/track') return { page: 'track' };
  if ((m = /^\/track\/([^/]{1,40})$/.exec(path))) return { page: 'track', trackingCode: decodeURIComponent(m[1]!) };
  if ((m = /^\/t\/([A-Za-z0-9-]{8,64})$/.exec(path))) return { page: 'ticket', ticketId: m[1]! };
  if ((m = /^\/h\/([\w-]{16,64})$/.exec(path))) return { page: 'handoff', id: m[1]! };
  return { page: 'notFound' };
}
