// The visitor's path through the kiosk, as a pure reducer: home or search → (priority
// choice, or the service's info package) → sending → ticket or error → home; from the
// info package, a request made right here (the e-desk); from home, following one. The
// screens only draw the current step.
import type { Appointment, IssueResult, PriorityKind } from '@desk/common';

/** The appointment a ticket was taken for (its time, why, what to bring), shown with the ticket. */
export type AppointmentNote = Pick<Appointment, 'at' | 'reason' | 'bring'>;
import { pressKey, type KeyPress } from './keyboard';

type Origin = 'home' | 'search';

export type KioskScreen =
  | { name: 'home' }
  | { name: 'search' }
  | { name: 'priority'; serviceId: string; from: Origin }
  /** The service's info package (شناسنامه خدمت), opened from the priority choice. */
  | { name: 'info'; serviceId: string; from: Origin }
  /** «ثبت درخواست همین‌جا»: a request for the service, made at the kiosk (edesk/Apply.tsx). */
  | { name: 'apply'; serviceId: string; from: Origin }
  /** «پیگیری درخواست»: following a request (edesk/Track.tsx); «نوبت حضوری دارم»: the same, to check in for an appointment. */
  | { name: 'track'; arrival?: boolean }
  /** «نظر شما دربارهٔ خدمت امروز»: the survey of a counter visit, by ticket number (edesk/VisitSurvey.tsx). */
  | { name: 'visitSurvey' }
  | { name: 'sending'; serviceId: string; priority?: PriorityKind; from: Origin }
  | { name: 'ticket'; result: IssueResult; appointment?: AppointmentNote }
  | { name: 'error'; message: string; from: Origin };

export interface KioskState {
  screen: KioskScreen;
  /** What was typed on the search keyboard (kept while the visitor chooses a priority). */
  query: string;
}

export type KioskAction =
  | { type: 'openSearch' }
  | { type: 'key'; key: KeyPress }
  | { type: 'askPriority'; serviceId: string }
  | { type: 'openInfo'; serviceId: string }
  | { type: 'openApply'; serviceId: string }
  | { type: 'openTrack'; arrival?: boolean }
  | { type: 'openVisitSurvey' }
  | { type: 'sending'; serviceId: string; priority?: PriorityKind }
  | { type: 'issued'; result: IssueResult; appointment?: AppointmentNote }
  | { type: 'failed'; message: string }
  | { type: 'back' }
  | { type: 'idle' };

export const initialKioskState: KioskState = { screen: { name: 'home' }, query: '' };

function origin(screen: KioskScreen): Origin {
  if (screen.name === 'search') return 'search';
  if (screen.name === 'priority' || screen.name === 'info' || screen.name === 'apply' || screen.name === 'sending' || screen.name === 'error') return screen.from;
  return 'home';
}

export function kioskReducer(state: KioskState, action: KioskAction): KioskState {
  const { screen } = state;
  // While a ticket is being issued nothing but its answer moves the screen: a second
  // tap, the back button or the idle timer must not lose (or double) the ticket.
  if (screen.name === 'sending' && action.type !== 'issued' && action.type !== 'failed') return state;
  switch (action.type) {
    case 'openSearch':
      return screen.name === 'home' ? { ...state, screen: { name: 'search' } } : state;
    case 'key':
      return screen.name === 'search' ? { ...state, query: pressKey(state.query, action.key) } : state;
    case 'askPriority':
      if (screen.name !== 'home' && screen.name !== 'search') return state;
      return { ...state, screen: { name: 'priority', serviceId: action.serviceId, from: origin(screen) } };
    case 'openInfo':
      if (screen.name !== 'priority' || screen.serviceId !== action.serviceId) return state;
      return { ...state, screen: { name: 'info', serviceId: action.serviceId, from: screen.from } };
    case 'openApply':
      if (screen.name !== 'info' || screen.serviceId !== action.serviceId) return state;
      return { ...state, screen: { name: 'apply', serviceId: action.serviceId, from: screen.from } };
    case 'openTrack':
      return screen.name === 'home' ? { ...state, screen: action.arrival ? { name: 'track', arrival: true } : { name: 'track' } } : state;
    case 'openVisitSurvey':
      return screen.name === 'home' ? { ...state, screen: { name: 'visitSurvey' } } : state;
    case 'sending': {
      if (screen.name !== 'home' && screen.name !== 'search' && screen.name !== 'priority' && screen.name !== 'info') return state;
      const next: KioskScreen = { name: 'sending', serviceId: action.serviceId, from: origin(screen) };
      if (action.priority) next.priority = action.priority;
      return { ...state, screen: next };
    }
    case 'issued':
      // the ticket exists whatever happened meanwhile: always show it
      return { query: '', screen: { name: 'ticket', result: action.result, ...(action.appointment ? { appointment: action.appointment } : {}) } };
    case 'failed':
      return { ...state, screen: { name: 'error', message: action.message, from: origin(screen) } };
    case 'back':
      // from the info package, back to the choice for the same service; from a request, back to its info package
      if (screen.name === 'info') return { ...state, screen: { name: 'priority', serviceId: screen.serviceId, from: screen.from } };
      if (screen.name === 'apply') return { ...state, screen: { name: 'info', serviceId: screen.serviceId, from: screen.from } };
      if (screen.name === 'priority' || screen.name === 'error') {
        return { ...state, screen: screen.from === 'search' ? { name: 'search' } : { name: 'home' } };
      }
      return initialKioskState;
    case 'idle':
      return initialKioskState;
  }
}

export function isSending(state: KioskState): boolean {
  return state.screen.name === 'sending';
}

/** Screens that may hold what a visitor typed about themselves: the idle timer asks before wiping them. */
export function holdsPersonalData(state: KioskState): boolean {
  return state.screen.name === 'apply' || state.screen.name === 'track';
}
