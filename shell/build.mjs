// Bundles the shells into dist/: main entries and preload as CommonJS for
// Electron, the local pages' scripts for the browser, plus the pages and font.
//
// The kiosk prints through @desk/printers (bundled into the main entries). Its
// native parts are loaded from node_modules at run time, never bundled:
// @napi-rs/canvas (Skia) and serialport with its @serialport/* bindings; the
// Vazirmatn TTFs are found through require.resolve('vazirmatn/package.json').
// A packaged app must ship those packages unpacked (README: "Packaging").
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// `--out=<dir>` builds elsewhere (the page tests build into a temp folder).
const outArg = process.argv.find((a) => a.startsWith('--out='));
const dist = outArg ? path.resolve(outArg.slice('--out='.length)) : path.join(here, 'dist');
const pkg = JSON.parse(await readFile(path.join(here, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('vazirmatn/package.json')), 'fonts', 'webfonts');
const fontLicense = path.join(path.dirname(require.resolve('vazirmatn/package.json')), 'OFL.txt');

/** Loaded by Electron's Node from node_modules (native code, or files read by native code). */
const NATIVE_EXTERNALS = ['@napi-rs/canvas', 'serialport', '@serialport/*'];

await rm(dist, { recursive: true, force: true });

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  outExtension: { '.js': '.cjs' },
  define: { __DESK_SHELL_VERSION__: JSON.stringify(pkg.version) },
};

const [, preload] = await Promise.all([
  build({
    ...node,
    entryPoints: ['kiosk', 'counter', 'display'].map((kind) => path.join(here, 'src/main', `${kind}.ts`)),
    outdir: path.join(dist, 'main'),
    external: [...node.external, ...NATIVE_EXTERNALS],
    // The printers package finds its fonts from import.meta.url, which CommonJS lacks.
    banner: { js: "const __deskImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...node.define, 'import.meta.url': '__deskImportMetaUrl' },
  }),
  // Sandboxed preloads may require only 'electron' and a few built-ins: everything else is bundled in.
  build({ ...node, entryPoints: [path.join(here, 'src/preload/index.ts')], outdir: path.join(dist, 'preload'), metafile: true }),
  build({
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    sourcemap: true,
    logLevel: 'warning',
    entryPoints: ['settings', 'offline'].map((page) => path.join(here, 'src/pages', `${page}.ts`)),
    outdir: path.join(dist, 'pages'),
  }),
]);

// The preload runs in every page: the printing code (and Skia) must never end up in it.
const printingInPreload = Object.keys(preload.metafile.inputs).filter((file) => /(^|\/)printers\/src\/|@napi-rs|serialport/.test(file));
if (printingInPreload.length > 0) throw new Error(`the preload bundles printing code: ${printingInPreload.join(', ')}`);

const pagesOut = path.join(dist, 'pages');
await mkdir(path.join(pagesOut, 'fonts'), { recursive: true });
await Promise.all([
  ...['settings.html', 'offline.html', 'pages.css'].map((file) =>
    copyFile(path.join(here, 'src/pages', file), path.join(pagesOut, file)),
  ),
  copyFile(path.join(fontDir, 'Vazirmatn[wght].woff2'), path.join(pagesOut, 'fonts', 'Vazirmatn-Variable.woff2')),
  copyFile(fontLicense, path.join(pagesOut, 'fonts', 'OFL.txt')),
]);

console.log(`shell ${pkg.version} built in ${path.relative(process.cwd(), dist) || dist}`);
