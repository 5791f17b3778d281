// What a report knows besides the journal: the office's configuration as stored now
// (office.json: names of services, departments, counters, staff). Only names are taken;
// password hashes and device tokens never leave this function.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredConfig } from '../storage/store';
import type { CatalogSeed } from './catalog';

export async function loadCatalogSeed(dataDir: string, extra: Omit<CatalogSeed, 'config'> = {}): Promise<CatalogSeed> {
  let stored: Partial<StoredConfig> | null = null;
  try {
    stored = JSON.parse(await readFile(join(dataDir, 'office.json'), 'utf8')) as Partial<StoredConfig> | null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (!stored) return { ...extra };
  return {
    ...extra,
    config: {
      ...(stored.office ? { office: stored.office } : {}),
      departments: stored.departments ?? [],
      services: stored.services ?? [],
      counters: stored.counters ?? [],
      staff: (stored.staff ?? []).map((s) => ({ id: s.id, displayName: s.displayName })),
    },
  };
}
