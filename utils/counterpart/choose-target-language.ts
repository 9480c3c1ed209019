import type { LangCode } from '../types.ts';

/** Languages offered in the picker after those with a known counterpart. */
const COMMON_LANGUAGES: LangCode[] = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ru',
  'uk',
  'tr',
  'ar',
  'fa',
  'he',
  'hi',
  'zh',
  'ja',
  'ko',
];

export interface TargetLanguageInput {
  pageLang: LangCode;
  /** The language the user chose last in the panel (remembered), if any. */
  preferred?: LangCode | null;
  /** The browser's UI language (primary subtag). */
  uiLang: LangCode;
  /** Languages with a known counterpart, in order of preference (alternate first, then library). */
  available: LangCode[];
}

/**
 * The counterpart language to look for: the user's remembered choice; else the browser's
 * UI language when it differs from the page's; else the first language in which a
 * counterpart is available. `undefined` when none of these differs from the page.
 */
export function chooseTargetLanguage({
  pageLang,
  preferred,
  uiLang,
  available,
}: TargetLanguageInput): LangCode | undefined {
  if (preferred && preferred !== pageLang) return preferred;
  if (uiLang && uiLang !== 'und' && uiLang !== pageLang) return uiLang;
  return available.find((lang) => lang !== pageLang);
}

/** The picker's choices: available languages first, then the UI language, then common ones; never the page's. */
export function languageChoices(pageLang: LangCode, available: LangCode[], uiLang: LangCode): LangCode[] {
  const ordered = [...available, uiLang, ...COMMON_LANGUAGES];
  return [...new Set(ordered)].filter((lang) => lang !== pageLang && lang !== 'und');
}
