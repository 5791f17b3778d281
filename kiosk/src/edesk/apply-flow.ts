// A request made at the kiosk, as a pure reducer: who you are (national ID and mobile),
// the one-time code, the name (offered from an earlier request when there is one), the
// service's form one field per screen, the documents, a last look, then the tracking code. Each «ادامه» checks the screen's own input with
// common's validators (the portal's and the server's sentences); the screens only draw
// and send. Nothing here is kept anywhere but in memory: leaving the screen forgets it.
import {
  checkClientIdentity,
  checkRequestForm,
  identityFieldOf,
  normalizeMobile,
  toLatinDigits,
  validateForm,
  type Case,
  type ClientIdentity,
  type DocumentField,
  type DraftDocument,
  type FormErrors,
  type FormField,
  type IdentityKey,
  type IdentityLabels,
  type Lang,
  type OnFileDocument,
  type Receipt,
} from '@desk/common';
import { pressKey, type KeyPress } from '../keyboard';

export type InputField = Exclude<FormField, DocumentField>;

export type ApplyStep =
  | { name: 'nationalId' }
  | { name: 'name' }
  | { name: 'mobile' }
  | { name: 'otp' }
  | { name: 'field'; index: number }
  | { name: 'documents' }
  | { name: 'review' }
  | { name: 'sending' }
  | { name: 'accepted'; case: Case; receipt: Receipt };

export interface OtpSent {
  mobile: string;
  resendAt: string;
  expiresAt: string;
}

export interface MobileProof {
  token: string;
  mobile: string;
  expiresAt: string;
}

export interface ApplyState {
  step: ApplyStep;
  identity: ClientIdentity;
  /** The one-time code as typed. */
  code: string;
  otp?: OtpSent;
  proof?: MobileProof;
  values: Record<string, string>;
  documents: DraftDocument[];
  /** What this person gave with earlier requests, offered again (the single-window rule). */
  onFile: OnFileDocument[];
  /** The name given with their latest request, when the office has one. */
  nameOnFile?: string;
  /** Ids of the documents that came from the phone (the others were on file). */
  fromPhone: string[];
  /** Where to go once the mobile is proven again (its proof ran out before sending). */
  resume?: ApplyStep;
  errors: FormErrors;
  /** A sentence about the whole screen (the server's refusal, a lost connection). */
  problem?: string;
  /** One per request, reused when an answer was lost, so a request is never made twice. */
  commandId: string;
}

export interface ApplyContext {
  fields: readonly FormField[];
  lang: Lang;
  labels: IdentityLabels;
}

export interface Refusal {
  code: string;
  message: string;
  fields?: Record<string, string>;
  /** A code was sent a moment ago: when another may be asked for. */
  retryAfterSeconds?: number;
}

export type ApplyAction =
  | { type: 'key'; key: KeyPress; ctx: ApplyContext }
  | { type: 'choose'; value: string; ctx: ApplyContext }
  | { type: 'next'; ctx: ApplyContext; now?: number }
  | { type: 'back'; ctx: ApplyContext }
  | { type: 'otpSent'; otp: OtpSent }
  | { type: 'verified'; proof: MobileProof; ctx: ApplyContext }
  | { type: 'onFile'; documents: OnFileDocument[]; name?: string | undefined }
  | { type: 'problem'; message: string | undefined }
  | { type: 'useOnFile'; document: DraftDocument }
  | { type: 'remove'; id: string }
  | { type: 'arrived'; documents: readonly DraftDocument[] }
  | { type: 'sending' }
  | { type: 'refused'; status: number; error: Refusal; ctx: ApplyContext }
  | { type: 'accepted'; case: Case; receipt: Receipt };

/** Asked before the code is sent; the name comes after it (it may be on file). */
const BEFORE_CODE = ['nationalId', 'mobile'] as const;

/** The longest entry each screen takes: a leaning elbow cannot fill the screen. */
const MAX_LENGTH: Partial<Record<FormField['kind'], number>> = { nationalId: 10, companyId: 11, postalCode: 10, mobile: 11, date: 10, number: 15 };
export const OTP_LENGTH = 6;

export function initialApplyState(commandId: string): ApplyState {
  return { step: { name: 'nationalId' }, identity: { nationalId: '', name: '', mobile: '', email: '' }, code: '', values: {}, documents: [], onFile: [], fromPhone: [], errors: {}, commandId };
}

export const inputFields = (fields: readonly FormField[]): InputField[] => fields.filter((f): f is InputField => f.kind !== 'document');
export const documentSlots = (fields: readonly FormField[]): DocumentField[] => fields.filter((f): f is DocumentField => f.kind === 'document');

/** The proof, if it is still good for the mobile typed. */
export function validProof(state: ApplyState, now: number): string | undefined {
  const p = state.proof;
  return p && p.mobile === normalizeMobile(state.identity.mobile) && Date.parse(p.expiresAt) > now ? p.token : undefined;
}

/** Which screens the request has, in order (a service without documents skips that one). */
export function applySteps(ctx: ApplyContext): ApplyStep[] {
  const fields = inputFields(ctx.fields).map((_, index): ApplyStep => ({ name: 'field', index }));
  const docs: ApplyStep[] = documentSlots(ctx.fields).length > 0 ? [{ name: 'documents' }] : [];
  return [{ name: 'nationalId' }, { name: 'mobile' }, { name: 'otp' }, { name: 'name' }, ...fields, ...docs, { name: 'review' }];
}

const sameStep = (a: ApplyStep, b: ApplyStep) => a.name === b.name && (a.name !== 'field' || (b.name === 'field' && a.index === b.index));

/** «۳ از ۹»: where this screen stands among the request's screens. */
export function stepPosition(state: ApplyState, ctx: ApplyContext): { at: number; of: number } {
  const steps = applySteps(ctx);
  const i = steps.findIndex((s) => sameStep(s, state.step));
  return { at: i < 0 ? steps.length : i + 1, of: steps.length };
}

/** The text being typed on this screen, and how long it may grow. */
export function currentEntry(state: ApplyState, ctx: ApplyContext): { text: string; max: number } | undefined {
  const step = state.step;
  switch (step.name) {
    case 'nationalId':
      return { text: state.identity.nationalId, max: 10 };
    case 'name':
      return { text: state.identity.name, max: 100 };
    case 'mobile':
      return { text: state.identity.mobile, max: 11 };
    case 'otp':
      return { text: state.code, max: OTP_LENGTH };
    case 'field': {
      const field = inputFields(ctx.fields)[step.index];
      if (!field || field.kind === 'select') return undefined;
      const max = field.kind === 'text' || field.kind === 'textarea' ? (field.maxLength ?? (field.kind === 'text' ? 200 : 1000)) : (MAX_LENGTH[field.kind] ?? 40);
      return { text: state.values[field.id] ?? '', max };
    }
    default:
      return undefined;
  }
}

function without(errors: FormErrors, key: string): FormErrors {
  const { [key]: _gone, ...rest } = errors;
  return rest;
}

function moveTo(state: ApplyState, step: ApplyStep): ApplyState {
  const next: ApplyState = { ...state, step, errors: {} };
  delete next.problem;
  return next;
}

function typed(state: ApplyState, key: KeyPress, ctx: ApplyContext): ApplyState {
  const entry = currentEntry(state, ctx);
  if (!entry) return state;
  const text = pressKey(entry.text, key, entry.max);
  const step = state.step;
  const next: ApplyState = { ...state };
  delete next.problem;
  if (step.name === 'otp') return { ...next, code: text, errors: {} };
  if (step.name === 'field') {
    const field = inputFields(ctx.fields)[step.index]!;
    return { ...next, values: { ...state.values, [field.id]: text }, errors: without(state.errors, field.id) };
  }
  if (step.name !== 'nationalId' && step.name !== 'name' && step.name !== 'mobile') return state;
  const identity = { ...state.identity, [step.name]: text };
  next.identity = identity;
  next.errors = without(state.errors, step.name);
  // another number: the code sent and the proof were for the old one
  if (step.name === 'mobile' && normalizeMobile(text) !== normalizeMobile(state.identity.mobile)) {
    delete next.otp;
    delete next.proof;
    next.code = '';
  }
  // a national ID is checked as soon as its ten digits are there
  if (step.name === 'nationalId' && toLatinDigits(text).length === 10) next.errors = checkClientIdentity(identity, ctx.labels, ctx.lang, ['nationalId']);
  return next;
}

function forward(state: ApplyState, ctx: ApplyContext, now: number): ApplyState {
  const step = state.step;
  const steps = applySteps(ctx);
  const after = (s: ApplyStep): ApplyStep => steps[steps.findIndex((x) => sameStep(x, s)) + 1] ?? { name: 'review' };
  switch (step.name) {
    case 'nationalId':
    case 'name': {
      const errors = checkClientIdentity(state.identity, ctx.labels, ctx.lang, [step.name]);
      return errors[step.name] ? { ...state, errors } : moveTo(state, after(step));
    }
    case 'mobile': {
      // what the code is for is checked before it is sent: a code for a request that cannot go on is wasted
      const errors = checkClientIdentity(state.identity, ctx.labels, ctx.lang, BEFORE_CODE);
      const first = BEFORE_CODE.find((k) => errors[k]);
      if (first) return { ...moveTo(state, { name: first }), errors };
      // proven already (coming back to change something else): no second code
      return moveTo(state, validProof(state, now) ? after({ name: 'otp' }) : { name: 'otp' });
    }
    case 'field': {
      const field = inputFields(ctx.fields)[step.index];
      if (!field) return moveTo(state, after(step));
      const errors = validateForm([field], state.values, { lang: ctx.lang, now });
      return errors[field.id] ? { ...state, errors } : moveTo(state, after(step));
    }
    case 'documents': {
      const errors = checkRequestForm(documentSlots(ctx.fields), {}, state.documents, ctx.lang);
      return Object.keys(errors).length > 0 ? { ...state, errors } : moveTo(state, after(step));
    }
    default:
      // the code is checked by the server (verified), the review is sent by the screen
      return state;
  }
}

function backward(state: ApplyState, ctx: ApplyContext): ApplyState {
  const step = state.step;
  if (step.name === 'sending' || step.name === 'accepted' || step.name === 'nationalId') return state;
  // the code's screen is not a place to come back to: the mobile is
  const steps = applySteps(ctx).filter((s) => s.name !== 'otp' || step.name === 'otp');
  const i = steps.findIndex((s) => sameStep(s, step));
  const previous = step.name === 'otp' ? { name: 'mobile' as const } : steps[i - 1];
  return previous ? moveTo(state, previous) : state;
}

export function applyReducer(state: ApplyState, action: ApplyAction): ApplyState {
  const step = state.step;
  // while the request is on its way only its answer moves the screen; once accepted, nothing does
  if (step.name === 'accepted') return state;
  if (step.name === 'sending' && action.type !== 'refused' && action.type !== 'accepted' && action.type !== 'problem') return state;
  switch (action.type) {
    case 'key':
      return typed(state, action.key, action.ctx);
    case 'choose': {
      if (step.name !== 'field') return state;
      const field = inputFields(action.ctx.fields)[step.index];
      if (!field || field.kind !== 'select') return state;
      return { ...state, values: { ...state.values, [field.id]: action.value }, errors: without(state.errors, field.id) };
    }
    case 'next':
      return forward(state, action.ctx, action.now ?? Date.now());
    case 'back':
      return backward(state, action.ctx);
    case 'otpSent': {
      const next: ApplyState = { ...state, otp: action.otp, code: '' };
      delete next.problem;
      return next;
    }
    case 'verified': {
      const target = state.resume ?? { name: 'name' };
      const next = moveTo({ ...state, proof: action.proof, code: '' }, target);
      delete next.resume;
      return next;
    }
    case 'problem': {
      const next: ApplyState = step.name === 'sending' ? { ...state, step: { name: 'review' } } : { ...state };
      if (action.message) next.problem = action.message;
      else delete next.problem;
      return next;
    }
    case 'onFile': {
      const next: ApplyState = { ...state, onFile: action.documents };
      if (action.name) {
        next.nameOnFile = action.name;
        // offered, not asked again: the visitor only confirms it
        if (!state.identity.name.trim()) next.identity = { ...state.identity, name: action.name };
      }
      return next;
    }
    case 'useOnFile':
      if (state.documents.some((d) => d.id === action.document.id && d.slotId === action.document.slotId)) return state;
      return { ...state, documents: [...state.documents, action.document], errors: without(state.errors, action.document.slotId) };
    case 'remove':
      return { ...state, documents: state.documents.filter((d) => d.id !== action.id), fromPhone: state.fromPhone.filter((id) => id !== action.id) };
    case 'arrived': {
      // the phone's files as the kiosk last heard them: new ones join, ones taken back leave
      const arrived = new Set(action.documents.map((d) => d.id));
      const kept = state.documents.filter((d) => !state.fromPhone.includes(d.id) || arrived.has(d.id));
      const known = new Set(kept.map((d) => d.id));
      const added = action.documents.filter((d) => !known.has(d.id));
      let errors = state.errors;
      for (const d of added) errors = without(errors, d.slotId);
      return { ...state, documents: [...kept, ...added], fromPhone: [...arrived], errors };
    }
    case 'sending':
      return step.name === 'review' ? moveTo(state, { name: 'sending' }) : state;
    case 'refused':
      return refused(state, action.status, action.error, action.ctx);
    case 'accepted':
      // the request is the office's now: nothing personal stays on the kiosk but what the screen shows
      return { ...initialApplyState(state.commandId), step: { name: 'accepted', case: action.case, receipt: action.receipt } };
  }
}

/** The server said no: back to the screen the refusal is about, with its Persian sentence. */
function refused(state: ApplyState, status: number, error: Refusal, ctx: ApplyContext): ApplyState {
  const base: ApplyState = { ...state, step: { name: 'review' }, errors: {}, problem: error.message };
  if (status === 401) {
    // the proof ran out (or the server restarted): prove the mobile again, then send again
    const next: ApplyState = { ...base, step: { name: 'otp' }, resume: { name: 'review' }, code: '' };
    delete next.proof;
    delete next.otp;
    return next;
  }
  const idKey: IdentityKey | undefined = identityFieldOf(error.code);
  if (idKey && idKey !== 'email') return { ...base, step: { name: idKey }, errors: { [idKey]: error.message } };
  const fields = error.fields ?? {};
  const first = ctx.fields.find((f) => fields[f.id]);
  if (!first) return base;
  if (first.kind === 'document') return { ...base, step: { name: 'documents' }, errors: fields };
  return { ...base, step: { name: 'field', index: inputFields(ctx.fields).indexOf(first) }, errors: fields };
}
