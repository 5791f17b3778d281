// One journal line as the report aggregators see it: its office day and event type
// are known without parsing; the payload is read only when an aggregator asks, once,
// and shared by every aggregator of the line. A year of a busy office is 1.5M lines and
// 1.8 GB: JSON.parse of every line takes ~9 s here, so the queue reads the few fields
// of the event's ticket it needs in place (TicketScan) and only case events, config
// changes and the odd unusual line are parsed whole.
//
// A line is a view into the reader's buffer: valid only during the add() call.
import type { Ticket } from '@desk/common';
import type { JournalRecord } from '../storage/journal';
import { TicketScan } from './ticket-scan';

const AT_AFTER_TYPE = Buffer.from('","at":"');
const TICKET_KEY = Buffer.from('"ticket":{');
const ACTOR_KEY = Buffer.from('"actor":{');
const QUOTE = 0x22;
const OPEN = 0x7b;
const ID_PREFIX = Buffer.from('{"id":"');
const TYPE_AFTER_ID = Buffer.from('","type":"');

type TicketField = keyof Ticket & string;

export class JournalLine {
  buf: Buffer = Buffer.alloc(0);
  start = 0;
  end = 0;
  /** The office day (the journal file's name). */
  day = '';
  /** The event type ('' when the line has none). */
  type = '';
  private parsed: JournalRecord | undefined;
  private ticketParsed: Ticket | null | undefined;
  private atText: string | undefined;
  private readonly scan = new TicketScan();
  /** 0: not scanned yet, 1: scanned (see scan.ok), 2: no ticket in the line */
  private scanned = 0;
  /** Where the type's closing quote is (journal layout), or -1. */
  private typeEnd = -1;

  /** Point this view at another line (the reader reuses one object). */
  reset(buf: Buffer, start: number, end: number, day: string): void {
    this.buf = buf;
    this.start = start;
    this.end = end;
    this.day = day;
    this.parsed = undefined;
    this.ticketParsed = undefined;
    this.atText = undefined;
    this.scanned = 0;
    this.typeEnd = -1;
    this.type = this.typeAfterId() ?? (this.record() as { type?: string }).type ?? '';
  }

  /**
   * The journal writes `{"id":"…","type":"…","at":"…"`: read them with single-byte
   * searches (a multi-byte search costs more). Another layout is parsed whole.
   */
  private typeAfterId(): string | undefined {
    const { buf, start, end } = this;
    if (!startsWith(buf, start, ID_PREFIX)) return undefined;
    const q = buf.indexOf(QUOTE, start + ID_PREFIX.length);
    if (q < 0 || q >= end || !startsWith(buf, q, TYPE_AFTER_ID)) return undefined;
    const from = q + TYPE_AFTER_ID.length;
    const to = buf.indexOf(QUOTE, from);
    if (to < 0 || to >= end) return undefined;
    this.typeEnd = to;
    return buf.toString('latin1', from, to);
  }

  /**
   * Where the record's own ticket object starts, when the line has the journal's
   * layout: the actor (a flat object) is the record's first object and the ticket its
   * second: `{…,"actor":{…},…,"ticket":{`. A key found so is the record's own (inside
   * a JSON string a quote is escaped, so `"ticket":{` cannot occur there). Any other
   * layout answers -1, and the line is parsed whole.
   */
  private ticketOpen(): number {
    const { buf, start, end } = this;
    const actor = buf.indexOf(OPEN, start + 1);
    if (actor < 0 || actor >= end || !startsWith(buf, actor - ACTOR_KEY.length + 1, ACTOR_KEY)) return -1;
    const open = buf.indexOf(OPEN, actor + 1);
    return open > 0 && open < end && startsWith(buf, open - TICKET_KEY.length + 1, TICKET_KEY) ? open : -1;
  }

  /** The whole record. */
  record<T = JournalRecord>(): T {
    this.parsed ??= JSON.parse(this.buf.toString('utf8', this.start, this.end)) as JournalRecord;
    return this.parsed as T;
  }

  /** When the event happened (ISO). */
  at(): string {
    if (this.atText === undefined) {
      const { buf, end, typeEnd } = this;
      let at: string | undefined;
      if (typeEnd > 0 && startsWith(buf, typeEnd, AT_AFTER_TYPE)) {
        const from = typeEnd + AT_AFTER_TYPE.length;
        const to = buf.indexOf(QUOTE, from);
        if (to > 0 && to < end) at = buf.toString('latin1', from, to);
      }
      this.atText = at ?? this.record().at;
    }
    return this.atText;
  }

  /** The ticket's fields read in place, or undefined when they must be parsed. */
  private fields(): TicketScan | undefined {
    if (this.scanned === 0) {
      this.scanned = 2;
      const open = this.ticketOpen();
      if (open >= 0) {
        this.scan.scan(this.buf, open, this.end);
        this.scanned = 1;
      }
    }
    return this.scanned === 1 && this.scan.ok ? this.scan : undefined;
  }

  /** The event's ticket, parsed whole (for a ticket first met in the middle of its visit). */
  ticket(): Ticket | undefined {
    if (this.ticketParsed === undefined) {
      const f = this.fields();
      let t: Ticket | undefined;
      if (f) {
        t = JSON.parse(this.buf.toString('utf8', this.ticketOpen(), f.end)) as Ticket;
      } else {
        t = this.record().ticket;
      }
      this.ticketParsed = t ?? null;
    }
    return this.ticketParsed ?? undefined;
  }

  /** A string field of the ticket; `intern` for ids that repeat (see TicketScan.text). */
  ticketText(field: TicketField, intern = false): string | undefined {
    const f = this.fields();
    if (f) return f.text(field, intern);
    const v = this.ticket()?.[field];
    return typeof v === 'string' ? v : undefined;
  }

  ticketInt(field: TicketField): number | undefined {
    const f = this.fields();
    if (f) return f.int(field);
    const v = this.ticket()?.[field];
    return typeof v === 'number' ? v : undefined;
  }

  /** An instant field of the ticket in ms since the epoch. */
  ticketTime(field: TicketField): number | undefined {
    const f = this.fields();
    if (f) return f.time(field);
    const v = this.ticket()?.[field];
    return typeof v === 'string' ? Date.parse(v) : undefined;
  }

  ticketPriority(): Ticket['priority'] {
    const f = this.fields();
    return f ? f.object<Ticket['priority']>('priority') : this.ticket()?.priority;
  }
}

function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean {
  if (at < 0 || at + prefix.length > buf.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}
