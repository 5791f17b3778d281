// What every case command shares: the context the server passes in, refusals,
// loading a case with its own catalogue version, who the actor is, and events.
import {
  caseMessage,
  caseStatusLabel,
  isCaseOpen,
  officeDay,
  openStep,
  serviceDefinition,
  unitOf,
  type Case,
  type CaseActor,
  type CaseCatalogue,
  type CaseDocument,
  type CaseEngineEvent,
  type CaseErrorBody,
  type CaseErrorCode,
  type CaseEventActor,
  type CaseEventType,
  type CaseMode,
  type CatalogueLookup,
  type ClientNoticeKind,
  type DocumentRef,
  type DocumentStage,
  type OfficeCalendar,
  type Params,
  type ServiceDefinition,
  type StepRecord,
} from '@desk/common';
import type { CaseState } from './state';

export interface CaseEngineContext {
  now: string;
  newId: () => string;
  /** A fresh random tracking code (createTrackingCode); the engine retries if it is taken. */
  newTrackingCode: () => string;
  actor: CaseActor;
  catalogues: CatalogueLookup;
  calendar: OfficeCalendar;
  /** The admin's on/off switch of services; every defined service when left out. */
  isServiceActive?: (serviceId: string) => boolean;
  commandId?: string;
}

export type CaseRefusal = { ok: false; error: CaseErrorBody & { params?: Params } };
export type CaseDecision = { ok: true; events: CaseEngineEvent[]; answer: { case: Case } & Record<string, unknown> } | CaseRefusal;

export function refuse(code: CaseErrorCode, params?: Params, fields?: Record<string, string>): CaseRefusal {
  return {
    ok: false,
    error: { code, message: caseMessage(code, params), ...(params ? { params } : {}), ...(fields ? { fields } : {}) },
  };
}

export const isRefusal = (x: object): x is CaseRefusal => 'ok' in x && x.ok === false;

// ── loading ──

export interface Loaded {
  c: Case;
  catalogue: CaseCatalogue;
  def: ServiceDefinition;
}

/** The case with the catalogue version it started with (never the newest one by mistake). */
export function loadCase(state: CaseState, caseId: string, ctx: CaseEngineContext): Loaded | CaseRefusal {
  const c = state.cases.get(caseId);
  if (!c) return refuse('case.error.notFound');
  const catalogue = ctx.catalogues.byVersion(c.catalogueVersion);
  const def = catalogue && serviceDefinition(catalogue, c.serviceId);
  if (!catalogue || !def) return refuse('case.error.catalogueMissing', { version: c.catalogueVersion });
  return { c, catalogue, def };
}

export function requireOpen(c: Case): CaseRefusal | undefined {
  return isCaseOpen(c) ? undefined : refuse('case.error.closed', { status: caseStatusLabel(c.status) });
}

export function unitName(catalogue: CaseCatalogue, unitId: string): string {
  return unitOf(catalogue, unitId)?.name ?? unitId;
}

// ── actors ──

export type StaffActor = Extract<CaseActor, { kind: 'staff' }>;

/** Staff of the unit whose step is open: the only ones who may act on it. */
export function requireStepStaff(c: Case, catalogue: CaseCatalogue, actor: CaseActor): { step: StepRecord; staff: StaffActor } | CaseRefusal {
  const step = openStep(c);
  if (!step) return refuse('case.error.closed', { status: caseStatusLabel(c.status) });
  if (actor.kind !== 'staff') return refuse('case.error.staffOnly');
  if (!actor.unitIds.includes(step.unitId)) return refuse('case.error.notYourUnit', { unit: unitName(catalogue, step.unitId) });
  return { step, staff: actor };
}

/**
 * What every command on an open step starts with: the case with its own catalogue,
 * still open, and the actor on the staff of the step's unit.
 */
export function loadForStep(
  state: CaseState,
  caseId: string,
  ctx: CaseEngineContext,
): (Loaded & { who: { step: StepRecord; staff: StaffActor } }) | CaseRefusal {
  const loaded = loadCase(state, caseId, ctx);
  if (isRefusal(loaded)) return loaded;
  const closed = requireOpen(loaded.c);
  if (closed) return closed;
  const who = requireStepStaff(loaded.c, loaded.catalogue, ctx.actor);
  if (isRefusal(who)) return who;
  return { ...loaded, who };
}

/** The first desk unit a staff member belongs to, if any. */
export function deskUnitOf(catalogue: CaseCatalogue, actor: CaseActor): string | undefined {
  if (actor.kind !== 'staff') return undefined;
  return actor.unitIds.find((id) => unitOf(catalogue, id)?.isDesk);
}

/**
 * The client themself (portal or kiosk, identified by the server), or — where the
 * law has the clerk do it with the client present — a clerk at a desk.
 */
export function requireClientOrDesk(c: Case, catalogue: CaseCatalogue, actor: CaseActor, deskAllowed: boolean): CaseRefusal | undefined {
  if (actor.kind === 'client') return actor.nationalId === c.client.nationalId ? undefined : refuse('case.error.notYourCase');
  if (deskAllowed && deskUnitOf(catalogue, actor)) return undefined;
  return refuse('case.error.clientOnly');
}

/** How the action was done, for the daily staff report (table 2). */
export function modeOf(actor: CaseActor, catalogue: CaseCatalogue, unitId: string): CaseMode {
  if (actor.kind === 'client') return actor.via;
  if (actor.kind === 'system') return 'system';
  return unitOf(catalogue, unitId)?.isDesk ? 'desk' : 'unit';
}

function eventActor(actor: CaseActor, unitId: string): CaseEventActor {
  if (actor.kind === 'staff') return { kind: 'staff', id: actor.id, role: actor.role, unitId };
  if (actor.kind === 'client') return { kind: 'client', id: actor.nationalId ?? 'client', ...(actor.via === 'kiosk' ? { role: 'kiosk' as const } : {}) };
  return { kind: 'system', id: actor.id };
}

/** Who did it, as a case record keeps it: a staff id, 'client' or the system's id. */
export function actorId(actor: CaseActor): string {
  return actor.kind === 'client' ? 'client' : actor.id;
}

// ── building the next case and its event ──

/** A copy to change: the event carries the case as it is after, the state keeps the old one until applied. */
export function nextCase(c: Case, now: string): Case {
  const next = structuredClone(c);
  next.updatedAt = now;
  return next;
}

export interface EventDetails {
  unitId: string;
  stepIndex?: number;
  outcome: CaseEngineEvent['outcome'];
  notice?: ClientNoticeKind;
}

export function caseEvent(ctx: CaseEngineContext, catalogue: CaseCatalogue, type: CaseEventType, c: Case, d: EventDetails): CaseEngineEvent {
  return {
    id: ctx.newId(),
    type,
    at: ctx.now,
    day: officeDay(ctx.now),
    actor: eventActor(ctx.actor, d.unitId),
    mode: modeOf(ctx.actor, catalogue, d.unitId),
    ...(ctx.commandId ? { commandId: ctx.commandId } : {}),
    caseId: c.id,
    trackingCode: c.trackingCode,
    serviceId: c.serviceId,
    unitId: d.unitId,
    ...(d.stepIndex !== undefined ? { stepIndex: d.stepIndex } : {}),
    outcome: d.outcome,
    ...(d.notice ? { notice: d.notice } : {}),
    case: c,
  };
}

export function accept(event: CaseEngineEvent, extra: Record<string, unknown> = {}): CaseDecision {
  return { ok: true, events: [event], answer: { case: event.case, ...extra } };
}

/** Files attached by a command, as the case records them; refuses an id sent twice. */
export function attachDocuments(c: Case, refs: readonly DocumentRef[], stage: DocumentStage, now: string): CaseDocument[] | CaseRefusal {
  const ids = new Set(c.documents.map((d) => d.id));
  const out: CaseDocument[] = [];
  for (const r of refs) {
    if (ids.has(r.id)) return refuse('case.error.duplicateDocument', { id: r.id });
    ids.add(r.id);
    out.push({ id: r.id, slotId: r.slotId ?? stage, name: r.name, contentType: r.contentType, size: r.size, sha256: r.sha256.toLowerCase(), stage, addedAt: now });
  }
  return out;
}
