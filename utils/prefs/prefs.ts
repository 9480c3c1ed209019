/**
 * The user's settings: for each one, its key in the extension's local storage, its default
 * and which stored values count. The keys and value formats are those of every earlier
 * version, so settings carry over; a stored value this version does not accept (written by
 * hand, or by an older build) reads as the default. One exception: the translation setting's
 * API key is kept out of storage.local, in the extension's secret store (prefs-storage.ts); its
 * definition here checks the setting with its key joined back.
 */
import { validateTranslationSetting, type TranslationSetting } from '../translation/translation-setting.ts';
import { isLangCode } from '../language/lang-codes.ts';
import type { LangCode } from '../types.ts';

export interface Prefs {
  /** Articles read are kept in the local library (on by default). */
  storeArticles: boolean;
  /** The language the user last chose for counterparts; none until they choose one. */
  preferredLang: LangCode | null;
  /** Align with the help of the browser's on-device translation (off by default). */
  alignWithTranslation: boolean;
  /** The machine translation set up in the options (none by default), with its API key. */
  translationProvider: TranslationSetting;
}

export interface PrefDefinition<T> {
  /** The key in `storage.local`. */
  key: string;
  /** The value when nothing usable is stored. */
  fallback: T;
  /** A stored value as this version reads it, or `null` when it is not one it accepts. */
  validate(stored: unknown): T | null;
}

const asBoolean = (stored: unknown): boolean | null => (typeof stored === 'boolean' ? stored : null);

export const PREFS: { readonly [K in keyof Prefs]: PrefDefinition<Prefs[K]> } = {
  storeArticles: { key: 'storeArticles', fallback: true, validate: asBoolean },
  preferredLang: {
    key: 'preferredLang',
    fallback: null,
    validate: (stored) => (isLangCode(stored) ? stored : null),
  },
  alignWithTranslation: { key: 'alignWithTranslation', fallback: false, validate: asBoolean },
  translationProvider: {
    key: 'translationProvider',
    fallback: Object.freeze({ kind: 'none' }),
    validate: validateTranslationSetting,
  },
};

/** A stored value (`undefined` or `null` when none is stored) as the setting it stands for. */
export function readPref<T>(pref: PrefDefinition<T>, stored: unknown): T {
  return (stored == null ? null : pref.validate(stored)) ?? pref.fallback;
}
