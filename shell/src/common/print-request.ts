// What the kiosk page may ask to print: one ticket, as a `TicketPrint`, checked
// field by field. The page comes from the office server, but a bug (or a server
// that was tampered with) must not be able to feed the printer anything else:
// unknown fields, huge strings and odd numbers are refused, never trimmed.
import type { TicketPrint } from '@desk/printers';
import type { Checked } from './settings';

export interface PrintRequest {
  ticketId: string;
  data: TicketPrint;
}

/** Ticket ids are UUIDs today; anything that is safe inside a job key will do. */
const TICKET_ID = /^[A-Za-z0-9_-]{1,100}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MAX_TEXT = 200;
/** A small logo, not a poster. */
const MAX_LOGO_BASE64 = 256 * 1024;
const MAX_COUNTERS = 100;
const DATA_KEYS = new Set(['office', 'label', 'serviceName', 'counters', 'ahead', 'waitMinutes', 'issuedAt', 'statusUrl', 'priority', 'lang']);
const OFFICE_KEYS = new Set(['name', 'logoBase64']);

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function isText(value: unknown, max = MAX_TEXT, { empty = false } = {}): value is string {
  return typeof value === 'string' && (empty || value.trim() !== '') && value.length <= max;
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isWebUrl(value: unknown): value is string {
  if (!isText(value, 500)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The first field that is wrong, or null. Names are the `TicketPrint` fields (for the log and the message). */
function problemIn(data: unknown): string | null {
  if (!isRecord(data)) return 'data';
  const extra = Object.keys(data).find((k) => !DATA_KEYS.has(k));
  if (extra !== undefined) return extra;
  const office = data.office;
  if (!isRecord(office) || Object.keys(office).some((k) => !OFFICE_KEYS.has(k)) || !isText(office.name)) return 'office';
  if (office.logoBase64 !== undefined && !(typeof office.logoBase64 === 'string' && office.logoBase64.length <= MAX_LOGO_BASE64 && BASE64.test(office.logoBase64))) {
    return 'office.logoBase64';
  }
  if (!isText(data.label, 20)) return 'label';
  // '' as the server prints it when the service is gone by the time the ticket prints
  if (!isText(data.serviceName, MAX_TEXT, { empty: true })) return 'serviceName';
  const counters = data.counters;
  if (!Array.isArray(counters) || counters.length > MAX_COUNTERS || !counters.every((n) => isCount(n, 9999) && n > 0)) return 'counters';
  if (!isCount(data.ahead, 100_000)) return 'ahead';
  const wait = data.waitMinutes;
  if (wait !== null && !(typeof wait === 'number' && Number.isFinite(wait) && wait >= 0 && wait <= 100_000)) return 'waitMinutes';
  if (!(typeof data.issuedAt === 'number' && Number.isSafeInteger(data.issuedAt) && data.issuedAt > 0)) return 'issuedAt';
  if (!isWebUrl(data.statusUrl)) return 'statusUrl';
  if (data.priority !== undefined && !isText(data.priority, 100)) return 'priority';
  if (data.lang !== undefined && data.lang !== 'fa' && data.lang !== 'en') return 'lang';
  return null;
}

/** The page's `print(ticketId, data)` → a request the printer may take, or a Persian reason. */
export function checkPrintRequest(ticketId: unknown, data: unknown): Checked<PrintRequest> {
  if (typeof ticketId !== 'string' || !TICKET_ID.test(ticketId)) {
    return { ok: false, message: 'درخواست چاپ پذیرفته نشد: شناسهٔ نوبت درست نیست.' };
  }
  const problem = problemIn(data);
  if (problem !== null) return { ok: false, message: `درخواست چاپ پذیرفته نشد: بخش «${problem}» از برگهٔ نوبت درست نیست.` };
  const d = data as unknown as TicketPrint;
  // A fresh object with only the known fields: nothing the page attached rides along.
  const clean: TicketPrint = {
    office: { name: d.office.name, ...(d.office.logoBase64 !== undefined ? { logoBase64: d.office.logoBase64 } : {}) },
    label: d.label,
    serviceName: d.serviceName,
    counters: [...d.counters],
    ahead: d.ahead,
    waitMinutes: d.waitMinutes,
    issuedAt: d.issuedAt,
    statusUrl: d.statusUrl,
    ...(d.priority !== undefined ? { priority: d.priority } : {}),
    ...(d.lang !== undefined ? { lang: d.lang } : {}),
  };
  return { ok: true, value: { ticketId, data: clean } };
}
