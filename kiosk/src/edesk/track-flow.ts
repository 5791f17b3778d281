// Following a request at the kiosk, as a pure reducer: the tracking code and the national
// ID on the digit pad (both checked before anything is asked of the server), then the
// case; from there the answer to the office's request, and the survey one question a
// screen with big faces. Kept in memory only: leaving the screen forgets it.
import {
  SURVEY_QUESTIONS,
  caseMessage,
  formatNumber,
  isValidNationalId,
  parseTrackingCode,
  toLatinDigits,
  validateSurvey,
  type Case,
  type Lang,
} from '@desk/common';
import { pressKey, type KeyPress } from '../keyboard';

export type TrackStep =
  | { name: 'code' }
  | { name: 'nationalId' }
  | { name: 'looking' }
  | { name: 'case' }
  | { name: 'answer'; requestId: string }
  | { name: 'survey'; index: number }
  | { name: 'comment' };

export interface TrackState {
  step: TrackStep;
  code: string;
  nationalId: string;
  case?: Case;
  /** The message next to the entry (or the answer) being typed. */
  error?: string;
  /** A sentence about the whole screen: the server's refusal, a lost connection. */
  problem?: string;
  answer: string;
  survey: Record<string, number>;
  comment: string;
}

export type TrackAction =
  | { type: 'key'; key: KeyPress }
  | { type: 'next'; lang: Lang }
  | { type: 'back' }
  | { type: 'found'; case: Case }
  | { type: 'notFound'; message: string }
  | { type: 'case'; case: Case }
  | { type: 'problem'; message: string | undefined }
  | { type: 'openAnswer'; requestId: string }
  | { type: 'openSurvey' }
  | { type: 'rate'; questionId: string; value: number };

export const TRACKING_CODE_DIGITS = 11;
export const ANSWER_MAX = 2000;

export const initialTrackState: TrackState = { step: { name: 'code' }, code: '', nationalId: '', answer: '', survey: {}, comment: '' };

export function trackKeysOf(state: TrackState): { trackingCode: string; nationalId: string } | undefined {
  const parsed = parseTrackingCode(state.code);
  return parsed.ok ? { trackingCode: parsed.code, nationalId: toLatinDigits(state.nationalId) } : undefined;
}

function clean(state: TrackState, patch: Partial<TrackState>): TrackState {
  const next: TrackState = { ...state, ...patch };
  if (!('error' in patch)) delete next.error;
  if (!('problem' in patch)) delete next.problem;
  return next;
}

function typed(state: TrackState, key: KeyPress): TrackState {
  switch (state.step.name) {
    case 'code':
      return clean(state, { code: pressKey(state.code, key, TRACKING_CODE_DIGITS) });
    case 'nationalId':
      return clean(state, { nationalId: pressKey(state.nationalId, key, 10) });
    case 'answer':
      return clean(state, { answer: pressKey(state.answer, key, ANSWER_MAX) });
    case 'comment':
      return clean(state, { comment: pressKey(state.comment, key, ANSWER_MAX) });
    default:
      return state;
  }
}

function codeError(code: string, lang: Lang): string | undefined {
  const parsed = parseTrackingCode(code, lang);
  return parsed.ok ? undefined : parsed.error.message;
}

export function trackReducer(state: TrackState, action: TrackAction): TrackState {
  const step = state.step;
  switch (action.type) {
    case 'key':
      return typed(state, action.key);
    case 'next':
      if (step.name === 'code') {
        const error = codeError(state.code, action.lang);
        return error ? { ...state, error } : clean(state, { step: { name: 'nationalId' } });
      }
      if (step.name === 'nationalId') {
        if (!isValidNationalId(state.nationalId)) return { ...state, error: caseMessage('case.error.badNationalId', undefined, action.lang) };
        return clean(state, { step: { name: 'looking' } });
      }
      return state;
    case 'back':
      switch (step.name) {
        case 'nationalId':
          return clean(state, { step: { name: 'code' } });
        case 'answer':
          return clean(state, { step: { name: 'case' }, answer: '' });
        case 'survey':
          return clean(state, { step: step.index > 0 ? { name: 'survey', index: step.index - 1 } : { name: 'case' } });
        case 'comment':
          return clean(state, { step: { name: 'survey', index: SURVEY_QUESTIONS.length - 1 } });
        default:
          return state;
      }
    case 'found':
      return clean(state, { step: { name: 'case' }, case: action.case });
    case 'notFound':
      // the same answer whether the code or the national ID was wrong: both are asked again
      return { ...initialTrackState, code: state.code, problem: action.message };
    case 'case': {
      // an answer of the office was taken, the response confirmed, the survey sent: back to the case
      return clean(state, { step: { name: 'case' }, case: action.case, answer: '', comment: '', survey: {} });
    }
    case 'problem': {
      const next: TrackState = { ...state, step: step.name === 'looking' ? { name: 'nationalId' } : step };
      if (action.message) next.problem = action.message;
      else delete next.problem;
      return next;
    }
    case 'openAnswer':
      return step.name === 'case' ? clean(state, { step: { name: 'answer', requestId: action.requestId }, answer: '' }) : state;
    case 'openSurvey':
      return step.name === 'case' ? clean(state, { step: { name: 'survey', index: 0 }, survey: {}, comment: '' }) : state;
    case 'rate': {
      if (step.name !== 'survey' || SURVEY_QUESTIONS[step.index]?.id !== action.questionId) return state;
      const survey = { ...state.survey, [action.questionId]: action.value };
      const last = step.index === SURVEY_QUESTIONS.length - 1;
      return clean(state, { survey, step: last ? { name: 'comment' } : { name: 'survey', index: step.index + 1 } });
    }
  }
}

/** The survey as the server takes it, or the Persian sentence of what is missing. */
export function surveyToSend(state: TrackState, lang: Lang): { ok: true; answers: Record<string, number>; comment?: string } | { ok: false; message: string } {
  const check = validateSurvey(state.survey, state.comment, lang);
  if (check.ok) return check;
  const [id, message] = Object.entries(check.errors)[0]!;
  const q = SURVEY_QUESTIONS.findIndex((x) => x.id === id);
  return { ok: false, message: q >= 0 ? `${formatNumber(q + 1, lang)}. ${message}` : message };
}
