// The queue engine: decides what a command does. Pure: no I/O; time, ids and
// the actor come in through the context. It returns events; applyEvent changes state.
import {
  estimateWaitMinutes,
  formatOpeningHours,
  isOpenAt,
  ticketLabel,
  pickNext,
  servesTicket,
  transferQueueKey,
  officeDay,
  waitingAhead,
  waitingCountByService,
  type Actor,
  type Call,
  appointmentQueueKey,
  type Command,
  type OfficeCommand,
  type CounterState,
  type EngineEvent,
  type MessageKey,
  type Params,
  type PublicConfig,
  type Service,
  type Ticket,
  type VisitSurveyCommand,
  validateSurvey,
  VISIT_SURVEY_QUESTIONS,
} from '@desk/common';
import { applyEvent, serviceSecondsRecord, type QueueState } from './state';

export interface EngineContext {
  now: string;
  newId: () => string;
  actor: Actor & { name?: string };
  config: PublicConfig;
  commandId?: string;
}

export type Decision =
  | { ok: true; events: EngineEvent[]; answer: Record<string, unknown> }
  | { ok: false; code: MessageKey; params?: Params };

const refuse = (code: MessageKey, params?: Params): Decision => ({ ok: false, code, params });

/**
 * Handle a command: start a new office day if the Tehran date changed, decide,
 * and apply the resulting events to `state`. On refusal the state is untouched
 * (except a day change, which is itself an event to journal: see `events`).
 */
export function handleCommand(state: QueueState, command: OfficeCommand, ctx: EngineContext): Decision & { dayEvents: EngineEvent[] } {
  const dayEvents = rollDay(state, ctx);
  const decision = decide(state, command, ctx);
  if (decision.ok) for (const e of decision.events) applyEvent(state, e);
  return { ...decision, dayEvents };
}

/** A day.started event (applied) if the office day changed since the state's day. */
export function rollDay(state: QueueState, ctx: Omit<EngineContext, 'commandId'>): EngineEvent[] {
  const day = officeDay(ctx.now);
  if (day === state.day) return [];
  const counters: CounterState[] = ctx.config.counters.map((c) => ({
    counterId: c.id,
    status: 'closed',
    normalsSincePriority: 0,
    since: ctx.now,
  }));
  const event: EngineEvent = {
    id: ctx.newId(),
    type: 'day.started',
    at: ctx.now,
    day,
    actor: { kind: 'system', id: 'clock' },
    counters,
  };
  applyEvent(state, event);
  return [event];
}

export function decide(state: QueueState, command: OfficeCommand, ctx: EngineContext): Decision {
  switch (command.type) {
    case 'ticket.issue':
      return issue(state, command, ctx);
    case 'counter.open':
      return openCounter(state, command.counterId, ctx);
    case 'counter.close':
    case 'counter.pause':
    case 'counter.resume':
      return counterStatus(state, command, ctx);
    case 'ticket.callNext':
    case 'ticket.callSpecific':
      return call(state, command, ctx);
    case 'ticket.recall':
    case 'ticket.start':
    case 'ticket.finish':
    case 'ticket.noShow':
    case 'ticket.transfer':
    case 'ticket.priority':
      return workCurrent(state, command, ctx);
    case 'ticket.survey':
      return visitSurvey(state, command, ctx);
  }
}

// ── the visitor's survey after a counter visit ──

/**
 * Once per ticket, after it was served, on the day of the visit (the day's tickets are
 * what the office holds; a survey is answered on the way out). The answers go into the
 * journal with the event; the ticket only notes that it was surveyed.
 */
function visitSurvey(state: QueueState, cmd: VisitSurveyCommand, ctx: EngineContext): Decision {
  const ticket = state.tickets.get(cmd.ticketId);
  if (!ticket) return refuse('error.ticketNotFound');
  if (ticket.surveyedAt) return refuse('error.surveyDone');
  if (ticket.status !== 'done') return refuse('error.surveyTooEarly');
  const checked = validateSurvey(cmd.answers, cmd.comment, 'fa', VISIT_SURVEY_QUESTIONS);
  if (!checked.ok) return refuse('error.surveyInvalid', { detail: Object.values(checked.errors)[0] ?? '' });
  const next: Ticket = { ...ticket, surveyedAt: ctx.now };
  const survey = { answers: checked.answers, ...(checked.comment ? { comment: checked.comment } : {}) };
  return { ok: true, events: [baseEvent(state, 'ticket.surveyed', ctx, { ticket: next, survey })], answer: { ticket: next } };
}

// ── issuing ──

function nextNumberFor(state: QueueState, service: Service): number | undefined {
  const size = service.rangeEnd - service.rangeStart + 1;
  let n = state.nextNumber.get(service.id) ?? service.rangeStart;
  const inUse = new Set<number>();
  for (const t of state.tickets.values()) {
    if (t.serviceId === service.id && (t.status === 'waiting' || t.status === 'called' || t.status === 'serving')) inUse.add(t.number);
  }
  for (let i = 0; i < size; i++) {
    if (n > service.rangeEnd || n < service.rangeStart) n = service.rangeStart;
    if (!inUse.has(n)) return n;
    n++;
  }
  return undefined;
}

function issue(state: QueueState, cmd: Extract<OfficeCommand, { type: 'ticket.issue' }>, ctx: EngineContext): Decision {
  const service = ctx.config.services.find((s) => s.id === cmd.serviceId);
  if (!service) return refuse('error.serviceNotFound');
  if (!service.active) return refuse('error.serviceInactive');
  if (cmd.priority && !service.allowsPriority) return refuse('error.priorityNotAllowed');
  if (ctx.config.queue.enforceOpeningHours && !isOpenAt(ctx.config.hours, ctx.now)) return refuse('error.officeClosed', { hours: formatOpeningHours(ctx.config.hours) });
  const number = nextNumberFor(state, service);
  if (number === undefined) return refuse('error.conflict', { detail: 'ظرفیت شماره‌های امروز این خدمت پر است.' });
  const nowMs = Date.parse(ctx.now);
  const ticket: Ticket = {
    id: ctx.newId(),
    day: state.day,
    order: state.lastOrder + 1,
    serviceId: service.id,
    prefix: service.prefix,
    number,
    channel: ctx.actor.role === 'kiosk' ? 'kiosk' : 'counter',
    ...(cmd.priority ? { priority: { kind: cmd.priority, status: 'claimed' as const } } : {}),
    status: 'waiting',
    issuedAt: ctx.now,
    queueKey: 'appointment' in cmd ? appointmentQueueKey(nowMs, Date.parse(cmd.appointment.at)) : nowMs,
    recalls: 0,
    transfers: 0,
    ...('appointment' in cmd ? { caseId: cmd.appointment.caseId, appointmentAt: cmd.appointment.at } : {}),
  };
  const ahead = waitingAhead(state.tickets.values(), ticket);
  const waiting = waitingCountByService(state.tickets.values());
  const waitMinutes = estimateWaitMinutes({
    serviceId: service.id,
    ahead,
    config: ctx.config,
    counters: [...state.counters.values()],
    serviceSeconds: serviceSecondsRecord(state),
    waitingByService: waiting,
  });
  const event = baseEvent(state, 'ticket.issued', ctx, { ticket });
  return { ok: true, events: [event], answer: { ticket, ahead, waitMinutes } };
}

// ── counters ──

function baseEvent(state: QueueState, type: EngineEvent['type'], ctx: EngineContext, rest: Partial<EngineEvent>): EngineEvent {
  return { id: ctx.newId(), type, at: ctx.now, day: state.day, actor: stripName(ctx.actor), commandId: ctx.commandId, ...rest };
}

function stripName(actor: EngineContext['actor']): Actor {
  return { kind: actor.kind, id: actor.id, ...(actor.role ? { role: actor.role } : {}) };
}

function counterStateOf(state: QueueState, counterId: string, now: string): CounterState {
  return state.counters.get(counterId) ?? { counterId, status: 'closed', normalsSincePriority: 0, since: now };
}

const isSupervisor = (actor: Actor) => actor.role === 'supervisor' || actor.role === 'admin';

function openCounter(state: QueueState, counterId: string, ctx: EngineContext): Decision {
  const counter = ctx.config.counters.find((c) => c.id === counterId && c.active);
  if (!counter) return refuse('error.counterNotFound');
  const current = counterStateOf(state, counterId, ctx.now);
  if (current.status !== 'closed') {
    if (current.clerkId === ctx.actor.id) return { ok: true, events: [], answer: { counter: current } };
    return refuse('error.counterTaken', { name: current.clerkName ?? '' });
  }
  for (const other of state.counters.values()) {
    if (other.status !== 'closed' && other.clerkId === ctx.actor.id) {
      const number = ctx.config.counters.find((c) => c.id === other.counterId)?.number ?? 0;
      return refuse('error.clerkHasCounter', { counter: number });
    }
  }
  const next: CounterState = {
    counterId,
    status: 'open',
    clerkId: ctx.actor.id,
    ...(ctx.actor.name ? { clerkName: ctx.actor.name } : {}),
    normalsSincePriority: 0,
    since: ctx.now,
  };
  return { ok: true, events: [baseEvent(state, 'counter.opened', ctx, { counter: next })], answer: { counter: next } };
}

/** The counter as this actor may work it, or a refusal. */
type OwnCounter = { refusal: Decision } | { counter: PublicConfig['counters'][number]; cs: CounterState };
function ownCounter(state: QueueState, counterId: string, ctx: EngineContext, allowSupervisor = false): OwnCounter {
  const counter = ctx.config.counters.find((c) => c.id === counterId);
  if (!counter) return { refusal: refuse('error.counterNotFound') };
  const cs = counterStateOf(state, counterId, ctx.now);
  if (cs.status === 'closed') return { refusal: refuse('error.counterNotOpen') };
  if (cs.clerkId !== ctx.actor.id && !(allowSupervisor && isSupervisor(ctx.actor))) {
    return { refusal: refuse('error.counterHasOtherClerk') };
  }
  return { counter, cs };
}

function counterStatus(
  state: QueueState,
  cmd: Extract<Command, { type: 'counter.close' | 'counter.pause' | 'counter.resume' }>,
  ctx: EngineContext,
): Decision {
  const own = ownCounter(state, cmd.counterId, ctx, cmd.type === 'counter.close');
  if ('refusal' in own) return own.refusal;
  const { cs } = own;
  const current = cs.currentTicketId ? state.tickets.get(cs.currentTicketId) : undefined;
  const busy = current && (current.status === 'called' || current.status === 'serving');
  if (cmd.type === 'counter.close') {
    if (busy) return refuse('error.counterBusy', { ticket: ticketLabel(current) });
    const next: CounterState = { counterId: cs.counterId, status: 'closed', normalsSincePriority: 0, since: ctx.now };
    return { ok: true, events: [baseEvent(state, 'counter.closed', ctx, { counter: next })], answer: { counter: next } };
  }
  if (cmd.type === 'counter.pause') {
    if (cs.status === 'paused') return { ok: true, events: [], answer: { counter: cs } };
    if (busy) return refuse('error.counterBusy', { ticket: ticketLabel(current) });
    const next: CounterState = { ...cs, status: 'paused', since: ctx.now, ...(cmd.reason ? { pauseReason: cmd.reason } : {}) };
    return {
      ok: true,
      events: [baseEvent(state, 'counter.paused', ctx, { counter: next, ...(cmd.reason ? { reason: cmd.reason } : {}) })],
      answer: { counter: next },
    };
  }
  if (cs.status === 'open') return { ok: true, events: [], answer: { counter: cs } };
  const { pauseReason: _dropped, ...rest } = cs;
  const next: CounterState = { ...rest, status: 'open', since: ctx.now };
  return { ok: true, events: [baseEvent(state, 'counter.resumed', ctx, { counter: next })], answer: { counter: next } };
}


// ── calling ──

/** Events that close the counter's current ticket (a call moves on: Qmatic-style). */
function finishCurrent(state: QueueState, cs: CounterState, ctx: EngineContext): { events: EngineEvent[]; cs: CounterState } {
  const current = cs.currentTicketId ? state.tickets.get(cs.currentTicketId) : undefined;
  if (!current || (current.status !== 'called' && current.status !== 'serving')) return { events: [], cs };
  const done: Ticket = { ...current, status: 'done', finishedAt: ctx.now };
  const { currentTicketId: _gone, ...rest } = cs;
  const nextCs: CounterState = { ...rest };
  const secs = durationWith(state, done);
  return {
    events: [baseEvent(state, 'ticket.finished', ctx, { ticket: done, counter: nextCs, ...(secs ? { serviceSeconds: secs } : {}) })],
    cs: nextCs,
  };
}

/** The service's rolling mean as it will be once `done` counts (for the event payload). */
function durationWith(state: QueueState, done: Ticket): { serviceId: string; seconds: number } | undefined {
  const start = done.servingAt ?? done.calledAt;
  if (!start || !done.finishedAt) return undefined;
  const secs = Math.max(0, (Date.parse(done.finishedAt) - Date.parse(start)) / 1000);
  const list = [...(state.durations.get(done.serviceId) ?? []), secs].slice(-state.serviceTimeWindow);
  return { serviceId: done.serviceId, seconds: Math.round(list.reduce((a, b) => a + b, 0) / list.length) };
}

function callEvent(
  state: QueueState,
  ticket: Ticket,
  cs: CounterState,
  counterNumber: number,
  ctx: EngineContext,
  recall: boolean,
  reason?: string,
): EngineEvent {
  const call: Call = {
    id: ctx.newId(),
    ticketId: ticket.id,
    prefix: ticket.prefix,
    number: ticket.number,
    serviceId: ticket.serviceId,
    counterId: cs.counterId,
    counterNumber,
    at: ctx.now,
    recall,
  };
  return baseEvent(state, recall ? 'ticket.recalled' : 'ticket.called', ctx, {
    ticket,
    counter: cs,
    call,
    ...(reason ? { reason } : {}),
  });
}

function call(
  state: QueueState,
  cmd: Extract<Command, { type: 'ticket.callNext' | 'ticket.callSpecific' }>,
  ctx: EngineContext,
): Decision {
  const own = ownCounter(state, cmd.counterId, ctx);
  if ('refusal' in own) return own.refusal;
  const { counter, cs } = own;
  if (cs.status === 'paused') return refuse('error.counterPaused');
  let picked: Ticket | undefined;
  if (cmd.type === 'ticket.callSpecific') {
    // out of order is logged and must say why
    if (cmd.reason.trim().length < 2) return refuse('error.invalid', { detail: 'دلیل فراخوانی خارج از نوبت' });
    picked = state.tickets.get(cmd.ticketId);
    if (!picked) return refuse('error.ticketNotFound');
    if (picked.status !== 'waiting') return refuse('error.ticketNotWaiting');
    if (!servesTicket(counter, picked)) return refuse('error.ticketNotForCounter');
  } else {
    picked = pickNext(state.tickets.values(), counter, cs, ctx.config.queue.normalsPerPriority);
  }
  const finished = finishCurrent(state, cs, ctx);
  if (!picked) return { ok: true, events: finished.events, answer: { ticket: null } };
  const priorityCall = picked.priority !== undefined && picked.priority.status !== 'rejected';
  const { targetCounterId: _t, ...rest } = picked;
  const called: Ticket = {
    ...rest,
    status: 'called',
    counterId: counter.id,
    clerkId: ctx.actor.id,
    calledAt: ctx.now,
    recalls: 0,
  };
  const nextCs: CounterState = {
    ...finished.cs,
    currentTicketId: called.id,
    normalsSincePriority:
      cmd.type === 'ticket.callSpecific' ? finished.cs.normalsSincePriority : priorityCall ? 0 : finished.cs.normalsSincePriority + 1,
  };
  const reason = cmd.type === 'ticket.callSpecific' ? cmd.reason : undefined;
  return {
    ok: true,
    events: [...finished.events, callEvent(state, called, nextCs, counter.number, ctx, false, reason)],
    answer: { ticket: called },
  };
}

// ── working the current ticket ──

function workCurrent(
  state: QueueState,
  cmd: Extract<Command, { type: 'ticket.recall' | 'ticket.start' | 'ticket.finish' | 'ticket.noShow' | 'ticket.transfer' | 'ticket.priority' }>,
  ctx: EngineContext,
): Decision {
  const own = ownCounter(state, cmd.counterId, ctx);
  if ('refusal' in own) return own.refusal;
  const { counter, cs } = own;
  const current = cs.currentTicketId ? state.tickets.get(cs.currentTicketId) : undefined;
  if (!current || (current.status !== 'called' && current.status !== 'serving')) return refuse('error.noCurrentTicket');
  const ok = (events: EngineEvent[], ticket: Ticket): Decision => ({ ok: true, events, answer: { ticket } });
  const { currentTicketId: _gone, ...freeCs } = cs;

  switch (cmd.type) {
    case 'ticket.recall': {
      if (current.status === 'serving') return refuse('error.alreadyServing');
      const t: Ticket = { ...current, recalls: current.recalls + 1 };
      return ok([callEvent(state, t, cs, counter.number, ctx, true)], t);
    }
    case 'ticket.start': {
      if (current.status === 'serving') return refuse('error.alreadyServing');
      const t: Ticket = { ...current, status: 'serving', servingAt: ctx.now };
      return ok([baseEvent(state, 'ticket.serving', ctx, { ticket: t, counter: cs })], t);
    }
    case 'ticket.finish': {
      const done = finishCurrent(state, cs, ctx);
      return ok(done.events, done.events[0]!.ticket!);
    }
    case 'ticket.noShow': {
      if (current.status === 'serving') return refuse('error.alreadyServing');
      const needed = ctx.config.queue.recallsBeforeNoShow;
      if (current.recalls < needed) return refuse('error.noShowTooEarly', { count: needed });
      const t: Ticket = { ...current, status: 'noShow', finishedAt: ctx.now };
      return ok([baseEvent(state, 'ticket.noShow', ctx, { ticket: t, counter: freeCs })], t);
    }
    case 'ticket.transfer': {
      if (!cmd.toServiceId && !cmd.toCounterId) return refuse('error.transferTarget');
      if (cmd.toCounterId === counter.id) return refuse('error.transferSameCounter');
      const toService = cmd.toServiceId ? ctx.config.services.find((s) => s.id === cmd.toServiceId) : undefined;
      if (cmd.toServiceId && !toService) return refuse('error.serviceNotFound');
      if (toService && !toService.active) return refuse('error.serviceInactive');
      const toCounter = cmd.toCounterId ? ctx.config.counters.find((c) => c.id === cmd.toCounterId && c.active) : undefined;
      if (cmd.toCounterId && !toCounter) return refuse('error.counterNotFound');
      const serviceId = toService?.id ?? current.serviceId;
      const queue = [...state.tickets.values()].filter((t) =>
        toCounter ? t.targetCounterId === toCounter.id || (!t.targetCounterId && toCounter.services.some((s) => s.serviceId === t.serviceId)) : t.serviceId === serviceId && !t.targetCounterId,
      );
      const { counterId: _c, clerkId: _k, calledAt: _a, servingAt: _s, targetCounterId: _o, ...base } = current;
      const t: Ticket = {
        ...base,
        serviceId,
        status: 'waiting',
        recalls: 0,
        transfers: current.transfers + 1,
        queueKey: transferQueueKey(cmd.position, current, queue, Date.parse(ctx.now)),
        ...(toCounter ? { targetCounterId: toCounter.id } : {}),
      };
      const reason = `${cmd.position}${toCounter ? ` counter:${toCounter.number}` : ''}${toService ? ` service:${toService.id}` : ''}`;
      return ok([baseEvent(state, 'ticket.transferred', ctx, { ticket: t, counter: freeCs, reason })], t);
    }
    case 'ticket.priority': {
      if (!current.priority || current.priority.status !== 'claimed') return refuse('error.noPriorityClaim');
      const t: Ticket = { ...current, priority: { kind: current.priority.kind, status: cmd.confirm ? 'confirmed' : 'rejected' } };
      return ok([baseEvent(state, 'ticket.priority', ctx, { ticket: t, counter: cs, reason: cmd.confirm ? 'confirmed' : 'rejected' })], t);
    }
  }
}

