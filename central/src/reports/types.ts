// What the central desk's reads answer (the board, the office detail, the reports over
// offices): shapes only, shared with the web app (central/web imports them as types).
import type { ReportProgress, ReportRequest, ReportRequestParsed, ReportResult, ReportTable } from '../../../common/src/reports/types';
import type { Period } from '../../../common/src/reports/period';
import type { OfficeInfo } from '../registry';

/** A set of offices: a province, an agency, a list (any together narrows it). */
export interface OfficeFilter {
  province?: string;
  agency?: string;
  officeIds?: string[];
}

export interface Figures {
  events: number;
  issued: number;
  /** Tickets in each status at the end of the period (now, for today). */
  waiting: number;
  called: number;
  serving: number;
  served: number;
  noShow: number;
  /** Mean time from issue to first call. */
  meanWaitSeconds: number | null;
  /** Mean time from the start of service (or the call) to finish. */
  meanServiceSeconds: number | null;
}

export interface StreamHealth {
  lastSeq: number;
  /** The office's journal head as it last told us. */
  headSeq: number;
  /** Events the office has that central has not yet (as of its last report). */
  behind: number;
  events: number;
  /** Events received again and ignored (acks lost, stale connections). */
  resent: number;
  lastEventAt: string | null;
  lastIngestAt: string | null;
  lastContactAt: string | null;
}

/** A ticket called to a counter, as the lobby's board showed it. */
export interface CallShown {
  ticketId: string;
  prefix: string;
  number: number;
  counterId: string | null;
  /** The counter's number in the office's configuration, when known. */
  counterNumber: number | null;
  at: string;
}

/** The office's queue now, as central last heard it. */
export interface LiveQueue {
  waiting: number;
  /** Called or being served. */
  serving: number;
  countersOpen: number;
  lastCall: CallShown | null;
}

export interface OfficeOverview extends OfficeInfo {
  tokenActive: boolean;
  connected: boolean;
  sync: Record<string, StreamHealth>;
  /** Seconds between the newest queue event central has and now (how stale the live view is). */
  lagSeconds: number | null;
  today: Figures;
  live: LiveQueue;
}

export interface FiguresReport {
  from: string;
  to: string;
  offices: Array<OfficeInfo & Figures>;
  total: Figures;
}

export interface CounterNow {
  counterId: string;
  /** From the office's configuration, when central has it. */
  number: number | null;
  name: string | null;
  status: string;
  clerkName: string | null;
  currentTicketId: string | null;
  /** «الف-۱۰۲» parts of the current ticket, when known. */
  currentTicket: { prefix: string; number: number } | null;
  since: string;
}

/** GET /api/offices/:id → live: one office's counters and queue. */
export interface OfficeLive {
  counters: CounterNow[];
  waitingByService: Record<string, number>;
  /** The services with tickets waiting, named, most waiting first. */
  services: { serviceId: string; name: string; waiting: number }[];
  /** The latest calls, newest first. */
  calls: CallShown[];
}

// ── reports over offices ──

/** POST /api/reports/jobs */
export interface CentralReportRequest {
  offices: OfficeFilter;
  report: ReportRequest;
}

export interface OfficeReport {
  office: OfficeInfo;
  /** The office's own report: what its own engine gives from its own journal. */
  result: ReportResult;
}

export interface CentralReportResult {
  request: { offices: OfficeFilter; report: ReportRequestParsed };
  period: Period;
  compare?: Period;
  offices: OfficeReport[];
  /**
   * Every chosen office's events read together, for the sections that add up across
   * offices (not counters, clerks, longest waits or the staff report); null for one office.
   */
  total: ReportResult | null;
  /** The offices side by side, and the total, for each comparable table. */
  comparison: ReportTable[];
  /** Months of the period whose events retention removed: reports read nothing there. */
  droppedMonths: string[];
  generatedAt: string;
  stats: { offices: number; lines: number; millis: number };
}

/** How far a central report got: reports run one office after another, then the total. */
export interface CentralReportProgress {
  runsDone: number;
  runsTotal: number;
  /** The office being read (null: the total). */
  officeId: string | null;
  current?: ReportProgress;
  /** 0–1 over all runs. */
  share: number;
}

/** GET /api/reports/jobs/:id */
export interface CentralJobStatus {
  id: string;
  state: 'running' | 'done' | 'failed';
  progress?: CentralReportProgress;
  result?: CentralReportResult;
  error?: { code: string; message: string };
}
