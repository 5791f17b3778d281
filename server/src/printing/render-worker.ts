// Tickets and receipts are drawn on a thread of their own: drawing a page takes
// 10–20 ms of CPU, which on the server's event loop would hold up every call,
// ticket and broadcast queued behind it. One worker, one page at a time (a printer
// prints one page at a time anyway); if no worker can start, pages are drawn here.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LayoutRenderer } from '@desk/printers';

interface Pending {
  resolve: (bytes: Buffer) => void;
  reject: (err: Error) => void;
}

/**
 * Where the worker's code is: `printing-worker.js` beside the server bundle
 * (server/build.mjs), or the TypeScript entry beside this file (tests, benches, tsx).
 */
function launch(): { url: URL; typescript: boolean } | undefined {
  const built = new URL('./printing-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { url: built, typescript: false };
  for (const rel of ['./render-worker-entry.ts', '../src/printing/render-worker-entry.ts']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return { url, typescript: true };
  }
  return undefined;
}

function start(where: { url: URL; typescript: boolean }): Worker {
  if (!where.typescript) return new Worker(where.url);
  // tsx's loader must be registered inside the worker before the TypeScript is imported
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(where.url.href)}); })`, { eval: true });
}

export class RenderWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private broken = false;

  /** The queue's renderer: on the worker when it runs, here otherwise. */
  readonly render: LayoutRenderer = (layout, options) => {
    const worker = this.ensure();
    // no worker here: draw on this thread (loading the drawing engine only now)
    if (!worker) return import('@desk/printers').then((lib) => lib.renderHere(layout, options));
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, layout, width: options.width, cut: options.cut });
    });
  };

  private ensure(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    const where = launch();
    if (!where) {
      this.broken = true;
      return undefined;
    }
    const worker = start(where);
    worker.unref();
    worker.on('message', (m: { id?: number; bytes?: Uint8Array; error?: string }) => {
      if (m.id === undefined) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) worker.unref();
      if (m.bytes) p.resolve(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
      else p.reject(new Error(m.error ?? 'drawing failed'));
    });
    const fail = (err: Error) => {
      console.error('printing worker stopped:', err.message);
      this.worker = undefined;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(new Error(`exit ${code}`)));
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
