// Puts an office server together: storage → office → auth → HTTP + sockets.
import { createServer, type Server as HttpServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import express from 'express';
import type { Server as IoServer } from 'socket.io';
import { FileOfficeStore, type OfficeStore } from './storage/store';
import { Office, type Clock } from './office';
import { Auth } from './auth/auth';
import { apiRoutes } from './http/routes';
import { attachSockets } from './socket';
import { demoConfig } from './seed';
import { PrintService, type PrinterConfig } from './printing/service';
import { wirePrinting } from './printing/wire';
import { printingRoutes } from './http/printing-routes';
import { lanUrl } from './net';
import { openEdesk, type Edesk } from './edesk/open';
import { edeskRoutes } from './http/edesk-routes';
import { handoffRoutes } from './http/handoff-routes';
import { arrivalRoutes } from './http/arrival-routes';
import { reportRoutes } from './http/report-routes';
import { catalogueRoutes } from './http/catalogue-routes';
import { catalogueReceiver } from './catalogue/central';
import type { InquiryRegistry } from './inquiry/registry';
import { startOfficeSync, syncConfigFromEnv } from './sync';
import { FileJournalSource } from './sync/journal-source';
import type { SyncClient } from './sync/client';
import { answersWhenDurable } from './http/durable-answers';
import { visitSurveyRoutes } from './http/visit-survey-routes';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface OfficeServerOptions {
  dataDir: string;
  port?: number;
  host?: string;
  clock?: Clock;
  /** Server printers (the office printer has id 'office'); none when left out. */
  printers?: PrinterConfig[];
  /** How phones reach this server (QR codes on tickets, SMS links); default http://<LAN address>:<port>. */
  publicUrl?: string;
  /** Inquiry adapters (tests); default DESK_INQUIRY_CONFIG, else the demo's local agency stand-in. */
  inquiries?: InquiryRegistry;
}

export interface RunningOffice {
  url: string;
  port: number;
  office: Office;
  auth: Auth;
  io: IoServer;
  http: HttpServer;
  printing: PrintService;
  edesk: Edesk;
  /** The link to the central desk (DESK_CENTRAL_URL), or null when this office runs alone. */
  sync: SyncClient | null;
  publicUrl: string;
  close(): Promise<void>;
}

function landingPage(name: string): string {
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${name}</title>
<style>body{font-family:Vazirmatn,Tahoma,sans-serif;background:#f4f6f8;margin:0;padding:48px;color:#14202b}
a{display:block;margin:16px 0;padding:20px 28px;background:#0b5cad;color:#fff;border-radius:14px;text-decoration:none;font-size:1.4rem;max-width:420px}</style></head>
<body><h1>${name}</h1><p>میز خدمت — صفحه‌های این اداره:</p>
<a href="/kiosk/">کیوسک دریافت نوبت</a><a href="/counter/">باجه (کارشناس و مدیر)</a><a href="/display/">نمایشگر سالن</a><a href="/portal/">میز خدمت برای مردم (تلفن همراه و رایانه)</a></body></html>`;
}

export async function startOfficeServer(options: OfficeServerOptions): Promise<RunningOffice> {
  // a large office may keep its data in PostgreSQL (the same store interface); files otherwise
  const store: OfficeStore = process.env.DESK_OFFICE_PG_URL
    ? await (await import('./storage/pg-store')).PgOfficeStore.open({
        url: process.env.DESK_OFFICE_PG_URL,
        ...(process.env.DESK_OFFICE_PG_SCHEMA ? { schema: process.env.DESK_OFFICE_PG_SCHEMA } : {}),
      })
    : await FileOfficeStore.open(options.dataDir);
  try {
    let config = await store.loadConfig();
    if (!config) {
      config = await demoConfig();
      await store.saveConfig(config);
    }
    const office = await Office.open(store, config, options.clock);
    const auth = new Auth(office);
    await auth.load();
    const printing = await PrintService.open(options.dataDir, options.printers ?? []);
    let publicUrl = options.publicUrl ?? '';
    const edesk = await openEdesk({
      dataDir: options.dataDir,
      office,
      publicUrl: () => publicUrl,
      ...(options.inquiries ? { inquiries: options.inquiries } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    // the journals are the outbox to the central desk; sync only reads them
    const syncConfig = syncConfigFromEnv(process.env, office);
    const sync = await startOfficeSync(
      office,
      options.dataDir,
      syncConfig && {
        ...syncConfig,
        extraStreams: [{ stream: 'cases', source: new FileJournalSource(join(options.dataDir, 'cases', 'journal')), journal: edesk.desk }],
        onCatalogue: catalogueReceiver(edesk.catalogue),
      },
    );

    const app = express();
    app.disable('x-powered-by');
    app.use((_req, res, next) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      next();
    });
    // an answer read from memory leaves once that memory is on disk (a journal write takes ms)
    app.use('/api', answersWhenDurable([office, edesk.desk]));
    app.use('/api/printing', printingRoutes(office, auth, printing, () => publicUrl, edesk.desk));
    app.use('/api/reports', reportRoutes(auth, options.dataDir));
    app.use('/api/admin/catalogue', catalogueRoutes({ auth, store: edesk.catalogue }));
    app.use('/api/visit-survey', visitSurveyRoutes({ office, auth, ...(options.clock ? { now: () => Date.parse(options.clock!()) } : {}) }));
    app.use('/api/edesk/arrivals', arrivalRoutes({ office, auth, desk: edesk.desk }));
    app.use('/api/edesk', edeskRoutes({ office, auth, desk: edesk.desk, otp: edesk.otp, notifier: edesk.notifier, documents: edesk.documents }));
    app.use('/api/handoff', handoffRoutes({ office, auth, desk: edesk.desk, otp: edesk.otp, documents: edesk.documents, publicUrl: () => publicUrl, clock: options.clock, dataDir: options.dataDir }));
    app.use('/api', apiRoutes(office, auth, { publicUrl: () => publicUrl, sync: () => sync, printerIds: () => printing.views().map((p) => p.id) }));
    for (const name of ['kiosk', 'counter', 'display', 'portal'] as const) {
      const dist = join(repoRoot, name, 'dist');
      if (!existsSync(dist)) continue;
      app.use(`/${name}`, express.static(dist, { index: 'index.html', maxAge: '1h' }));
      app.get(`/${name}`, (_req, res) => res.redirect(`/${name}/`));
      app.get(`/${name}/{*rest}`, (_req, res) => res.sendFile(join(dist, 'index.html')));
    }
    app.get('/', (_req, res) => res.type('html').send(landingPage(office.config.office.name)));

    const http = createServer(app);
    const io = attachSockets(http, office, auth);
    wirePrinting(office, printing, io, () => publicUrl);
    const timer = setInterval(() => void office.tick(), 30_000);
    timer.unref();
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => resolve());
    });
    const port = (http.address() as { port: number }).port;
    publicUrl ||= lanUrl(port);
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      office,
      auth,
      io,
      http,
      printing,
      edesk,
      sync,
      publicUrl,
      async close() {
        clearInterval(timer);
        await new Promise<void>((resolve) => io.close(() => resolve()));
        await sync?.stop();
        await printing.close();
        await edesk.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
