// Domain types shared by the server and the apps. Names follow shared/domain.md.

export type Role = 'clerk' | 'supervisor' | 'admin';
export type DeviceKind = 'kiosk' | 'display';
export type PriorityKind = 'elderly' | 'disabled' | 'veteran' | 'pregnant';
export const PRIORITY_KINDS: readonly PriorityKind[] = ['elderly', 'disabled', 'veteran', 'pregnant'];

export type Weekday = 'sat' | 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri';
/** Saturday first, as the Iranian week. */
export const WEEKDAYS: readonly Weekday[] = ['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'];

export interface Department {
  id: string;
  name: string;
  nameEn?: string;
}

export interface Service {
  id: string;
  name: string;
  nameEn?: string;
  departmentId: string;
  /** One Persian letter shown and spoken before the number, or '' for none. */
  prefix: string;
  /** First number of the day. */
  rangeStart: number;
  /** Last number before numbering wraps back to rangeStart (at most 999: the voice speaks up to 999). */
  rangeEnd: number;
  /** Default weight of this service at counters (1 = lowest). */
  weight: number;
  allowsPriority: boolean;
  active: boolean;
}

export interface CounterService {
  serviceId: string;
  /** Higher weight is called first (see docs/queue-rules.md). */
  weight: number;
}

export interface Counter {
  id: string;
  number: number;
  name?: string;
  services: CounterService[];
  active: boolean;
}

export interface StaffUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  /** E-desk units this person works for (their inbox). */
  unitIds?: string[];
}

export interface DayHours {
  open: string; // 'HH:MM' Tehran time
  close: string;
}
/** null = closed that day. */
export type OpeningHours = Record<Weekday, DayHours | null>;

export interface Device {
  id: string;
  kind: DeviceKind;
  name: string;
  /** For a display: show only this counter's sign. */
  counterId?: string;
  /** For a kiosk: where its tickets print: a server printer's id, 'local' (its own, from the Electron shell) or 'none'. Default: the office printer. */
  printer?: string;
  paired: boolean;
  createdAt: string;
  pairedAt?: string;
  lastSeenAt?: string;
}

export interface QueueSettings {
  /** After this many normal calls at a counter, a waiting priority ticket goes first. */
  normalsPerPriority: number;
  /** How many recalls before a no-show may be marked. */
  recallsBeforeNoShow: number;
  /** Service time assumed for a service with no history yet, in minutes. */
  defaultServiceMinutes: number;
  /** How many finished tickets per service the rolling service time uses. */
  serviceTimeWindow: number;
  /** Seconds without a touch before the kiosk returns to its home screen. */
  kioskIdleSeconds: number;
  /** Devices opened on the server machine itself are paired automatically (demo, single-PC offices). */
  autoPairLocalDevices: boolean;
  /** Refuse new tickets outside opening hours (off in the demo, so it works at any hour). */
  enforceOpeningHours: boolean;
}

export interface Office {
  id: string;
  name: string;
  nameEn?: string;
}

/** What every screen may know of the office configuration (no secrets). */
export interface PublicConfig {
  version: number;
  office: Office;
  departments: Department[];
  services: Service[];
  counters: Counter[];
  hours: OpeningHours;
  /** Extra closed days (Jalali 'YYYY-MM-DD': lunar holidays, announced closures) for promised dates. */
  holidays?: string[];
  queue: QueueSettings;
}

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'noShow';
export type Channel = 'kiosk' | 'counter' | 'web';
export type TransferPosition = 'front' | 'back' | 'original';

export interface TicketPriority {
  kind: PriorityKind;
  /** claimed by the visitor at the kiosk; confirmed or rejected by the clerk. */
  status: 'claimed' | 'confirmed' | 'rejected';
}

export interface Ticket {
  id: string;
  /** Office day (Tehran date, YYYY-MM-DD). */
  day: string;
  /** Order of issue within the day, 1, 2, 3… (tie-breaker). */
  order: number;
  serviceId: string;
  prefix: string;
  number: number;
  channel: Channel;
  priority?: TicketPriority;
  status: TicketStatus;
  issuedAt: string;
  /** Position key in the queue (ms): issue time, or set by a transfer. Lower goes first. */
  queueKey: number;
  /** Waiting for this counter only (after a transfer to a counter). */
  targetCounterId?: string;
  counterId?: string;
  clerkId?: string;
  calledAt?: string;
  recalls: number;
  servingAt?: string;
  finishedAt?: string;
  transfers: number;
  /**
   * Issued to a client arriving for an e-desk appointment: the case's id (never its
   * tracking code or anything personal: lobby screens receive tickets) and the time
   * booked, which is where the ticket stands in the queue.
   */
  caseId?: string;
  appointmentAt?: string;
  /** The visitor answered the satisfaction survey (after being served). */
  surveyedAt?: string;
}

export type CounterStatus = 'closed' | 'open' | 'paused';

export interface CounterState {
  counterId: string;
  status: CounterStatus;
  clerkId?: string;
  clerkName?: string;
  currentTicketId?: string;
  /** Normal calls since the last priority call (priority interleaving). */
  normalsSincePriority: number;
  pauseReason?: string;
  since: string;
}

/** One announcement on the board. */
export interface Call {
  id: string;
  ticketId: string;
  prefix: string;
  number: number;
  serviceId: string;
  counterId: string;
  counterNumber: number;
  at: string;
  recall: boolean;
}

/** The live state of today's queue, as every screen sees it. */
export interface QueueSnapshot {
  seq: number;
  day: string;
  tickets: Ticket[];
  counters: CounterState[];
  recentCalls: Call[];
  /** Rolling mean service time per service, in seconds. */
  serviceSeconds: Record<string, number>;
}

export interface Actor {
  kind: 'staff' | 'device' | 'system';
  id: string;
  role?: Role | DeviceKind;
}
