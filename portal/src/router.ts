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

function stripBase(pathname: string): string {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  return rest === '' ? '/' : rest;
}
