// One office for an end-to-end test file: a fresh data folder, the server (with a
// virtual TCP printer when asked), Chromium, and every opened page closed afterwards.
// Call at the top of the file; the fields are there once beforeAll has run.
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startVirtualPrinter, type VirtualPrinter } from '@desk/printers';
import type { OfficeServerOptions, RunningOffice } from '../../server/src/app';
import { launchBrowser, openPage, type OpenedPage } from './browser';
import { assertAppsBuilt, freshDataDir, removeDataDir, startServer } from './server';

export interface E2eOffice {
  readonly server: RunningOffice;
  readonly browser: Browser;
  readonly dataDir: string;
  /** Present when asked for: the office printer, a real TCP socket. */
  readonly printer: VirtualPrinter;
  open(path: string, viewport: { width: number; height: number }): Promise<OpenedPage>;
}

export function useE2eOffice(options: { printer?: boolean; server?: Partial<OfficeServerOptions> } = {}): E2eOffice {
  let server: RunningOffice | undefined;
  let browser: Browser | undefined;
  let printer: VirtualPrinter | undefined;
  let dataDir: string | undefined;
  const pages: OpenedPage[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (useE2eOffice: beforeAll has not run)`);
    return value;
  };

  beforeAll(async () => {
    assertAppsBuilt();
    dataDir = await freshDataDir();
    if (options.printer) printer = await startVirtualPrinter({ dir: join(dataDir, 'printed') });
    server = await startServer(dataDir, 0, {
      ...(printer ? { printers: [{ id: 'office', name: 'چاپگر سالن', url: printer.url }] } : {}),
      ...options.server,
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const p of pages) {
      if (p.problems.length > 0) console.warn(`browser problems on ${p.page.url()}:\n  ${p.problems.join('\n  ')}`);
      await p.context.close().catch(() => undefined);
    }
    await browser?.close();
    await server?.close();
    await printer?.close();
    await removeDataDir(dataDir);
  });

  return {
    get server() {
      return ready(server, 'the server');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    get dataDir() {
      return ready(dataDir, 'the data folder');
    },
    get printer() {
      return ready(printer, 'the printer');
    },
    async open(path, viewport) {
      const opened = await openPage(ready(browser, 'the browser'), `${ready(server, 'the server').url}${path}`, viewport);
      pages.push(opened);
      return opened;
    },
  };
}
