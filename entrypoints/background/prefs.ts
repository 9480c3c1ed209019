/** The user's settings, in the extension's local storage. */
import { browser } from 'wxt/browser';
import type { EnginePrefs } from '../../utils/counterpart-engine.ts';
import type { LangCode } from '../../utils/types.ts';

export const PREF_KEYS = {
  storeArticles: 'storeArticles',
  preferredLang: 'preferredLang',
  alignWithTranslation: 'alignWithTranslation',
} as const;

export async function loadPrefs(): Promise<EnginePrefs> {
  const stored = await browser.storage.local.get(Object.values(PREF_KEYS));
  const preferred = stored[PREF_KEYS.preferredLang];
  return {
    storeArticles: stored[PREF_KEYS.storeArticles] !== false,
    preferredLang: typeof preferred === 'string' && /^[a-z]{2,3}$/.test(preferred) ? preferred : null,
    alignWithTranslation: stored[PREF_KEYS.alignWithTranslation] === true,
  };
}

export async function rememberLanguage(lang: LangCode): Promise<void> {
  await browser.storage.local.set({ [PREF_KEYS.preferredLang]: lang });
}
