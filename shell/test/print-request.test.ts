import { describe, expect, it } from 'vitest';
import { checkPrintRequest, checkReceiptRequest } from '../src/common/print-request';

const ticket = {
  office: { name: 'فرمانداری شهرستان چالوس' },
  label: 'ب-۱۲۳',
  serviceName: 'صدور پروانه اشتغال',
  counters: [1, 3],
  ahead: 4,
  waitMinutes: 12,
  issuedAt: Date.parse('2026-11-23T10:05:00Z'),
  statusUrl: 'http://192.168.1.10:8080/portal/t/5f0c6c1e-8a47-4f5e-9a55-0d4a7f1c2b3e',
};
const ticketId = '5f0c6c1e-8a47-4f5e-9a55-0d4a7f1c2b3e';

describe('what the kiosk page may send to its printer', () => {
  it('a ticket as the server would print it is taken as it is', () => {
    expect(checkPrintRequest(ticketId, ticket)).toEqual({ ok: true, value: { ticketId, data: ticket } });
    const withExtras = { ...ticket, waitMinutes: null, priority: 'جانباز', lang: 'fa', office: { name: 'اداره', logoBase64: 'iVBORw0KGgo=' } };
    expect(checkPrintRequest(ticketId, withExtras)).toEqual({ ok: true, value: { ticketId, data: withExtras } });
  });

  it.each([
    ['no ticket id', undefined],
    ['an empty ticket id', ''],
    ['a ticket id with a path in it', '../../etc/passwd'],
    ['a number', 42],
  ])('%s is refused', (_what, id) => {
    const result = checkPrintRequest(id, ticket);
    expect(result).toEqual({ ok: false, message: 'درخواست چاپ پذیرفته نشد: شناسهٔ نوبت درست نیست.' });
  });

  it.each([
    ['nothing', undefined, 'data'],
    ['an array', [ticket], 'data'],
    ['a field the ticket does not have', { ...ticket, bytes: 'G0A=' }, 'bytes'],
    ['a raw layout', { ...ticket, layout: { blocks: [] } }, 'layout'],
    ['no office name', { ...ticket, office: {} }, 'office'],
    ['an office with more than a name and logo', { ...ticket, office: { name: 'x', html: '<b>' } }, 'office'],
    ['a logo that is not base64', { ...ticket, office: { name: 'x', logoBase64: 'not base64!' } }, 'office.logoBase64'],
    ['a logo the size of a poster', { ...ticket, office: { name: 'x', logoBase64: 'A'.repeat(300_000) } }, 'office.logoBase64'],
    ['an empty label', { ...ticket, label: ' ' }, 'label'],
    ['a label as long as a letter', { ...ticket, label: 'ب'.repeat(50) }, 'label'],
    ['a service name of a megabyte', { ...ticket, serviceName: 'خ'.repeat(1_000_000) }, 'serviceName'],
    ['counters as text', { ...ticket, counters: '1,3' }, 'counters'],
    ['a counter numbered 0', { ...ticket, counters: [0] }, 'counters'],
    ['a fractional counter', { ...ticket, counters: [1.5] }, 'counters'],
    ['minus people ahead', { ...ticket, ahead: -1 }, 'ahead'],
    ['people ahead as text', { ...ticket, ahead: '4' }, 'ahead'],
    ['an endless wait', { ...ticket, waitMinutes: Number.POSITIVE_INFINITY }, 'waitMinutes'],
    ['no wait field', { ...ticket, waitMinutes: undefined }, 'waitMinutes'],
    ['a date as text', { ...ticket, issuedAt: '2026-11-23' }, 'issuedAt'],
    ['a status link to a local file', { ...ticket, statusUrl: 'file:///etc/passwd' }, 'statusUrl'],
    ['a status link that is not a link', { ...ticket, statusUrl: 'scan me' }, 'statusUrl'],
    ['a language the printer does not speak', { ...ticket, lang: 'de' }, 'lang'],
    ['an empty priority', { ...ticket, priority: '' }, 'priority'],
  ])('%s is refused, naming the field in Persian', (_what, data, field) => {
    const result = checkPrintRequest(ticketId, data);
    expect(result).toEqual({ ok: false, message: `درخواست چاپ پذیرفته نشد: بخش «${field}» از برگهٔ نوبت درست نیست.` });
  });

  it('hands on a copy, so nothing the page attached later reaches the queue', () => {
    const sent = { ...ticket, counters: [2] };
    const result = checkPrintRequest(ticketId, sent);
    sent.counters.push(9);
    expect(result.ok && result.value.data.counters).toEqual([2]);
  });
});

const trackingCode = '14041234567';
const receipt = {
  office: { name: 'فرمانداری شهرستان چالوس' },
  service: { title: 'رسیدگی به تخلفات شهرداری‌ها', code: 's37' },
  client: { name: 'مریم احمدی', nationalId: '0012345679' },
  trackingCode,
  documents: ['عکس-ساختمان.jpg'],
  submittedAt: Date.parse('2026-11-23T10:05:00Z'),
  responseDueAt: Date.parse('2026-12-07T10:05:00Z'),
  fee: 120_000,
  responsible: { name: 'کارشناس دفتر فنی', contact: '011-52220541' },
  trackingUrl: `http://192.168.1.10:8080/portal/track/${trackingCode}`,
};
const receiptRefusal = (field: string) => ({ ok: false, message: `درخواست چاپ پذیرفته نشد: بخش «${field}» از رسید درست نیست.` });

describe('the receipt the kiosk page may send to its printer', () => {
  it('a receipt as the server answers it is taken as it is, and one without the optional parts too', () => {
    expect(checkReceiptRequest(trackingCode, receipt)).toEqual({ ok: true, value: { trackingCode, data: receipt } });
    const { trackingUrl: _url, ...bare } = receipt;
    const plain = { ...bare, documents: [], responseDueAt: null, fee: null, responsible: { name: 'کارشناس', contact: '' }, lang: 'en' };
    expect(checkReceiptRequest(trackingCode, plain)).toEqual({ ok: true, value: { trackingCode, data: plain } });
  });

  it.each([
    ['no tracking code', undefined],
    ['a tracking code of ten digits', '1404123456'],
    ['a tracking code in Persian digits', '۱۴۰۴۱۲۳۴۵۶۷'],
    ['a path', '../../etc/passwd'],
  ])('%s is refused', (_what, code) => {
    expect(checkReceiptRequest(code, receipt)).toEqual({ ok: false, message: 'درخواست چاپ پذیرفته نشد: کد رهگیری درست نیست.' });
  });

  it.each([
    ['nothing', undefined, 'data'],
    ['a ticket instead', ticket, 'label'],
    ['a raw layout', { ...receipt, layout: { blocks: [] } }, 'layout'],
    ['an office with html', { ...receipt, office: { name: 'x', html: '<b>' } }, 'office'],
    ['a logo the size of a poster', { ...receipt, office: { name: 'x', logoBase64: 'A'.repeat(300_000) } }, 'office.logoBase64'],
    ['a service title of a megabyte', { ...receipt, service: { title: 'خ'.repeat(1_000_000), code: 's37' } }, 'service'],
    ['a service without its code', { ...receipt, service: { title: 'خدمت' } }, 'service'],
    ['no client name', { ...receipt, client: { name: ' ', nationalId: '0012345679' } }, 'client'],
    ['a client with more than a name and ID', { ...receipt, client: { ...receipt.client, mobile: '09121234567' } }, 'client'],
    ["another request's receipt", { ...receipt, trackingCode: '14047654321' }, 'trackingCode'],
    ['documents as text', { ...receipt, documents: 'all of them' }, 'documents'],
    ['a thousand documents', { ...receipt, documents: Array.from({ length: 1000 }, () => 'x') }, 'documents'],
    ['an unnamed document', { ...receipt, documents: [''] }, 'documents'],
    ['a date as text', { ...receipt, submittedAt: '2026-11-23' }, 'submittedAt'],
    ['no promised date field', { ...receipt, responseDueAt: undefined }, 'responseDueAt'],
    ['a negative fee', { ...receipt, fee: -1 }, 'fee'],
    ['a fractional fee', { ...receipt, fee: 0.5 }, 'fee'],
    ['a contact as long as a letter', { ...receipt, responsible: { name: 'x', contact: '۰'.repeat(500) } }, 'responsible'],
    ['a tracking link to a local file', { ...receipt, trackingUrl: 'file:///etc/passwd' }, 'trackingUrl'],
    ['a language the printer does not speak', { ...receipt, lang: 'de' }, 'lang'],
  ])('%s is refused, naming the field in Persian', (_what, data, field) => {
    expect(checkReceiptRequest(trackingCode, data)).toEqual(receiptRefusal(field));
  });

  it('hands on a copy, so nothing the page attached later reaches the queue', () => {
    const sent = { ...receipt, documents: ['a.pdf'] };
    const result = checkReceiptRequest(trackingCode, sent);
    sent.documents.push('b.pdf');
    expect(result.ok && result.value.data.documents).toEqual(['a.pdf']);
  });
});
