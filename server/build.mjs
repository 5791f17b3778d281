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
]);
