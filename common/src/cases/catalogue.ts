// Reading a case catalogue: find a service's definition, a unit, a published
// version; check a catalogue is coherent before it is published; the receipt.
import type { Receipt } from './contract';
import type { CaseCatalogue, ServiceDefinition, Unit } from './definitions';
import type { Case } from './types';

export function serviceDefinition(catalogue: CaseCatalogue, serviceId: string): ServiceDefinition | undefined {
  return catalogue.services.find((s) => s.serviceId === serviceId);
}

export function unitOf(catalogue: CaseCatalogue, unitId: string): Unit | undefined {
  return catalogue.units.find((u) => u.id === unitId);
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

/**
 * What is wrong with a catalogue, in English for the admin log (empty = coherent):
 * every step's unit exists, every workflow ends with the desk's response step,
 * inquiry steps name a package inquiry, required documents have an upload slot.
 */
export function catalogueProblems(catalogue: CaseCatalogue): string[] {
  const problems: string[] = [];
  const units = new Set(catalogue.units.map((u) => u.id));
  if (!catalogue.units.some((u) => u.id === catalogue.defaultDeskUnitId && u.isDesk)) problems.push(`default desk ${catalogue.defaultDeskUnitId} is not a desk unit`);
  const seen = new Set<string>();
  for (const def of catalogue.services) {
    const where = `service ${def.serviceId}`;
    if (seen.has(def.serviceId)) problems.push(`${where}: defined twice`);
    seen.add(def.serviceId);
    if (def.package.serviceId !== def.serviceId || def.form.serviceId !== def.serviceId || def.workflow.serviceId !== def.serviceId) {
      problems.push(`${where}: package, form and workflow name different services`);
    }
    const steps = def.workflow.steps;
    if (steps.length === 0) problems.push(`${where}: empty workflow`);
    const stepIds = new Set<string>();
    steps.forEach((step, i) => {
      if (stepIds.has(step.id)) problems.push(`${where}: step id ${step.id} twice`);
      stepIds.add(step.id);
      if (!units.has(step.unitId)) problems.push(`${where}: step ${step.id} has unknown unit ${step.unitId}`);
      if (!(step.time.amount > 0)) problems.push(`${where}: step ${step.id} has no agreed time`);
      if (step.time.unit === 'workingDays' && !Number.isInteger(step.time.amount)) problems.push(`${where}: step ${step.id} counts part of a working day`);
      if ((step.kind === 'response') !== (i === steps.length - 1)) problems.push(`${where}: the response step must be last and only last`);
      if (step.kind === 'inquiry' && !def.package.inquiries.some((q) => q.id === step.inquiryId)) {
        problems.push(`${where}: step ${step.id} names no inquiry of the package`);
      }
    });
    const last = steps[steps.length - 1];
    if (last && !catalogue.units.find((u) => u.id === last.unitId)?.isDesk) problems.push(`${where}: the response is not handed at a desk`);
    if (!units.has(def.package.responsible.unitId)) problems.push(`${where}: responsible unit ${def.package.responsible.unitId} unknown`);
    const fieldIds = new Set<string>();
    for (const f of def.form.fields) {
      if (fieldIds.has(f.id)) problems.push(`${where}: field ${f.id} twice`);
      fieldIds.add(f.id);
    }
    for (const d of def.package.documents) {
      const slot = def.form.fields.find((f) => f.id === d.formFieldId);
      if (d.required && (!slot || slot.kind !== 'document' || !slot.required)) problems.push(`${where}: required document ${d.id} has no required upload slot`);
    }
  }
  return problems;
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
