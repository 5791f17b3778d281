// Where the catalogue lives in an office's data folder (`<dataDir>/cases/`):
//
//   catalogue-v<N>.json     a published version: written once (temp → fsync → rename), never changed
//   catalogue-draft.json    the admin's draft, until it is published or dropped
//   catalogue-central.json  the newest version of the agency's central catalogue received
//   catalogue-local.json    the office's local details (LOCAL_PATHS), kept across central versions
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseCatalogue } from '@desk/common';
import { fsyncDir, writeFileDurable } from '../storage/durable-file';

const VERSION_FILE = /^catalogue-v(\d+)\.json$/;

export const versionFile = (dir: string, version: number) => join(dir, `catalogue-v${version}.json`);
export const draftFile = (dir: string) => join(dir, 'catalogue-draft.json');
export const centralFile = (dir: string) => join(dir, 'catalogue-central.json');
export const localFile = (dir: string) => join(dir, 'catalogue-local.json');

/** Every published version in the folder. */
export async function readVersions(dir: string): Promise<CaseCatalogue[]> {
  const names = (await readdir(dir)).filter((n) => VERSION_FILE.test(n));
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as CaseCatalogue));
}

/** Publish a version: refused (an exception: a bug) if that version's file already exists. */
export async function writeVersion(dir: string, catalogue: CaseCatalogue): Promise<void> {
  const path = versionFile(dir, catalogue.version);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new Error(`catalogue version ${catalogue.version} is already published`);
  await writeFileDurable(path, JSON.stringify(catalogue));
}

export async function readJsonFile<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export function writeJsonFile(path: string, value: unknown): Promise<void> {
  return writeFileDurable(path, JSON.stringify(value, null, 1));
}

export async function removeFile(path: string, dir: string): Promise<void> {
  try {
    await unlink(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  await fsyncDir(dir);
}
