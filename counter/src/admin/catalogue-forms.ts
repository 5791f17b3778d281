// Validation of the catalogue forms (services, departments, counters) before
// they are sent. The server checks again; this gives the admin the reason at once.
import { normalizePersianText, type Counter, type Department, type Service } from '@desk/common';
import { letterClip } from '@desk/common/voice';
import { checked, type Checked, type Problems } from '../problems';
import { nameField, sameName, take, wholeBetween } from './fields';

/** Ticket numbers are spoken by the board up to 999. */
export const TICKET_NUMBER_MAX = 999;
export const WEIGHT_MAX = 10;
export const COUNTER_NUMBER_MAX = 99;
const NAME_EN_MAX = 300;
const COUNTER_NAME_MAX = 100;

export interface ServiceDraft {
  id?: string;
  name: string;
  nameEn: string;
  departmentId: string;
  prefix: string;
  rangeStart: string;
  rangeEnd: string;
  weight: string;
  allowsPriority: boolean;
  active: boolean;
}
export type ServiceInput = Omit<Service, 'id'>;
export type ServiceField = 'name' | 'nameEn' | 'departmentId' | 'prefix' | 'rangeStart' | 'rangeEnd' | 'weight';

export function serviceDraft(s?: Service): ServiceDraft {
  return {
    id: s?.id,
    name: s?.name ?? '',
    nameEn: s?.nameEn ?? '',
    departmentId: s?.departmentId ?? '',
    prefix: s?.prefix ?? '',
    rangeStart: String(s?.rangeStart ?? 1),
    rangeEnd: String(s?.rangeEnd ?? TICKET_NUMBER_MAX),
    weight: String(s?.weight ?? 1),
    allowsPriority: s?.allowsPriority ?? true,
    active: s?.active ?? true,
  };
}

export function checkService(
  d: ServiceDraft,
  ctx: { services: readonly Service[]; departments: readonly Department[] },
): Checked<ServiceInput, ServiceField> {
  const problems: Problems<ServiceField> = {};
  const name = take(problems, 'name', nameField(d.name));
  const nameEn = d.nameEn.trim();
  if (nameEn.length > NAME_EN_MAX) problems.nameEn = { key: 'form.tooLong', params: { max: NAME_EN_MAX } };
  if (!ctx.departments.some((dep) => dep.id === d.departmentId)) problems.departmentId = { key: 'form.chooseDepartment' };
  const prefix = normalizePersianText(d.prefix);
  // the board speaks the letter: only letters it has a voice clip for («ب», «الف»…)
  if (prefix !== '' && letterClip(prefix) === null) problems.prefix = { key: 'form.prefixLetter' };
  const start = take(problems, 'rangeStart', wholeBetween(d.rangeStart, 1, TICKET_NUMBER_MAX));
  const end = take(problems, 'rangeEnd', wholeBetween(d.rangeEnd, 1, TICKET_NUMBER_MAX));
  if (start !== undefined && end !== undefined && end < start) problems.rangeEnd = { key: 'form.rangeOrder' };
  const weight = take(problems, 'weight', wholeBetween(d.weight, 1, WEIGHT_MAX));
  if (start !== undefined && end !== undefined && !problems.rangeEnd && !problems.prefix) {
    // two services with one letter and overlapping numbers would print the same ticket
    // (inactive ones too: they may be switched on again)
    const clash = ctx.services.find(
      (s) => s.id !== d.id && s.prefix === prefix && s.rangeStart <= end && start <= s.rangeEnd,
    );
    if (clash) problems.rangeStart = { key: 'form.rangeOverlap', params: { service: clash.name } };
  }
  return checked(problems, () => ({
    name: name!,
    ...(nameEn ? { nameEn } : {}),
    departmentId: d.departmentId,
    prefix,
    rangeStart: start!,
    rangeEnd: end!,
    weight: weight!,
    allowsPriority: d.allowsPriority,
    active: d.active,
  }));
}

export interface DepartmentDraft {
  id?: string;
  name: string;
  nameEn: string;
}
export type DepartmentInput = Omit<Department, 'id'>;

export function checkDepartment(
  d: DepartmentDraft,
  ctx: { departments: readonly Department[] },
): Checked<DepartmentInput, 'name' | 'nameEn'> {
  const problems: Problems<'name' | 'nameEn'> = {};
  const name = take(problems, 'name', nameField(d.name));
  if (name && ctx.departments.some((dep) => dep.id !== d.id && sameName(dep.name, name))) {
    problems.name = { key: 'form.duplicateName' };
  }
  const nameEn = d.nameEn.trim();
  if (nameEn.length > NAME_EN_MAX) problems.nameEn = { key: 'form.tooLong', params: { max: NAME_EN_MAX } };
  return checked(problems, () => ({ name: name!, ...(nameEn ? { nameEn } : {}) }));
}

export interface CounterDraft {
  id?: string;
  number: string;
  name: string;
  /** Only the services this counter serves, each with its weight as typed. */
  services: { serviceId: string; weight: string }[];
  active: boolean;
}
export type CounterInput = Omit<Counter, 'id'>;
export type CounterField = 'number' | 'name' | 'services';

export function counterDraft(c?: Counter): CounterDraft {
  return {
    id: c?.id,
    number: c ? String(c.number) : '',
    name: c?.name ?? '',
    services: (c?.services ?? []).map((s) => ({ serviceId: s.serviceId, weight: String(s.weight) })),
    active: c?.active ?? true,
  };
}

export function checkCounter(d: CounterDraft, ctx: { counters: readonly Counter[] }): Checked<CounterInput, CounterField> {
  const problems: Problems<CounterField> = {};
  const number = take(problems, 'number', wholeBetween(d.number, 1, COUNTER_NUMBER_MAX));
  if (number !== undefined && ctx.counters.some((c) => c.id !== d.id && c.number === number)) {
    problems.number = { key: 'form.duplicateCounter', params: { number } };
  }
  const name = normalizePersianText(d.name);
  if (name.length > COUNTER_NAME_MAX) problems.name = { key: 'form.tooLong', params: { max: COUNTER_NAME_MAX } };
  const weights = d.services.map((s) => take(problems, 'services', wholeBetween(s.weight, 1, WEIGHT_MAX)));
  // an active counter with no service would never call anyone
  if (d.services.length === 0 && d.active) problems.services = { key: 'form.noServices' };
  else if (problems.services) problems.services = { key: 'form.weightRange', params: { max: WEIGHT_MAX } };
  return checked(problems, () => ({
    number: number!,
    ...(name ? { name } : {}),
    services: d.services.map((s, i) => ({ serviceId: s.serviceId, weight: weights[i]! })),
    active: d.active,
  }));
}
