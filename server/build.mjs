// Bundle the office server into one ES module (server/dist/main.js) so production runs
// plain JavaScript: no TypeScript loader in the process (about 45 MB less resident
// memory than `node --import tsx`) and a faster start. Our own workspaces (@desk/*)
// are bundled; npm packages stay external and load from node_modules as usual.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      // The printing library is loaded on demand (server/src/printing/service.ts): a
      // bundled dynamic import would still hoist its native drawing engine to the top
      // of main.js, so it is a bundle of its own that main.js imports when needed.
      name: 'printers-on-demand',
      setup(b) {
        b.onResolve({ filter: /^@desk\/printers$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './printers.js', external: true } : undefined));
      },
    },
    {
      name: 'npm-packages-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@desk/') ? undefined : { path: args.path, external: true }));
      },
    },
  ],
};

await Promise.all([
  build({ ...common, entryPoints: [`${here}src/main.ts`], outfile: `${here}dist/main.js` }),
  // reports run on a worker thread of their own (server/src/reports/pool.ts looks for this file)
  build({ ...common, entryPoints: [`${here}src/reports/worker-entry.ts`], outfile: `${here}dist/reports-worker.js` }),
  // the case snapshot is built on a worker thread too (server/src/edesk/snapshot.ts looks for this file)
  build({ ...common, entryPoints: [`${here}src/edesk/snapshot-worker.ts`], outfile: `${here}dist/case-snapshot-worker.js` }),
  build({ ...common, entryPoints: [`${here}../printers/src/index.ts`], outfile: `${here}dist/printers.js` }),
  // tickets and receipts are drawn on a worker thread (server/src/printing/render-worker.ts)
  build({ ...common, entryPoints: [`${here}src/printing/render-worker-entry.ts`], outfile: `${here}dist/printing-worker.js` }),
]);
