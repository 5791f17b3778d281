// Where a shell window may go: its own web app on the office server and the
// shell's local pages. Everything else is blocked.
import { appPathFor, type ShellKind } from './kind';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The URL without query and fragment: a local page is the same page whatever its query. */
function pageKey(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** Whether `url` is one of `pages` (file URLs of the shell's pages), ignoring query and fragment. */
export function isLocalPage(url: string, pages: readonly string[]): boolean {
  const target = parse(url);
  if (!target || target.protocol !== 'file:') return false;
  const key = pageKey(target);
  return pages.some((page) => {
    const p = parse(page);
    return p !== null && p.protocol === 'file:' && pageKey(p) === key;
  });
}

/**
 * `targetUrl` is allowed when it is on the server's origin under the kind's
 * app path (`/kiosk`, `/kiosk/...`, `/kiosk?x`, not `/kiosk-admin`), or is one
 * of the shell's local pages.
 */
export function isAllowedNavigation(
  targetUrl: string,
  serverUrl: string,
  kind: ShellKind,
  localPages: readonly string[] = [],
): boolean {
  if (isLocalPage(targetUrl, localPages)) return true;
  const target = parse(targetUrl);
  const server = parse(serverUrl);
  if (!target || !server) return false;
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
  if (target.username !== '' || target.password !== '') return false;
  if (target.origin !== server.origin) return false;
  const appPath = appPathFor(kind);
  return target.pathname === appPath || target.pathname.startsWith(`${appPath}/`);
}
