import { describe, it, expect } from 'vitest';
import {
  CaseCommandSchema,
  catalogueLookup,
  catalogueProblems,
  createTrackingCode,
  officeCalendar,
  serviceDefinition,
  type DocumentRef,
  type FormField,
} from '@desk/common';
import { handleCaseCommand } from '../src/cases/engine';
import { emptyCaseState } from '../src/cases/state';
import { demoHours, demoServices, demoDepartments } from '../src/catalogue/demo';
import { demoCaseCatalogue, demoUnitMembers } from '../src/catalogue/packages/index';

function fileRef(id: string, slotId: string, contentType: string): DocumentRef {
  return { id, slotId, name: `${id}.pdf`, contentType, size: 20_000, sha256: 'b'.repeat(64) };
}

const PATTERNED = ['10:30', `IR${'1'.repeat(24)}`, '12345678901'];

/** A value every field of a demo form accepts (as a careful client would type it). */
function validValue(field: FormField): string | undefined {
  switch (field.kind) {
    case 'text':
      if (field.pattern) return PATTERNED.find((v) => new RegExp(field.pattern!, 'u').test(v));
      return 'مقدار نمونه';
    case 'textarea':
      return 'شرح نمونه برای آزمون، به اندازهٔ کافی بلند تا از سی نویسه بگذرد.';
    case 'number':
      return String(Math.min(field.max ?? Number.MAX_SAFE_INTEGER, Math.max(field.min ?? 1, 1, field.min ?? 0)));
    case 'date':
      return field.min === 'today' ? '1405/10/01' : '1405/01/15';
    case 'select':
      return field.options[0]!.value;
    case 'nationalId':
      return '0499370899';
    case 'companyId':
      return '10380284790';
    case 'mobile':
      return '09121234567';
    case 'email':
      return 'client@example.ir';
    case 'postalCode':
      return '1345678901';
    case 'document':
      return undefined;
  }
}

function validSubmission(fields: FormField[]): { values: Record<string, string>; documents: DocumentRef[] } {
  const values: Record<string, string> = {};
  const documents: DocumentRef[] = [];
  for (const f of fields) {
    if (f.kind === 'document') {
      if (f.required) documents.push(fileRef(`file-${f.id}`, f.id, f.accept[0]!));
      continue;
    }
    const v = validValue(f);
    if (v !== undefined) values[f.id] = v;
  }
  return { values, documents };
}

const services = demoServices();
const units = new Map(demoCaseCatalogue.units.map((u) => [u.id, u]));

describe('the demo e-desk catalogue (seed 002)', () => {
  it('defines every one of the 38 services, and nothing else', () => {
    expect(services).toHaveLength(38);
    expect(demoCaseCatalogue.version).toBe(1);
    expect(demoCaseCatalogue.services.map((s) => s.serviceId).sort()).toEqual(services.map((s) => s.id).sort());
  });

  it('is coherent: units exist, responses are handed at a desk, inquiry steps name a package inquiry, required documents can be uploaded', () => {
    expect(catalogueProblems(demoCaseCatalogue)).toEqual([]);
  });

  it.each(services.map((s) => [s.id, s.name] as const))('%s %s has a package, a form and a workflow of 2–5 steps in existing units', (id) => {
    const def = serviceDefinition(demoCaseCatalogue, id)!;
    expect(def).toBeDefined();
    const steps = def.workflow.steps;
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.length).toBeLessThanOrEqual(5);
    for (const step of steps) {
      expect(units.has(step.unitId), `${step.id} unit ${step.unitId}`).toBe(true);
      expect(step.time.amount).toBeGreaterThan(0);
    }
    expect(steps[steps.length - 1]!.kind).toBe('response');
    expect(units.get(steps[steps.length - 1]!.unitId)?.isDesk).toBe(true);
    const pkg = def.package;
    expect(pkg.summary.length).toBeGreaterThan(20);
    expect(pkg.places.some((p) => p.kind === 'inPerson')).toBe(true);
    expect(pkg.places.some((p) => p.kind === 'web')).toBe(true);
    expect(pkg.legalBasis.length).toBeGreaterThan(0);
    expect(units.has(pkg.responsible.unitId)).toBe(true);
    expect(pkg.meanDuration.amount).toBeGreaterThan(0);
    for (const q of pkg.inquiries) expect(q.agency.length).toBeGreaterThan(3);
    expect(def.form.fields.length).toBeGreaterThan(0);
    for (const f of def.form.fields) expect(f.label.length).toBeGreaterThan(1);
  });

  it('units belong to the departments of the queue, and the district offices are operational units with a desk', () => {
    const departments = new Set(demoDepartments().map((d) => d.id));
    for (const u of demoCaseCatalogue.units) if (u.departmentId) expect(departments.has(u.departmentId)).toBe(true);
    for (const d of departments) expect(demoCaseCatalogue.units.some((u) => u.departmentId === d)).toBe(true);
    const operational = demoCaseCatalogue.units.filter((u) => u.level === 'operational');
    expect(operational.length).toBeGreaterThan(0);
    expect(operational.every((u) => u.isDesk)).toBe(true);
    for (const ids of Object.values(demoUnitMembers)) for (const id of ids) expect(units.has(id)).toBe(true);
  });

  it('real governorate inquiries are there: civil registry, police, social security, tax', () => {
    const agencies = new Set(demoCaseCatalogue.services.flatMap((s) => s.package.inquiries.map((q) => q.agency)));
    for (const name of ['ثبت احوال', 'انتظامی', 'تأمین اجتماعی', 'مالیاتی']) expect([...agencies].some((a) => a.includes(name)), name).toBe(true);
  });

  it('every form can be filled in and submitted, and the first step lands in its unit', () => {
    const state = emptyCaseState();
    const lookup = catalogueLookup([demoCaseCatalogue]);
    const calendar = officeCalendar(demoHours);
    let n = 0;
    for (const def of demoCaseCatalogue.services) {
      const { values, documents } = validSubmission(def.form.fields);
      const command = CaseCommandSchema.parse({
        type: 'case.submit',
        commandId: `cmd-${def.serviceId}-0000`,
        serviceId: def.serviceId,
        client: { nationalId: '0499370899', name: 'علی رضایی', mobile: '09121234567' },
        values,
        documents,
      });
      const d = handleCaseCommand(state, command, {
        now: '2026-11-23T06:30:00.000Z',
        newId: () => `id-${++n}`,
        newTrackingCode: () => createTrackingCode(),
        actor: { kind: 'client', via: 'web', nationalId: '0499370899' },
        catalogues: lookup,
        calendar,
      });
      expect(d.ok ? 'ok' : `${d.error.code}: ${d.error.message}`, def.serviceId).toBe('ok');
      if (!d.ok) continue;
      const c = d.events[0]!.case;
      expect(c.steps[0]!.unitId).toBe(def.workflow.steps[0]!.unitId);
      expect(Date.parse(c.promisedResponseAt)).toBeGreaterThan(Date.parse(c.acceptedAt));
    }
    expect(state.cases.size).toBe(38);
  });
});
