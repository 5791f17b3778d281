// The queue ticket a kiosk prints: who you are in the queue, where you will be
// called, how long it may take, and a code to follow it on your phone.
import { formatDuration, formatJalaliDateWithWeekday, formatNumber, formatTime, type Lang } from '@desk/common';
import type { Block, Layout } from '../layout';
import { printerText } from '../strings';

export interface TicketPrint {
  office: { name: string; /** PNG/JPEG, base64 */ logoBase64?: string };
  /** As the board shows it, e.g. «ب-۱۲۳» (ticketLabel from @desk/common). */
  label: string;
  serviceName: string;
  /** Counter numbers that serve this service. */
  counters: number[];
  /** People waiting before this ticket. */
  ahead: number;
  /** Estimated wait; null when there is no estimate yet. */
  waitMinutes: number | null;
  /** epoch ms */
  issuedAt: number;
  /** Opens the ticket's live status (encoded in the QR code). */
  statusUrl: string;
  /** Shown in a black band when the ticket has priority (e.g. «جانباز»). */
  priority?: string;
  lang?: Lang;
}

/** «۱، ۳، ۴» in Persian, "1, 3, 4" in English. */
export function listNumbers(numbers: number[], lang: Lang): string {
  return numbers.map((n) => formatNumber(n, lang)).join(lang === 'fa' ? '، ' : ', ');
}

export function ticketLayout(t: TicketPrint): Layout {
  const lang = t.lang ?? 'fa';
  const say = (key: Parameters<typeof printerText>[0], params?: Record<string, string | number>) => printerText(key, lang, params);
  const blocks: Block[] = [];
  if (t.office.logoBase64) blocks.push({ kind: 'image', base64: t.office.logoBase64, maxWidth: 0.4, maxHeight: 140 });
  blocks.push(
    { kind: 'text', text: t.office.name, size: 'large', weight: 'bold', align: 'center' },
    { kind: 'divider' },
    { kind: 'text', text: say('ticket.yourNumber'), size: 'normal', align: 'center' },
    { kind: 'big-number', text: t.label },
  );
  if (t.priority) blocks.push({ kind: 'text', text: `${say('ticket.priority')}: ${t.priority}`, size: 'normal', weight: 'bold', align: 'center', inverse: true });
  blocks.push(
    { kind: 'text', text: t.serviceName, size: 'large', weight: 'bold', align: 'center' },
    { kind: 'spacer', height: 8 },
    {
      kind: 'rows',
      rows: [
        ...(t.counters.length ? [{ label: say('ticket.counters'), value: listNumbers(t.counters, lang) }] : []),
        { label: say('ticket.ahead'), value: say('ticket.aheadValue', { n: t.ahead }) },
        { label: say('ticket.wait'), value: t.waitMinutes === null ? say('ticket.waitUnknown') : formatDuration(t.waitMinutes, lang) },
        { label: say('ticket.date'), value: formatJalaliDateWithWeekday(t.issuedAt, lang) },
        { label: say('ticket.time'), value: formatTime(t.issuedAt, lang) },
      ],
    },
    { kind: 'divider', style: 'dashed' },
    { kind: 'text', text: say('ticket.guidance'), size: 'small', align: 'center' },
    { kind: 'qr', data: t.statusUrl, caption: say('ticket.scan') },
    { kind: 'spacer', height: 16 },
  );
  return { direction: lang === 'fa' ? 'rtl' : 'ltr', blocks };
}
