// React side of the translation layer: one language for the whole page,
// Persian by default, remembered per screen; sets dir/lang on <html>.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { mergeCatalogs, sharedMessages, translator, type Catalog, type Lang, type MessageKey, type Params } from '@desk/common';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: string, params?: Params) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider<K extends string>(props: { catalog: Catalog<K>; storageKey: string; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    try {
      return localStorage.getItem(`desk.lang.${props.storageKey}`) === 'en' ? 'en' : 'fa';
    } catch {
      return 'fa';
    }
  });
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      try {
        localStorage.setItem(`desk.lang.${props.storageKey}`, next);
      } catch {
        /* ignore */
      }
    },
    [props.storageKey],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const merged = mergeCatalogs(sharedMessages, props.catalog);
    const tr = translator(merged, lang);
    return { lang, setLang, t: (key, params) => tr(key as K | MessageKey, params) };
  }, [lang, setLang, props.catalog]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
