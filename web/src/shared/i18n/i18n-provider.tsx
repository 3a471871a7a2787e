import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, parseLang, type Lang, type Messages, type Translate } from './translate';
import { zhCN } from './zh-CN';

const STORAGE_KEY = 'luoshi.lang';

/**
 * Chinese, the language nearly every user reads, ships with the first screen; English loads only
 * when chosen (a separate chunk of ~8 kB gzip), so it never weighs on the others' first load.
 */
function loadDictionary(lang: Lang): Promise<Messages> {
  return lang === 'en' ? import('./en').then((m) => m.en) : Promise.resolve(zhCN);
}

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
  const [dictionaries, setDictionaries] = useState<Partial<Record<Lang, Messages>>>({ 'zh-CN': zhCN });
  const messages = dictionaries[lang];

  // A language chosen in an earlier visit whose dictionary is not here yet: fetch it; if that
  // fails (offline), carry on in Chinese rather than show nothing.
  useEffect(() => {
    if (messages !== undefined) return;
    let current = true;
    loadDictionary(lang).then(
      (loaded) => current && setDictionaries((known) => ({ ...known, [lang]: loaded })),
      () => current && setLangState('zh-CN'),
    );
    return () => {
      current = false;
    };
  }, [lang, messages]);

  // Switch once the new dictionary is in, so the page never flashes untranslated keys.
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    void loadDictionary(next).then(
      (loaded) => {
        setDictionaries((known) => ({ ...known, [next]: loaded }));
        setLangState(next);
      },
      () => undefined, // stay in the current language
    );
  }, []);

  const value = useMemo<I18n | null>(
    () => (messages === undefined ? null : { lang, setLang, t: createTranslator(messages) }),
    [lang, messages, setLang],
  );

  // Screen readers, fonts and the browser's translate prompt follow <html lang>.
  useEffect(() => {
    if (value === null) return;
    document.documentElement.lang = lang;
    document.title = value.t('app.title');
  }, [lang, value]);

  // Only an English reader's very first paint waits here, for one small chunk.
  if (value === null) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translator. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n() must be used inside <I18nProvider>');
  return i18n;
}
