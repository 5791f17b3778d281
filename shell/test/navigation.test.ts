import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isLocalPage } from '../src/common/navigation';

const server = 'http://office.local:8080';
const settingsPage = 'file:///opt/desk/dist/pages/settings.html';
const offlinePage = 'file:///opt/desk/dist/pages/offline.html';
const pages = [settingsPage, offlinePage];

describe('where a shell window may go', () => {
  it.each([
    'http://office.local:8080/kiosk',
    'http://office.local:8080/kiosk/',
    'http://office.local:8080/kiosk/services/12?lang=fa#top',
    'http://OFFICE.local:8080/kiosk/track',
  ])('the kiosk stays in its app: %s', (url) => {
    expect(isAllowedNavigation(url, server, 'kiosk', pages)).toBe(true);
  });

  it.each([
    ['another site', 'https://example.com/'],
    ['another app on the server', 'http://office.local:8080/counter'],
    ['a look-alike path', 'http://office.local:8080/kiosk-admin'],
    ['a path that climbs out', 'http://office.local:8080/kiosk/../admin'],
    ['an encoded climb', 'http://office.local:8080/kiosk/%2e%2e/admin'],
    ['the API', 'http://office.local:8080/api/health'],
    ['another port', 'http://office.local:9090/kiosk'],
    ['https instead of http', 'https://office.local:8080/kiosk'],
    ['credentials in the URL', 'http://user:pw@office.local:8080/kiosk'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<h1>hi</h1>'],
    ['any other local file', 'file:///etc/passwd'],
    ['a local file beside the pages', 'file:///opt/desk/dist/pages/evil.html'],
    ['not a URL', 'kiosk'],
  ])('the kiosk is blocked from %s', (_what, url) => {
    expect(isAllowedNavigation(url, server, 'kiosk', pages)).toBe(false);
  });

  it('each kind is held to its own app', () => {
    expect(isAllowedNavigation(`${server}/counter/inbox`, server, 'counter', pages)).toBe(true);
    expect(isAllowedNavigation(`${server}/display`, server, 'display', pages)).toBe(true);
    expect(isAllowedNavigation(`${server}/kiosk`, server, 'display', pages)).toBe(false);
  });

  it("the shell's own pages are allowed whatever their query", () => {
    expect(isAllowedNavigation(`${offlinePage}?server=${encodeURIComponent(server)}`, server, 'kiosk', pages)).toBe(true);
    expect(isAllowedNavigation(settingsPage, server, 'display', pages)).toBe(true);
    expect(isAllowedNavigation(settingsPage, server, 'display', [])).toBe(false);
  });

  it('a local page is recognised by its path only', () => {
    expect(isLocalPage(`${settingsPage}#x`, [settingsPage])).toBe(true);
    expect(isLocalPage(offlinePage, [settingsPage])).toBe(false);
    expect(isLocalPage('http://office.local:8080/opt/desk/dist/pages/settings.html', [settingsPage])).toBe(false);
  });
});
