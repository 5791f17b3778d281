// The report screens' words (strings.ts) in the page's language: whichever app shows
// them (the counter, the central desk) chooses the language with its I18nProvider.
import { useMemo } from 'react';
import { mergeCatalogs, sharedMessages, toPersianDigits, translator, type Lang, type Params } from '@desk/common';
import { useI18n } from '../i18n';
import { reportStrings, type ReportsKey } from './strings';

export type ReportsT = (key: ReportsKey, params?: Params) => string;

/** A form field's problem: a message key with its parameters, translated where it shows. */
export interface FieldProblem {
  key: string;
  params?: Params;
}

export type FieldProblems<F extends string> = Partial<Record<F, FieldProblem>>;

const catalog = mergeCatalogs(sharedMessages, reportStrings);

export function useReportsT(): { t: ReportsT; lang: Lang } {
  const { lang } = useI18n();
  const t = useMemo(() => translator(catalog, lang) as ReportsT, [lang]);
  return { t, lang };
}

export function problemText(t: ReportsT, problem: FieldProblem | undefined): string | undefined {
  return problem ? t(problem.key as ReportsKey, problem.params) : undefined;
}

/** Names are stored with Latin digits; Persian readers see Persian digits. */
export function localDigits(text: string, lang: Lang): string {
  return lang === 'fa' ? toPersianDigits(text) : text;
}
