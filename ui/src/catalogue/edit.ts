// Pure changes to a catalogue as the editor makes them: replace one service, move or
// remove an item of a list, new ids that are not taken, a field of another kind.
import type { CaseCatalogue, FormField, FormFieldKind, ServiceDefinition, WorkflowStep } from '@desk/common';

export function updateService(c: CaseCatalogue, serviceId: string, change: (def: ServiceDefinition) => ServiceDefinition): CaseCatalogue {
  return { ...c, services: c.services.map((s) => (s.serviceId === serviceId ? change(s) : s)) };
}

export function setAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((x, i) => (i === index ? value : x));
}

export function patchAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((x, i) => (i === index ? { ...x, ...patch } : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** `prefix-1`, `prefix-2`… the first not in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** A field of another kind, keeping what every field has (id, label, hint, required). */
export function withKind(field: FormField, kind: FormFieldKind): FormField {
  const { id, label, labelEn, hint, hintEn, required } = field;
  const base = { id, label, required, ...(labelEn ? { labelEn } : {}), ...(hint ? { hint } : {}), ...(hintEn ? { hintEn } : {}) };
  switch (kind) {
    case 'text':
    case 'textarea':
      return { ...base, kind, maxLength: kind === 'text' ? 200 : 3000 };
    case 'number':
      return { ...base, kind, min: 0 };
    case 'date':
      return { ...base, kind };
    case 'select':
      return { ...base, kind, options: [{ value: 'option-1', label: 'گزینهٔ ۱' }] };
    case 'document':
      return { ...base, kind, accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeKb: 5120, maxFiles: 1 };
    default:
      return { ...base, kind };
  }
}

export function newField(taken: Iterable<string>): FormField {
  return { id: freshId('field', taken), kind: 'text', label: '', required: true, maxLength: 200 };
}

export function newStep(taken: Iterable<string>, unitId: string): WorkflowStep {
  return { id: freshId('step', taken), kind: 'review', title: '', unitId, time: { amount: 1, unit: 'workingDays' } };
}

/** A new service: one review step and the desk's response, an empty form. */
export function newService(serviceId: string, c: CaseCatalogue): ServiceDefinition {
  const desk = c.defaultDeskUnitId;
  return {
    serviceId,
    name: '',
    package: {
      serviceId,
      summary: '',
      audience: '',
      places: [{ kind: 'web', url: `/services/${serviceId}` }],
      documents: [],
      meanDuration: { amount: 5, unit: 'workingDays' },
      inquiries: [],
      fees: [],
      inPersonVisits: 0,
      responsible: { title: '', phone: '', unitId: desk },
      legalBasis: [],
    },
    form: { serviceId, fields: [] },
    workflow: {
      serviceId,
      steps: [
        { id: 'review', kind: 'review', title: 'بررسی درخواست', unitId: desk, time: { amount: 3, unit: 'workingDays' } },
        { id: 'response', kind: 'response', title: 'ابلاغ پاسخ به متقاضی در میز خدمت', unitId: desk, time: { amount: 4, unit: 'workingHours' } },
      ],
    },
  };
}

/** The object with `key` set, or without it when the value is empty. */
export function withOptional<T extends object, K extends keyof T>(o: T, key: K, value: string): T {
  const next = { ...o };
  if (value.trim() === '') delete next[key];
  else (next as Record<K, unknown>)[key] = value;
  return next;
}
