// What the kiosk page may ask to print: one ticket, as a `TicketPrint`, or the
// receipt of a request it just took, as a `ReceiptPrint`, checked field by field.
// The page comes from the office server, but a bug (or a server that was tampered
// with) must not be able to feed the printer anything else: unknown fields, huge
// strings and odd numbers are refused, never trimmed.
import type { ReceiptPrint, TicketPrint } from '@desk/printers';
import type { Checked } from './settings';

export interface PrintRequest {
  ticketId: string;
  data: TicketPrint;
}

export interface ReceiptRequest {
  trackingCode: string;
  data: ReceiptPrint;
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
/** The e-desk's tracking code: eleven digits. */
const TRACKING_CODE = /^\d{11}$/;
/** A request takes 30 documents; answers to the office may add some. */
const MAX_DOCUMENTS = 100;
const RECEIPT_KEYS = new Set(['office', 'service', 'client', 'trackingCode', 'documents', 'submittedAt', 'responseDueAt', 'fee', 'responsible', 'trackingUrl', 'lang']);

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

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** A record with exactly these text fields (each within `max`). */
function isTexts(value: unknown, max: Record<string, number>, { empty = [] as string[] } = {}): value is Record<string, string> {
  return (
    isRecord(value) &&
    Object.keys(value).every((k) => k in max) &&
    Object.entries(max).every(([k, limit]) => isText(value[k], limit, { empty: empty.includes(k) }))
  );
}

/** The office's name and logo, as both papers carry them. */
function officeProblem(office: unknown): string | null {
  if (!isRecord(office) || Object.keys(office).some((k) => !OFFICE_KEYS.has(k)) || !isText(office.name)) return 'office';
  if (office.logoBase64 !== undefined && !(typeof office.logoBase64 === 'string' && office.logoBase64.length <= MAX_LOGO_BASE64 && BASE64.test(office.logoBase64))) {
    return 'office.logoBase64';
  }
  return null;
}

/** The first field that is wrong, or null. Names are the `TicketPrint` fields (for the log and the message). */
function problemIn(data: unknown): string | null {
  if (!isRecord(data)) return 'data';
  const extra = Object.keys(data).find((k) => !DATA_KEYS.has(k));
  if (extra !== undefined) return extra;
  const office = officeProblem(data.office);
  if (office !== null) return office;
  if (!isText(data.label, 20)) return 'label';
  // '' as the server prints it when the service is gone by the time the ticket prints
  if (!isText(data.serviceName, MAX_TEXT, { empty: true })) return 'serviceName';
  const counters = data.counters;
  if (!Array.isArray(counters) || counters.length > MAX_COUNTERS || !counters.every((n) => isCount(n, 9999) && n > 0)) return 'counters';
  if (!isCount(data.ahead, 100_000)) return 'ahead';
  const wait = data.waitMinutes;
  if (wait !== null && !(typeof wait === 'number' && Number.isFinite(wait) && wait >= 0 && wait <= 100_000)) return 'waitMinutes';
  if (!isTime(data.issuedAt)) return 'issuedAt';
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

/** The first field of a receipt that is wrong, or null; names are the `ReceiptPrint` fields. */
function receiptProblemIn(data: unknown, trackingCode: string): string | null {
  if (!isRecord(data)) return 'data';
  const extra = Object.keys(data).find((k) => !RECEIPT_KEYS.has(k));
  if (extra !== undefined) return extra;
  const office = officeProblem(data.office);
  if (office !== null) return office;
  if (!isTexts(data.service, { title: MAX_TEXT, code: 100 })) return 'service';
  if (!isTexts(data.client, { name: MAX_TEXT, nationalId: 20 })) return 'client';
  // the paper the page asked for is the receipt of that request, not another's
  if (data.trackingCode !== trackingCode) return 'trackingCode';
  const documents = data.documents;
  if (!Array.isArray(documents) || documents.length > MAX_DOCUMENTS || !documents.every((d) => isText(d))) return 'documents';
  if (!isTime(data.submittedAt)) return 'submittedAt';
  if (data.responseDueAt !== null && !isTime(data.responseDueAt)) return 'responseDueAt';
  if (data.fee !== null && !isCount(data.fee, Number.MAX_SAFE_INTEGER)) return 'fee';
  // a service may have no published phone
  if (!isTexts(data.responsible, { name: MAX_TEXT, contact: 100 }, { empty: ['contact'] })) return 'responsible';
  if (data.trackingUrl !== undefined && !isWebUrl(data.trackingUrl)) return 'trackingUrl';
  if (data.lang !== undefined && data.lang !== 'fa' && data.lang !== 'en') return 'lang';
  return null;
}

/** The page's `printReceipt(trackingCode, data)` → a receipt the printer may take, or a Persian reason. */
export function checkReceiptRequest(trackingCode: unknown, data: unknown): Checked<ReceiptRequest> {
  if (typeof trackingCode !== 'string' || !TRACKING_CODE.test(trackingCode)) {
    return { ok: false, message: 'درخواست چاپ پذیرفته نشد: کد رهگیری درست نیست.' };
  }
  const problem = receiptProblemIn(data, trackingCode);
  if (problem !== null) return { ok: false, message: `درخواست چاپ پذیرفته نشد: بخش «${problem}» از رسید درست نیست.` };
  const d = data as unknown as ReceiptPrint;
  // a fresh object with only the known fields, as for a ticket
  const clean: ReceiptPrint = {
    office: { name: d.office.name, ...(d.office.logoBase64 !== undefined ? { logoBase64: d.office.logoBase64 } : {}) },
    service: { title: d.service.title, code: d.service.code },
    client: { name: d.client.name, nationalId: d.client.nationalId },
    trackingCode,
    documents: [...d.documents],
    submittedAt: d.submittedAt,
    responseDueAt: d.responseDueAt,
    fee: d.fee,
    responsible: { name: d.responsible.name, contact: d.responsible.contact },
    ...(d.trackingUrl !== undefined ? { trackingUrl: d.trackingUrl } : {}),
    ...(d.lang !== undefined ? { lang: d.lang } : {}),
  };
  return { ok: true, value: { trackingCode, data: clean } };
}
