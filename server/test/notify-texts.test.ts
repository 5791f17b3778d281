// What the client reads: short Persian SMS texts with Persian digits and Jalali dates
// that fit in two SMS parts, and mobile numbers accepted as people type them.
import { describe, it, expect } from 'vitest';
import { normalizeMobile, smsParts, smsText, type NotificationEvent } from '../src/notify';

const office = { officeName: 'فرمانداری چالوس' };
const url = 'https://desk.example.ir/c/20731';

const events: NotificationEvent[] = [
  { kind: 'accepted', trackingCode: '1405-20731', serviceName: 'صدور پروانهٔ کسب برای اتباع خارجی', promisedAt: '2026-11-30T08:30:00Z', receiptUrl: url },
  { kind: 'step-changed', trackingCode: '1405-20731', step: 'بررسی در کمیسیون ماده ۱۰۰', note: 'جلسهٔ کمیسیون سه‌شنبه برگزار می‌شود.', url },
  { kind: 'info-requested', trackingCode: '1405-20731', what: 'تصویر سند مالکیت', dueAt: '2026-12-05T20:29:00Z', url },
  {
    kind: 'appointment',
    trackingCode: '1405-20731',
    at: '2026-12-01T06:00:00Z',
    place: 'ساختمان شمارهٔ ۲ فرمانداری، طبقهٔ همکف',
    reason: 'امضای اصل تعهدنامه در حضور کارشناس',
    documents: ['اصل کارت ملی', 'اصل شناسنامه', 'اصل سند مالکیت', 'دو قطعه عکس'],
  },
  { kind: 'response-issued', trackingCode: '1405-20731', url },
  { kind: 'survey', trackingCode: '1405-20731', url },
  { kind: 'otp', code: '48392', ttlSeconds: 120 },
];

describe('SMS texts', () => {
  for (const event of events) {
    it(`"${event.kind}" fits in two parts, signed, with Persian digits outside links`, () => {
      const text = smsText(event, office);
      expect(smsParts(text)).toBeLessThanOrEqual(2);
      expect(text.endsWith('\nفرمانداری چالوس')).toBe(true);
      expect(text.replace(url, '')).not.toMatch(/[0-9]/);
      if ('trackingCode' in event) expect(text).toContain('۱۴۰۵-۲۰۷۳۱');
      if ('url' in event && event.url) expect(text).toContain(url);
    });
  }

  it('gives the appointment day and Tehran time in Jalali, and keeps what matters when space is short', () => {
    const text = smsText(events[3]!, office);
    // 06:00 UTC on 1 Dec 2026 is 09:30 on Tuesday 10 Azar 1405 in Tehran (the year is left out: it is days away)
    expect(text).toContain('سه‌شنبه ۱۰ آذر ساعت ۰۹:۳۰');
    expect(text).toContain('علت:');
    // the documents line is the first thing to go; the e-mail carries the full list
    expect(text).not.toContain('دو قطعه عکس');
  });

  it('clips a very long service name rather than drop the receipt link', () => {
    const text = smsText({ ...(events[0] as Extract<NotificationEvent, { kind: 'accepted' }>), serviceName: 'ا'.repeat(90) }, office);
    expect(text).toContain(url);
    expect(text).toContain('…»');
    expect(smsParts(text)).toBeLessThanOrEqual(2);
  });

  it('counts parts the way operators bill them', () => {
    expect(smsParts('a'.repeat(160))).toBe(1);
    expect(smsParts('a'.repeat(161))).toBe(2);
    expect(smsParts('س'.repeat(70))).toBe(1);
    expect(smsParts('س'.repeat(71))).toBe(2);
    expect(smsParts('س'.repeat(134))).toBe(2);
    expect(smsParts('س'.repeat(135))).toBe(3);
  });
});

describe('mobile numbers', () => {
  it('accepts the forms people type and gives 09xxxxxxxxx', () => {
    for (const input of ['09121234567', '+989121234567', '00989121234567', '989121234567', '9121234567', '۰۹۱۲ ۱۲۳ ۴۵۶۷', '٠٩١٢١٢٣٤٥٦٧', '0912-123-4567']) {
      expect(normalizeMobile(input), input).toBe('09121234567');
    }
  });

  it('refuses landlines, short numbers and letters', () => {
    for (const input of ['02188776655', '0912123456', '091212345678', '09l21234567', '', '+19121234567']) {
      expect(normalizeMobile(input), input).toBeNull();
    }
  });
});
