// Starting a worker thread whatever runs the server: the bundle (`npm start`: a
// `<name>.js` built beside server/dist/main.js by server/build.mjs), or the TypeScript
// (tests, benches, `node --import tsx`), where the worker registers tsx itself before
// importing its entry. A worker started from the server bundle itself would start a
// second server, hence a bundle of its own per worker.
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export interface WorkerLaunch {
  url: URL;
  typescript: boolean;
}

/**
 * Where the worker is, relative to the calling module (`import.meta.url`): the built
 * file first, then the TypeScript entries; undefined when there is neither.
 */
export function findWorker(from: string, built: string, sources: readonly string[]): WorkerLaunch | undefined {
  const js = new URL(built, from);
  if (existsSync(fileURLToPath(js))) return { url: js, typescript: false };
  for (const rel of sources) {
    const url = new URL(rel, from);
    if (existsSync(fileURLToPath(url))) return { url, typescript: true };
  }
  return undefined;
}

/** The ES module entry of tsx's API (require.resolve finds its CommonJS twin beside it). */
function tsxEsmApi(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

/** Start it; a TypeScript entry that cannot load posts `{type: 'broken', message}`. */
export function startWorker(launch: WorkerLaunch, options: WorkerOptions = {}): Worker {
  if (!launch.typescript) return new Worker(launch.url, options);
  // tsx's loader hooks must be registered inside the worker before the TypeScript is imported
  const source = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(launch.url.href)}); })
    .catch((err) => { require('node:worker_threads').parentPort.postMessage({ type: 'broken', message: String(err && err.stack || err) }); });`;
  return new Worker(source, { ...options, eval: true });
}

/**
 * Called inside a worker: on Linux a thread's nice value is its own, so the worker yields
 * the CPU to the server's thread (kiosks, counters) when both want it, and still runs at
 * full speed otherwise. Elsewhere setpriority would lower the whole server process, so it
 * is left alone.
 */
export function yieldToServerThread(nice = 10): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(nice);
  } catch {
    /* not allowed: run at normal priority */
  }
}
