// What a report knows besides the journals: the office's configuration as stored now
// (office.json: names of services, departments, counters, staff) and the e-desk's
// published catalogues (cases/catalogue-v<N>.json: units with their level, step
// titles). Only names are taken: password hashes and device tokens stay where they are.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseCatalogue, Unit } from '@desk/common';
import type { StoredConfig } from '../storage/store';
import type { CatalogSeed } from './catalog';

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Units and step titles of catalogue versions given newest first: the newest version names a unit. */
export function caseNames(catalogues: Iterable<CaseCatalogue | undefined>): { units: Unit[]; stepTitles: Record<string, string> } {
  const units = new Map<string, Unit>();
  const stepTitles: Record<string, string> = {};
  for (const catalogue of catalogues) {
    for (const u of catalogue?.units ?? []) if (!units.has(u.id)) units.set(u.id, u);
    for (const s of catalogue?.services ?? []) {
      for (const step of s.workflow.steps) stepTitles[`${s.serviceId}/${step.id}`] ??= step.title;
    }
  }
  return { units: [...units.values()], stepTitles };
}

/** Units and step titles of every published catalogue of the office. */
async function loadCaseNames(dataDir: string): Promise<{ units: Unit[]; stepTitles: Record<string, string> }> {
  const dir = join(dataDir, 'cases');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^catalogue-v\d+\.json$/.test(n));
  const versions = names.sort((a, b) => Number(/\d+/.exec(b)![0]) - Number(/\d+/.exec(a)![0]));
  const catalogues: (CaseCatalogue | undefined)[] = [];
  for (const name of versions) catalogues.push(await readJson<CaseCatalogue>(join(dir, name)));
  return caseNames(catalogues);
}

export async function loadCatalogSeed(dataDir: string, extra: Omit<CatalogSeed, 'config'> = {}): Promise<CatalogSeed> {
  const stored = await readJson<Partial<StoredConfig> | null>(join(dataDir, 'office.json'));
  const cases = await loadCaseNames(dataDir);
  const seed: CatalogSeed = { units: extra.units ?? cases.units, stepTitles: { ...cases.stepTitles, ...extra.stepTitles } };
  if (stored) {
    seed.config = {
      ...(stored.office ? { office: stored.office } : {}),
      departments: stored.departments ?? [],
      services: stored.services ?? [],
      counters: stored.counters ?? [],
      staff: (stored.staff ?? []).map((s) => ({ id: s.id, displayName: s.displayName })),
    };
  }
  return seed;
}
