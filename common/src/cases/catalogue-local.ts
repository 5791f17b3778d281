// An agency publishes its catalogue centrally; each office adds what only it can know.
// LOCAL_PATHS is the one list of those local details: everything else comes from the
// agency and a new central version overrides it, while the local details survive.
// The office keeps its local details as the differences from the central catalogue,
// so a central change to, say, a fee's bank account still reaches an office that never
// changed it. Pure: no I/O.
import type { CaseCatalogue, ServiceDefinition, ServicePlace, Unit } from './definitions';

/**
 * What an office decides for itself when its agency publishes the catalogue (`*` is
 * any unit index or service id, or any fee). A path below one of these is local too.
 */
export const LOCAL_PATHS = [
  'units.*.name',
  'units.*.nameEn',
  'units.*.departmentId',
  'services.*.package.places',
  'services.*.package.responsible.name',
  'services.*.package.responsible.phone',
  'services.*.package.responsible.email',
  'services.*.package.fees.*.bankAccount',
  'services.*.package.notes',
] as const;

/** Whether a dotted path ('services.s07.package.fees.0.bankAccount') is an office's own detail. */
export function isLocalPath(path: string): boolean {
  const parts = path.split('.');
  return LOCAL_PATHS.some((pattern) => {
    const p = pattern.split('.');
    return p.length <= parts.length && p.every((seg, i) => seg === '*' || seg === parts[i]);
  });
}

export interface LocalUnit {
  name?: string;
  nameEn?: string;
  departmentId?: string;
}

export interface LocalService {
  places?: ServicePlace[];
  /** '' clears a value the agency set. */
  responsible?: { name?: string; phone?: string; email?: string };
  /** A fee's bank account by the fee's title (fees have no id; their title names them). */
  feeAccounts?: Record<string, string>;
  notes?: string;
}

/** An office's local details: what differs from its agency's central catalogue. */
export interface LocalDetails {
  units: Record<string, LocalUnit>;
  services: Record<string, LocalService>;
}

export const emptyLocalDetails = (): LocalDetails => ({ units: {}, services: {} });

/** A local detail the central catalogue has no place for any more: kept, and told to the admin. */
export interface LocalOrphan {
  kind: 'unit' | 'service' | 'fee' | 'placeUnit';
  serviceId?: string;
  unitId?: string;
  feeTitle?: string;
  message: string;
}

/** JSON with keys in order, so two equal objects built in different orders compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function differs<T>(mine: T | undefined, theirs: T | undefined): T | '' | undefined {
  if (same(mine ?? '', theirs ?? '')) return undefined;
  return mine === undefined ? '' : mine;
}

function prune<T extends object>(o: T): T | undefined {
  const kept = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return Object.keys(kept).length ? (kept as T) : undefined;
}

/**
 * The local details of an office catalogue: against `central`, only what differs from
 * it; with no central catalogue, every local value the office has.
 */
export function extractLocal(office: CaseCatalogue, central: CaseCatalogue | null): LocalDetails {
  const out = emptyLocalDetails();
  for (const u of office.units) {
    const c = central?.units.find((x) => x.id === u.id);
    const local = prune<LocalUnit>({
      name: differs(u.name, c?.name),
      nameEn: differs(u.nameEn, c?.nameEn),
      departmentId: differs(u.departmentId, c?.departmentId),
    });
    if (local) out.units[u.id] = local;
  }
  for (const def of office.services) {
    const c = central?.services.find((x) => x.serviceId === def.serviceId);
    const p = def.package;
    const cp = c?.package;
    const feeAccounts: Record<string, string> = {};
    for (const fee of p.fees) {
      const cf = cp?.fees.find((f) => f.title === fee.title);
      if (!cf || cf.bankAccount !== fee.bankAccount) feeAccounts[fee.title] = fee.bankAccount;
    }
    const local = prune<LocalService>({
      places: same(p.places, cp?.places) ? undefined : p.places,
      responsible: prune({
        name: differs(p.responsible.name, cp?.responsible.name),
        phone: differs(p.responsible.phone, cp?.responsible.phone),
        email: differs(p.responsible.email, cp?.responsible.email),
      }),
      feeAccounts: Object.keys(feeAccounts).length ? feeAccounts : undefined,
      notes: differs(p.notes, cp?.notes),
    });
    if (local) out.services[def.serviceId] = local;
  }
  return out;
}

function setOrClear<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | '' | undefined): void {
  if (value === undefined) return;
  if (value === '') delete target[key];
  else target[key] = value as T[K];
}

/**
 * The office's effective catalogue: the central one with the office's local details laid
 * over it, and the local details that found no place (kept by the caller, shown to the admin).
 */
export function applyLocal(
  central: CaseCatalogue,
  local: LocalDetails,
  serviceName: (serviceId: string) => string | undefined = () => undefined,
): { catalogue: CaseCatalogue; orphans: LocalOrphan[] } {
  const orphans: LocalOrphan[] = [];
  const unitIds = new Set(central.units.map((u) => u.id));
  const units: Unit[] = central.units.map((u) => {
    const l = local.units[u.id];
    const next: Unit = { ...u };
    if (l) {
      setOrClear(next, 'name', l.name);
      setOrClear(next, 'nameEn', l.nameEn);
      setOrClear(next, 'departmentId', l.departmentId);
    }
    return next;
  });
  for (const id of Object.keys(local.units)) {
    if (!unitIds.has(id)) orphans.push({ kind: 'unit', unitId: id, message: `نام محلی واحد «${local.units[id]!.name ?? id}» نگه داشته شد، ولی این واحد در شناسنامهٔ مرکز نیست.` });
  }
  const services: ServiceDefinition[] = central.services.map((def) => {
    const l = local.services[def.serviceId];
    if (!l) return def;
    const name = serviceName(def.serviceId) ?? def.name ?? def.serviceId;
    const pkg = { ...def.package, responsible: { ...def.package.responsible }, fees: def.package.fees.map((f) => ({ ...f })) };
    if (l.places) {
      pkg.places = l.places.map((place) => {
        if (place.kind !== 'inPerson' || !place.unitId || unitIds.has(place.unitId)) return place;
        orphans.push({ kind: 'placeUnit', serviceId: def.serviceId, unitId: place.unitId, message: `خدمت «${name}»: واحد «${place.unitId}» نشانی «${place.address}» در شناسنامهٔ مرکز نیست؛ نشانی بدون واحد نگه داشته شد.` });
        const { unitId: _gone, ...rest } = place;
        return rest;
      });
    }
    if (l.responsible) {
      setOrClear(pkg.responsible, 'name', l.responsible.name);
      setOrClear(pkg.responsible, 'phone', l.responsible.phone);
      setOrClear(pkg.responsible, 'email', l.responsible.email);
    }
    for (const [title, account] of Object.entries(l.feeAccounts ?? {})) {
      const fee = pkg.fees.find((f) => f.title === title);
      if (fee) fee.bankAccount = account;
      else orphans.push({ kind: 'fee', serviceId: def.serviceId, feeTitle: title, message: `خدمت «${name}»: حساب بانکی محلی هزینهٔ «${title}» نگه داشته شد، ولی این هزینه در شناسنامهٔ مرکز نیست.` });
    }
    setOrClear(pkg, 'notes', l.notes);
    return { ...def, package: pkg };
  });
  const serviceIds = new Set(central.services.map((s) => s.serviceId));
  for (const id of Object.keys(local.services)) {
    if (!serviceIds.has(id)) orphans.push({ kind: 'service', serviceId: id, message: `جزئیات محلی خدمت «${serviceName(id) ?? id}» (نشانی، مسئول، حساب بانکی یا توضیحات) نگه داشته شد، ولی این خدمت در شناسنامهٔ مرکز نیست.` });
  }
  const { publishedAt: _a, publishedBy: _b, central: _c, ...rest } = central;
  return { catalogue: { ...rest, units, services }, orphans };
}

/** The local details to keep: the new ones, plus earlier ones whose unit or service the central catalogue lacks. */
export function keepOrphans(next: LocalDetails, previous: LocalDetails, central: CaseCatalogue): LocalDetails {
  const units = { ...next.units };
  for (const [id, l] of Object.entries(previous.units)) if (!central.units.some((u) => u.id === id)) units[id] ??= l;
  const services = { ...next.services };
  for (const [id, l] of Object.entries(previous.services)) if (!central.services.some((s) => s.serviceId === id)) services[id] ??= l;
  return { units, services };
}

/** The first place (dotted path) where two catalogues differ, or null; published stamps are not compared. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (same(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return path || '.';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const key = (a[i] as { serviceId?: string })?.serviceId ?? String(i);
      const d = firstDifference(a[i], b[i], path ? `${path}.${key}` : key);
      if (d) return d;
    }
    return null;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (!path && (k === 'version' || k === 'publishedAt' || k === 'publishedBy' || k === 'central')) continue;
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    if (d) return d;
  }
  return null;
}

/**
 * Where an office's edited catalogue changes something that is not its own (null when
 * every change is in LOCAL_PATHS): the edit with its local details re-applied to the
 * central catalogue must give the edit back.
 */
export function centralFieldChanged(edited: CaseCatalogue, central: CaseCatalogue): string | null {
  const rebuilt = applyLocal(central, extractLocal(edited, central)).catalogue;
  return firstDifference(edited, rebuilt);
}
