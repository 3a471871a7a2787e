import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { createTranslator, parseLang, type Lang, type Messages, type Translate } from './translate';
import { zhCN } from './zh-CN';

const DICTIONARIES: Readonly<Record<Lang, Messages>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'luoshi.lang';

export interface I18n {
  t: Translate;
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Storage can be unavailable (private browsing, locked-down government PCs): fall back quietly. */
function readStoredLang(): Lang {
  try {
    return parseLang(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseLang(null);
  }
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // The choice then lasts for this page only.
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    storeLang(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: createTranslator(DICTIONARIES[lang]) }),
    [lang, setLang],
  );

  // Screen readers, fonts and the browser's translate prompt follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = value.t('app.title');
  }, [lang, value]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translator. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n() must be used inside <I18nProvider>');
  return i18n;
}
