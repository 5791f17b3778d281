// Appending JSON lines so that a line is on disk when the append resolves:
// write + fdatasync, and fsync the folder when the file is new. Appends to one file
// are serialised, so lines never interleave.
import { mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDir } from '../storage/durable-file';

const chains = new Map<string, Promise<unknown>>();

async function appendNow(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const existed = await stat(path).then(
    () => true,
    () => false,
  );
  const handle = await open(path, 'a', 0o600);
  try {
    await handle.write(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (!existed) await fsyncDir(dir);
}

export function appendJsonLines(path: string, records: unknown[]): Promise<void> {
  const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
  const next = (chains.get(path) ?? Promise.resolve()).then(() => appendNow(path, text));
  const settled = next.catch(() => undefined);
  chains.set(path, settled);
  void settled.then(() => {
    if (chains.get(path) === settled) chains.delete(path);
  });
  return next;
}
