// Which calls reach the announcer: every ticket.called / ticket.recalled event
// (replayed in order after a reconnect), and, when a whole snapshot replaces the
// view, only the recent calls this screen has not seen yet and that are still fresh.
// Pure apart from the listeners it registers on the connection.
import type { Call, DeskEvent, QueueView } from '@desk/common';
import type { Announcer } from './announcer';

/** A snapshot's calls older than this are history, not news. */
export const CATCH_UP_MS = 60_000;

/** The part of DeskConnection the voice listens to. */
export interface CallSource {
  onEvent(listener: (event: DeskEvent, view: QueueView) => void): () => void;
  onSnapshot(listener: (view: QueueView) => void): () => void;
}

export interface FeedOptions {
  now?: () => number;
  /** Only these calls are spoken (e.g. one counter's sign); all are still remembered as seen. */
  accept?: (call: Call) => boolean;
  maxAgeMs?: number;
}

function callTime(call: Call): number {
  const t = Date.parse(call.at);
  return Number.isNaN(t) ? 0 : t;
}

/**
 * Calls of a snapshot worth announcing: at or after the last call this screen saw
 * (the announcer drops the ones it already had) and younger than `maxAgeMs`.
 * Oldest first, the order they were made.
 */
export function callsToCatchUp(
  recentCalls: readonly Call[],
  lastSeenAt: number | null,
  now: number,
  maxAgeMs = CATCH_UP_MS,
): Call[] {
  return [...recentCalls]
    .reverse() // recentCalls is newest first; equal times keep their order
    .filter((call) => {
      const at = callTime(call);
      return (lastSeenAt === null || at >= lastSeenAt) && now - at <= maxAgeMs;
    })
    .sort((a, b) => callTime(a) - callTime(b));
}

/** The call an event announces, if it is one. */
export function announcedCall(event: DeskEvent): Call | null {
  if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return null;
  return event.call ?? null;
}

/** Wire a connection to an announcer. Returns the unsubscribe function. */
export function feedAnnouncer(source: CallSource, announcer: Pick<Announcer, 'enqueue'>, options: FeedOptions = {}): () => void {
  const now = options.now ?? Date.now;
  const accept = options.accept ?? (() => true);
  let lastSeenAt: number | null = null;
  const see = (call: Call) => {
    lastSeenAt = Math.max(lastSeenAt ?? 0, callTime(call));
  };

  const offEvent = source.onEvent((event) => {
    const call = announcedCall(event);
    if (!call) return;
    see(call);
    if (accept(call)) announcer.enqueue(call);
  });

  const offSnapshot = source.onSnapshot((view) => {
    for (const call of callsToCatchUp(view.recentCalls, lastSeenAt, now(), options.maxAgeMs)) {
      if (accept(call)) announcer.enqueue(call);
    }
    for (const call of view.recentCalls) see(call);
  });

  return () => {
    offEvent();
    offSnapshot();
  };
}
