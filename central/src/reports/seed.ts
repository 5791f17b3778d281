// What a report at central knows besides the events, office by office: the office's
// configuration as its newest config.changed carried it (services, departments,
// counters: the names the office itself reports with; staff names come from the
// counter.opened events as the report reads them), and the e-desk's units and step
// titles from its agency's published catalogue versions, where central keeps them.
import type { CaseCatalogue, PublicConfig } from '@desk/common';
import type { Pool } from '../db/pool';
import type { CatalogSeed } from '../../../server/src/reports/catalog';
import { caseNames } from '../../../server/src/reports/seed';
import type { OfficeInfo } from '../registry';

async function tableExists(pool: Pool, name: string): Promise<boolean> {
  const { rows } = await pool.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name]);
  return rows[0]?.t != null;
}

/** Each office's seed, by office id. */
export async function loadSeeds(pool: Pool, offices: readonly OfficeInfo[]): Promise<Map<string, CatalogSeed>> {
  const { rows } = await pool.query<{ office_id: string; config: Partial<PublicConfig> }>('SELECT office_id, config FROM office_configs WHERE office_id = ANY($1::text[])', [
    offices.map((o) => o.id),
  ]);
  const configs = new Map(rows.map((r) => [r.office_id, r.config]));

  const byAgency = new Map<string, CaseCatalogue[]>();
  if (await tableExists(pool, 'agency_catalogues')) {
    const versions = await pool.query<{ agency: string; catalogue: CaseCatalogue }>(
      'SELECT agency, catalogue FROM agency_catalogues WHERE agency = ANY($1::text[]) ORDER BY agency, version DESC',
      [[...new Set(offices.map((o) => o.agency))]],
    );
    for (const v of versions.rows) byAgency.set(v.agency, [...(byAgency.get(v.agency) ?? []), v.catalogue]);
  }

  const seeds = new Map<string, CatalogSeed>();
  for (const office of offices) {
    const config = configs.get(office.id);
    const seed: CatalogSeed = caseNames(byAgency.get(office.agency) ?? []);
    if (config) {
      seed.config = {
        ...(config.office ? { office: config.office } : {}),
        departments: config.departments ?? [],
        services: config.services ?? [],
        counters: config.counters ?? [],
      };
    }
    seeds.set(office.id, seed);
  }
  return seeds;
}
