// The service receipt (رسید خدمت, table 3 of the in-person desk guide): proof that
// the office accepted a request, with the tracking code and when the answer is due.
import { formatJalaliDate, formatTime, toPersianDigits, type Lang } from '@desk/common';
import type { Block, Layout } from '../layout';
import { printerText } from '../strings';

export interface ReceiptPrint {
  office: { name: string; /** PNG/JPEG, base64 */ logoBase64?: string };
  service: { title: string; code: string };
  client: { name: string; nationalId: string };
  trackingCode: string;
  /** Documents received at the desk. */
  documents: string[];
  /** epoch ms */
  submittedAt: number;
  /** Promised response date (epoch ms); null when served on the spot. */
  responseDueAt: number | null;
  /** Rials; 0 or null when free. */
  fee: number | null;
  responsible: { name: string; contact: string };
  /** Encoded in the QR code; the tracking code itself when absent. */
  trackingUrl?: string;
  lang?: Lang;
}

/** «۱۲۰٬۰۰۰» in Persian, "120,000" in English. */
export function formatRials(amount: number, lang: Lang): string {
  const grouped = Math.round(amount).toLocaleString('en-US');
  return lang === 'fa' ? toPersianDigits(grouped.replace(/,/g, '٬')) : grouped;
}

export function receiptLayout(r: ReceiptPrint): Layout {
  const lang = r.lang ?? 'fa';
  const say = (key: Parameters<typeof printerText>[0], params?: Record<string, string | number>) => printerText(key, lang, params);
  const digits = (s: string) => (lang === 'fa' ? toPersianDigits(s) : s);
  const when = (at: number) => `${formatJalaliDate(at, lang)}${lang === 'fa' ? '، ' : ', '}${formatTime(at, lang)}`;
  const blocks: Block[] = [];
  if (r.office.logoBase64) blocks.push({ kind: 'image', base64: r.office.logoBase64, maxWidth: 0.4, maxHeight: 140 });
  blocks.push(
    { kind: 'text', text: r.office.name, size: 'large', weight: 'bold', align: 'center' },
    { kind: 'text', text: say('receipt.title'), size: 'normal', weight: 'bold', align: 'center', inverse: true },
    { kind: 'spacer', height: 8 },
    {
      kind: 'rows',
      rows: [
        { label: say('receipt.service'), value: r.service.title },
        { label: say('receipt.serviceCode'), value: digits(r.service.code) },
        { label: say('receipt.client'), value: r.client.name },
        { label: say('receipt.nationalId'), value: digits(r.client.nationalId) },
        { label: say('receipt.trackingCode'), value: digits(r.trackingCode) },
        { label: say('receipt.submittedAt'), value: when(r.submittedAt) },
        { label: say('receipt.dueAt'), value: r.responseDueAt === null ? say('receipt.dueOnSpot') : formatJalaliDate(r.responseDueAt, lang) },
        { label: say('receipt.fee'), value: r.fee ? say('receipt.feeValue', { amount: formatRials(r.fee, lang) }) : say('receipt.noFee') },
      ],
    },
    { kind: 'divider', style: 'dashed' },
    { kind: 'text', text: say('receipt.documents'), size: 'normal', weight: 'bold' },
    r.documents.length ? { kind: 'list', items: r.documents } : { kind: 'text', text: say('receipt.noDocuments') },
    { kind: 'divider', style: 'dashed' },
    {
      kind: 'rows',
      rows: [
        { label: say('receipt.responsible'), value: r.responsible.name },
        { label: say('receipt.contact'), value: digits(r.responsible.contact) },
      ],
    },
    { kind: 'qr', data: r.trackingUrl ?? r.trackingCode, caption: say('receipt.scan') },
    { kind: 'text', text: digits(r.trackingCode), size: 'large', weight: 'bold', align: 'center' },
    { kind: 'spacer', height: 16 },
  );
  return { direction: lang === 'fa' ? 'rtl' : 'ltr', blocks };
}
