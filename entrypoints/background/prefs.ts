/** The user's settings, in the extension's local storage. */
import { browser } from 'wxt/browser';
import type { EnginePrefs } from '../../utils/counterpart/ports.ts';
import { validateTranslationSetting, type TranslationSetting } from '../../utils/translation/translation-providers.ts';
import type { LangCode } from '../../utils/types.ts';

export const PREF_KEYS = {
  storeArticles: 'storeArticles',
  preferredLang: 'preferredLang',
  alignWithTranslation: 'alignWithTranslation',
  translationProvider: 'translationProvider',
} as const;

/** The machine translation the user set up in the options; none by default (and on-device only in Chrome). */
export async function loadTranslationSetting(): Promise<TranslationSetting> {
  const stored = await browser.storage.local.get(PREF_KEYS.translationProvider);
  const setting = validateTranslationSetting(stored[PREF_KEYS.translationProvider]) ?? { kind: 'none' };
  return setting.kind === 'chrome' && import.meta.env.FIREFOX ? { kind: 'none' } : setting;
}

export async function loadPrefs(): Promise<EnginePrefs> {
  const stored = await browser.storage.local.get(Object.values(PREF_KEYS));
  const preferred = stored[PREF_KEYS.preferredLang];
  return {
    storeArticles: stored[PREF_KEYS.storeArticles] !== false,
    preferredLang: typeof preferred === 'string' && /^[a-z]{2,3}$/.test(preferred) ? preferred : null,
    alignWithTranslation: stored[PREF_KEYS.alignWithTranslation] === true,
    translation: translationOffer(await loadTranslationSetting()),
  };
}

export async function rememberLanguage(lang: LangCode): Promise<void> {
  await browser.storage.local.set({ [PREF_KEYS.preferredLang]: lang });
}

function translationOffer(setting: TranslationSetting): EnginePrefs['translation'] {
  if (setting.kind === 'none') return 'none';
  return setting.kind === 'chrome' ? 'on-device' : 'service';
}
