import { createContext, useContext } from 'react';

/** The console speaks Chinese by default; English is one click away (the header's switch). */
export type Language = 'zh' | 'en';

const LANGUAGE_KEY = 'houqin.language';

export function initialLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
}

export const LanguageContext = createContext<{ language: Language; setLanguage(language: Language): void }>({
  language: 'zh',
  setLanguage: () => undefined,
});

/**
 * The text in the viewer's language: `t('采购申请', 'Purchase requests')`. Each label is written once,
 * both ways, where it is used, so a page carries its own words and no key can go missing.
 */
export function useT(): (zh: string, en: string) => string {
  const { language } = useContext(LanguageContext);
  return (zh, en) => (language === 'en' ? en : zh);
}

export function useLanguage() {
  return useContext(LanguageContext);
}
