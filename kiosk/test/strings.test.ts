import { describe, expect, it } from 'vitest';
import { PRIORITY_KINDS, translator } from '@desk/common';
import { messages } from '../src/strings';

describe('the kiosk words', () => {
  it('has an English text for every Persian one, and no extra', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fa).sort());
    for (const [key, text] of Object.entries(messages.en)) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(messages.fa) as (keyof typeof messages.fa)[]) {
      expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.fa[key]));
    }
  });

  it('names every priority kind', () => {
    for (const kind of PRIORITY_KINDS) expect(messages.fa).toHaveProperty(`priority.kind.${kind}`);
  });

  it('says the offline message in the plain words of the brief', () => {
    const t = translator(messages, 'fa');
    expect(`${t('offline.title')} ${t('offline.body')}`).toBe(
      'ارتباط با سامانه برقرار نیست. لطفاً چند لحظه صبر کنید؛ دستگاه خودش دوباره وصل می‌شود.',
    );
    expect(t('ticket.ahead', { count: 3 })).toBe('۳ نفر پیش از شما');
  });

  it('writes Persian with Persian ی and ک only', () => {
    for (const text of Object.values(messages.fa)) expect(text).not.toMatch(/[يك]/);
  });
});
