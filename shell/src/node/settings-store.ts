// The settings file on disk: read it, and replace it atomically so a power cut
// mid-write leaves either the old file or the new one, never half of each.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseSettingsFile, serializeSettings, SETTINGS_FILE_NAME, type Settings } from '../common/settings';

export type LoadedSettings =
  | { state: 'missing' }
  | { state: 'ok'; settings: Settings; problems: string[] };

export interface SettingsStore {
  readonly file: string;
  load(): Promise<LoadedSettings>;
  save(settings: Settings): Promise<void>;
}

/** `dir` is `app.getPath('userData')` in the shell, a temp folder in tests. */
export function createSettingsStore(dir: string): SettingsStore {
  const file = path.join(dir, SETTINGS_FILE_NAME);

  async function load(): Promise<LoadedSettings> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
      throw error;
    }
    return { state: 'ok', ...parseSettingsFile(text) };
  }

  async function save(settings: Settings): Promise<void> {
    const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'w', 0o600);
      try {
        await handle.writeFile(serializeSettings(settings), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(dir);
  }

  return { file, load, save };
}

/** Makes the rename itself durable. Windows cannot open a folder for syncing; there the rename is as good as it gets. */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR / EPERM on Windows: nothing more to do.
  } finally {
    await handle?.close();
  }
}
