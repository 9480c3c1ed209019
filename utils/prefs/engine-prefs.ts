/** The settings as the engine uses them, in the browser it runs in. */
import type { EnginePrefs } from '../counterpart/ports.ts';
import type { TranslationSetting } from '../translation/translation-setting.ts';
import type { Prefs } from './prefs.ts';

export interface BrowserTraits {
  /** Whether the browser may have Chrome's on-device Translator (Chromium: yes; Firefox: no). */
  chromeTranslator: boolean;
}

const NONE: TranslationSetting = Object.freeze({ kind: 'none' });

/** The machine translation set up in the options, in this browser: Chrome's on-device translator is none elsewhere. */
export function usableTranslationSetting(setting: TranslationSetting, browser: BrowserTraits): TranslationSetting {
  return setting.kind === 'chrome' && !browser.chromeTranslator ? NONE : setting;
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
