// The counter's view of the translation layer: keys checked at compile time,
// and the few names every screen shows in the chosen language.
import { useI18n } from '@desk/ui';
import { toPersianDigits, type Counter, type Lang, type MessageKey, type Params, type PriorityKind, type Service } from '@desk/common';
import type { CounterKey } from './strings';
import type { Problem } from './problems';

export type Key = CounterKey | MessageKey;
export type T = (key: Key, params?: Params) => string;

export function useT(): { t: T; lang: Lang } {
  const { t, lang } = useI18n();
  return { t: t as T, lang };
}

export function problemText(t: T, problem: Problem | undefined): string | undefined {
  return problem ? t(problem.key, problem.params) : undefined;
}

/** Names are stored with Latin digits (normalizePersianText); Persian readers see Persian digits. */
export function localDigits(text: string, lang: Lang): string {
  return lang === 'fa' ? toPersianDigits(text) : text;
}

/** «الف، ب» in Persian, "a, b" in English. */
export function joinList(items: string[], lang: Lang): string {
  return items.join(lang === 'fa' ? '، ' : ', ');
}

/** A service's (or department's) name in the reader's language. */
export function serviceName(item: Pick<Service, 'name' | 'nameEn'> | undefined, lang: Lang): string {
  if (!item) return '—';
  return lang === 'en' && item.nameEn ? item.nameEn : localDigits(item.name, lang);
}

export function counterTitle(t: T, lang: Lang, counter: Pick<Counter, 'number' | 'name'>): string {
  const title = t('counter.title', { number: counter.number });
  return counter.name ? `${title} — ${localDigits(counter.name, lang)}` : title;
}

export const PRIORITY_KEYS: Record<PriorityKind, CounterKey> = {
  elderly: 'priority.elderly',
  disabled: 'priority.disabled',
  veteran: 'priority.veteran',
  pregnant: 'priority.pregnant',
};
