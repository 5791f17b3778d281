// Names and places for a report: what the office is configured with now (office.json)
// and what the journal says it was (config.changed, the clerk's name when a counter was
// opened), so a renamed or deleted service still has a name in last year's report.
// Today's names win over history. Also: which tickets and cases a place filter keeps.
import type { PublicConfig, Unit } from '@desk/common';
import { toPersianDigits } from '@desk/common';
import type { PlaceFilter } from '../../../common/src/reports/types';
import type { JournalLine } from './line';

interface Named {
  name: string;
  nameEn?: string;
}

/** What the caller may know beyond the journal: the configuration, staff names, the e-desk's units. */
export interface CatalogSeed {
  config?: Partial<Pick<PublicConfig, 'office' | 'departments' | 'services' | 'counters'>> & { staff?: { id: string; displayName: string }[] };
  /** The e-desk's units (headquarters / operational), from the case catalogue. */
  units?: Unit[];
  /** Step titles of the case catalogue: `${serviceId}/${stepId}` → title. */
  stepTitles?: Record<string, string>;
}

export class Catalog {
  readonly services = new Map<string, Named & { departmentId: string }>();
  readonly departments = new Map<string, Named>();
  readonly counters = new Map<string, { number: number; name?: string }>();
  readonly clerks = new Map<string, string>();
  readonly units = new Map<string, Unit>();
  readonly stepTitles = new Map<string, string>();
  office?: { id: string; name: string };

  constructor(seed: CatalogSeed = {}) {
    if (seed.config) this.learnConfig(seed.config);
    for (const s of seed.config?.staff ?? []) this.clerks.set(s.id, s.displayName);
    for (const u of seed.units ?? []) this.units.set(u.id, u);
    for (const [k, v] of Object.entries(seed.stepTitles ?? {})) this.stepTitles.set(k, v);
  }

  /** Event types that carry names. */
  static readonly TYPES = new Set(['config.changed', 'counter.opened']);

  /** Fill in what is not known yet from a journal line (config.changed, counter.opened). */
  learn(line: JournalLine): void {
    if (line.type === 'config.changed') {
      const config = line.record().config;
      if (config) this.learnConfig(config);
    } else if (line.type === 'counter.opened') {
      const c = line.record().counter;
      if (c?.clerkId && c.clerkName && !this.clerks.has(c.clerkId)) this.clerks.set(c.clerkId, c.clerkName);
    }
  }

  private learnConfig(config: NonNullable<CatalogSeed['config']>): void {
    if (config.office && !this.office) this.office = { id: config.office.id, name: config.office.name };
    for (const d of config.departments ?? []) if (!this.departments.has(d.id)) this.departments.set(d.id, { name: d.name, nameEn: d.nameEn });
    for (const s of config.services ?? []) {
      if (!this.services.has(s.id)) this.services.set(s.id, { name: s.name, nameEn: s.nameEn, departmentId: s.departmentId });
    }
    for (const c of config.counters ?? []) if (!this.counters.has(c.id)) this.counters.set(c.id, { number: c.number, name: c.name });
  }

  serviceName(id: string): string {
    return this.services.get(id)?.name ?? id;
  }

  departmentOf(serviceId: string): string | undefined {
    return this.services.get(serviceId)?.departmentId;
  }

  departmentName(id: string): string {
    return this.departments.get(id)?.name ?? id;
  }

  counterName(id: string): string {
    const c = this.counters.get(id);
    if (!c) return id;
    const label = `باجهٔ ${toPersianDigits(c.number)}`;
    return c.name ? `${label} (${c.name})` : label;
  }

  counterNumber(id: string): number | null {
    return this.counters.get(id)?.number ?? null;
  }

  clerkName(id: string): string {
    return this.clerks.get(id) ?? id;
  }

  unitName(id: string): string {
    return this.units.get(id)?.name ?? id;
  }

  stepTitle(serviceId: string, stepId: string): string {
    return this.stepTitles.get(`${serviceId}/${stepId}`) ?? stepId;
  }

  /** The level (headquarters / operational) of the unit a queue department belongs to. */
  levelOfDepartment(departmentId: string | undefined): Unit['level'] | undefined {
    if (!departmentId) return undefined;
    for (const u of this.units.values()) if (u.departmentId === departmentId) return u.level;
    return undefined;
  }
}

/** The place as a heading: «کل اداره», «ستاد», «باجهٔ ۳»… */
export function placeLabel(place: PlaceFilter, catalog: Catalog): { label: string; labelEn: string } {
  switch (place.kind) {
    case 'office':
      return { label: catalog.office?.name ? `کل اداره (${catalog.office.name})` : 'کل اداره', labelEn: 'The whole office' };
    case 'level':
      return place.level === 'headquarters' ? { label: 'ستاد', labelEn: 'Headquarters' } : { label: 'واحدهای عملیاتی', labelEn: 'Operational units' };
    case 'unit':
      return { label: `واحد ${catalog.unitName(place.unitId)}`, labelEn: `Unit ${place.unitId}` };
    case 'department':
      return { label: catalog.departmentName(place.departmentId), labelEn: `Department ${place.departmentId}` };
    case 'counter':
      return { label: catalog.counterName(place.counterId), labelEn: `Counter ${catalog.counterNumber(place.counterId) ?? place.counterId}` };
    case 'clerk':
      return { label: `کارمند: ${catalog.clerkName(place.clerkId)}`, labelEn: `Clerk ${place.clerkId}` };
    case 'service':
      return { label: `خدمت: ${catalog.serviceName(place.serviceId)}`, labelEn: `Service ${place.serviceId}` };
  }
}
