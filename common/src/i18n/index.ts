// The one translation layer: Persian by default, English available.
// Shared messages live here; each app defines its own with defineMessages().
import { toPersianDigits, type Lang } from '../persian';
import { fa, type MessageKey } from './fa';
import { en } from './en';

export { fa, en };
export type { MessageKey };

export type Params = Record<string, string | number>;
export interface Catalog<K extends string> {
  fa: Record<K, string>;
  en: Record<K, string>;
}

/** Declare an app's messages: English must name every Persian key. */
export function defineMessages<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}

export const sharedMessages: Catalog<MessageKey> = { fa, en };

/** Fill {placeholders}; numbers become Persian digits in Persian. */
export function interpolate(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return lang === 'fa' && typeof value === 'number' ? toPersianDigits(value) : String(value);
  });
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  return (key, params) => interpolate(catalog[lang][key] ?? catalog.fa[key] ?? key, params, lang);
}

/** Merge catalogs (shared + an app's own). */
export function mergeCatalogs<A extends string, B extends string>(a: Catalog<A>, b: Catalog<B>): Catalog<A | B> {
  return { fa: { ...a.fa, ...b.fa }, en: { ...a.en, ...b.en } } as Catalog<A | B>;
}

/** A Persian (or English) error message for a code: what the server puts in `{ok:false,error}`. */
export function errorMessage(code: MessageKey, params?: Params, lang: Lang = 'fa'): string {
  return translator(sharedMessages, lang)(code, params);
}
