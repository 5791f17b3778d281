// Reading a case catalogue: find a service's definition, a unit, a published
// version; the receipt. What must hold before publishing is in catalogue-rules.ts.
import type { Receipt } from './contract';
import type { CaseCatalogue, CentralOrigin, ServiceDefinition, Unit } from './definitions';
import type { Case } from './types';
import { catalogueIssues } from './catalogue-rules';

export function serviceDefinition(catalogue: CaseCatalogue, serviceId: string): ServiceDefinition | undefined {
  return catalogue.services.find((s) => s.serviceId === serviceId);
}

export function unitOf(catalogue: CaseCatalogue, unitId: string): Unit | undefined {
  return catalogue.units.find((u) => u.id === unitId);
}

/** One published version as the admin's history lists it. */
export interface CatalogueVersionInfo {
  version: number;
  publishedAt?: string;
  publishedBy?: string;
  /** The agency's central version it was built from. */
  central?: CentralOrigin;
  services?: number;
}

/** The published versions the engine may read: the newest for new cases, the case's own for the rest. */
export interface CatalogueLookup {
  current: CaseCatalogue;
  byVersion(version: number): CaseCatalogue | undefined;
}

export function catalogueLookup(catalogues: readonly CaseCatalogue[]): CatalogueLookup {
  if (catalogues.length === 0) throw new RangeError('no case catalogue');
  const byVersion = new Map(catalogues.map((c) => [c.version, c]));
  const current = [...byVersion.values()].reduce((a, b) => (b.version > a.version ? b : a));
  return { current, byVersion: (version) => byVersion.get(version) };
}

/** What is wrong with a catalogue, in English for the admin log (empty = coherent); see catalogueIssues. */
export function catalogueProblems(catalogue: CaseCatalogue): string[] {
  return catalogueIssues(catalogue).map((i) => i.messageEn);
}

/** Table 3, the receipt: everything the client needs to follow the request. */
export function receiptOf(c: Case, def: ServiceDefinition): Receipt {
  const r = def.package.responsible;
  return {
    trackingCode: c.trackingCode,
    serviceId: c.serviceId,
    catalogueVersion: c.catalogueVersion,
    clientName: c.client.name,
    nationalId: c.client.nationalId,
    acceptedAt: c.acceptedAt,
    promisedResponseAt: c.promisedResponseAt,
    channel: c.channel,
    deskUnitId: c.deskUnitId,
    documents: c.documents.map((d) => d.name),
    steps: def.workflow.steps.map((s) => ({ title: s.title, unitId: s.unitId })),
    responsible: { title: r.title, phone: r.phone, ...(r.email ? { email: r.email } : {}) },
  };
}
