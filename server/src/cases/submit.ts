// case.submit: a request becomes a case. Everything is checked in one pass (the
// client hands in all documents once), then the tracking code is given, the
// response date promised and the first step started.
import {
  isValidEmail,
  isValidNationalId,
  nextFreeTrackingCode,
  normalizeFormValues,
  normalizeMobile,
  normalizePersianText,
  promisedResponseAt,
  receiptOf,
  serviceDefinition,
  toLatinDigits,
  unitOf,
  validateForm,
  type Case,
  type CaseCatalogue,
  type CaseChannel,
  type CaseClient,
  type CaseCommand,
} from '@desk/common';
import { accept, attachDocuments, caseEvent, deskUnitOf, isRefusal, refuse, type CaseDecision, type CaseEngineContext, type CaseRefusal } from './kit';
import type { CaseState } from './state';
import { startStep } from './steps';

type Submit = Extract<CaseCommand, { type: 'case.submit' }>;

export function submit(state: CaseState, cmd: Submit, ctx: CaseEngineContext): CaseDecision {
  const catalogue = ctx.catalogues.current;
  const def = serviceDefinition(catalogue, cmd.serviceId);
  if (!def) return refuse('case.error.serviceNotFound');
  if (ctx.isServiceActive && !ctx.isServiceActive(cmd.serviceId)) return refuse('case.error.serviceNotOffered');
  const channel = channelOf(ctx);
  if (!channel) return refuse('case.error.clientOnly');

  const client = checkClient(cmd.client, ctx);
  if (isRefusal(client)) return client;

  const slots = new Set(def.form.fields.filter((f) => f.kind === 'document').map((f) => f.id));
  const stray = cmd.documents.find((d) => !d.slotId || !slots.has(d.slotId));
  if (stray) return refuse('case.error.formInvalid', { detail: `«${stray.name}»` }, { [stray.slotId ?? 'documents']: stray.name });
  const errors = validateForm(def.form.fields, cmd.values, { now: ctx.now, documents: cmd.documents });
  if (Object.keys(errors).length > 0) return refuse('case.error.formInvalid', { detail: Object.values(errors).join(' ') }, errors);

  const trackingCode = nextFreeTrackingCode(ctx.newTrackingCode, (code) => state.byTrackingCode.has(code));
  if (!trackingCode) return refuse('case.error.trackingCodeUnavailable');

  const draft: Case = {
    id: ctx.newId(),
    trackingCode,
    serviceId: def.serviceId,
    catalogueVersion: catalogue.version,
    channel,
    deskUnitId: deskFor(cmd.deskUnitId, catalogue, ctx),
    client,
    formValues: normalizeFormValues(def.form.fields, cmd.values),
    documents: [],
    status: 'inProgress',
    currentStepIndex: null,
    steps: [],
    inquiries: [],
    infoRequests: [],
    appointments: [],
    acceptedAt: ctx.now,
    promisedResponseAt: promisedResponseAt(ctx.now, def.workflow.steps.map((s) => s.time), ctx.calendar),
    responseDueAt: '',
    clientWaitMinutes: 0,
    updatedAt: ctx.now,
  };
  draft.responseDueAt = draft.promisedResponseAt;
  const docs = attachDocuments(draft, cmd.documents, 'submission', ctx.now);
  if (isRefusal(docs)) return docs;
  draft.documents = docs;
  startStep(draft, def, 0, ctx.now, ctx.calendar);

  const event = caseEvent(ctx, catalogue, 'case.submitted', draft, { unitId: draft.deskUnitId, stepIndex: 0, outcome: 'accepted', notice: 'receipt' });
  return accept(event, { receipt: receiptOf(draft, def) });
}

/** From who sends it, not from what the command claims: a clerk at a counter, or the client online or at a kiosk. */
function channelOf(ctx: CaseEngineContext): CaseChannel | undefined {
  if (ctx.actor.kind === 'staff') return 'counter';
  if (ctx.actor.kind === 'client') return ctx.actor.via;
  return undefined;
}

function checkClient(input: Submit['client'], ctx: CaseEngineContext): CaseClient | CaseRefusal {
  const nationalId = toLatinDigits(input.nationalId).replace(/[\s-]/g, '');
  if (!isValidNationalId(nationalId)) return refuse('case.error.badNationalId');
  // a client identified online (one-time code) asks in their own name only
  if (ctx.actor.kind === 'client' && ctx.actor.nationalId && ctx.actor.nationalId !== nationalId) return refuse('case.error.notYourCase');
  const name = normalizePersianText(input.name);
  if (!/^\S{2,}.*\s\S+/u.test(name) || [...name].length > 100) return refuse('case.error.badName');
  const mobile = normalizeMobile(input.mobile);
  if (!mobile) return refuse('case.error.badMobile');
  const email = input.email?.trim().toLowerCase();
  if (email && !isValidEmail(email)) return refuse('case.error.badEmail');
  return { nationalId, name, mobile, ...(email ? { email } : {}) };
}

function deskFor(requested: string | undefined, catalogue: CaseCatalogue, ctx: CaseEngineContext): string {
  if (requested && unitOf(catalogue, requested)?.isDesk) return requested;
  return deskUnitOf(catalogue, ctx.actor) ?? catalogue.defaultDeskUnitId;
}
