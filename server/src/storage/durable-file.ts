// Writing files so that what we acknowledged survives a crash or power cut:
// temp file → fsync → rename → fsync the directory. lowdb does not do this itself.
import { open, rename, mkdir, readFile, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Adapter } from 'lowdb';

export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileDurable(path: string, data: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  await rename(tmp, path);
  await fsyncDir(dir);
}

/** A lowdb adapter whose writes are on disk when they resolve (unlike JSONFile, and never in memory under NODE_ENV=test). */
export class DurableJSONFile<T> implements Adapter<T> {
  private chain: Promise<unknown> = Promise.resolve();
  constructor(private readonly path: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  /** Writes are serialised so an older state never overwrites a newer one. */
  write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, 1);
    const next = this.chain.then(() => writeFileDurable(this.path, text));
    this.chain = next.catch(() => undefined);
    return next;
  }
}
