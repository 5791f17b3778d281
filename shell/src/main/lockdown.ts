// No navigation away, no new windows, no webviews, no permissions.
import type { Session, WebContents } from 'electron';

/** Blocks main-frame navigations and redirects that `isAllowed` refuses. */
export function lockNavigation(contents: WebContents, isAllowed: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowed(event.url)) {
      event.preventDefault();
      console.warn(`[desk-shell] blocked navigation to ${event.url}`);
    }
  });
  contents.on('will-redirect', (event) => {
    if (event.isMainFrame && !isAllowed(event.url)) {
      event.preventDefault();
      console.warn(`[desk-shell] blocked redirect to ${event.url}`);
    }
  });
}

/** For every web contents the app ever creates. */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The web apps need no permission: autoplay on the display is a window option, not a permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
