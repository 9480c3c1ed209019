/** The settings as the engine uses them, in the browser it runs in. */
import type { EnginePrefs } from '../counterpart/ports.ts';
import { insecureServerOf, type TranslationSetting } from '../translation/translation-setting.ts';
import type { Prefs } from './prefs.ts';

export interface BrowserTraits {
  /** Whether the browser may have Chrome's on-device Translator (Chromium: yes; Firefox: no). */
  chromeTranslator: boolean;
}

const NONE: TranslationSetting = Object.freeze({ kind: 'none' });

/**
 * The machine translation set up in the options, as it may be used in this browser: none for
 * Chrome's on-device translator elsewhere, and none for a server reached over plain http://
 * on another computer (kept in the options, which say why it is not used).
 */
export function usableTranslationSetting(setting: TranslationSetting, browser: BrowserTraits): TranslationSetting {
  if (setting.kind === 'chrome' && !browser.chromeTranslator) return NONE;
  return insecureServerOf(setting) === null ? setting : NONE;
}

export function enginePrefs(prefs: Prefs, browser: BrowserTraits): EnginePrefs {
  return {
    storeArticles: prefs.storeArticles,
    preferredLang: prefs.preferredLang,
    alignWithTranslation: prefs.alignWithTranslation,
    translation: translationOffer(usableTranslationSetting(prefs.translationProvider, browser)),
  };
}

function translationOffer(setting: TranslationSetting): EnginePrefs['translation'] {
  if (setting.kind === 'none') return 'none';
  return setting.kind === 'chrome' ? 'on-device' : 'service';
}
