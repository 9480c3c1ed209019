/**
 * Storage glue: the settings (prefs.ts) in the extension's local storage, through WXT's
 * storage items. An item `local:<key>` is the plain key `<key>` of `storage.local`, as the
 * settings were always stored. Items have no version and no migrations, so WXT writes no
 * metadata (`<key>$`) next to them. Every value read goes through the setting's validation.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { PREFS, readPref, type PrefDefinition, type Prefs } from './prefs.ts';

export interface PrefItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with the new value whenever it changes (in any page of the extension); returns the unwatch function. */
  watch(onChange: (value: T) => void): () => void;
}

type StoredItems = { [K in keyof Prefs]: WxtStorageItem<Prefs[K], {}> };

// Typed as the setting's type for WXT; what is stored may be anything, so it is read through readPref.
const stored: StoredItems = {
  storeArticles: defineStored(PREFS.storeArticles),
  preferredLang: defineStored(PREFS.preferredLang),
  alignWithTranslation: defineStored(PREFS.alignWithTranslation),
  translationProvider: defineStored(PREFS.translationProvider),
};

function defineStored<T>(pref: PrefDefinition<T>): WxtStorageItem<T, {}> {
  return storage.defineItem<T>(`local:${pref.key}`, { fallback: pref.fallback });
}

function prefItem<K extends keyof Prefs>(name: K): PrefItem<Prefs[K]> {
  const pref = PREFS[name] as PrefDefinition<Prefs[K]>;
  const item = stored[name];
  return {
    getValue: async () => readPref(pref, await item.getValue()),
    setValue: (value) => item.setValue(value),
    watch: (onChange) => item.watch((value) => onChange(readPref(pref, value))),
  };
}

/** Each setting, read and written on its own. */
export const prefItems: { readonly [K in keyof Prefs]: PrefItem<Prefs[K]> } = {
  storeArticles: prefItem('storeArticles'),
  preferredLang: prefItem('preferredLang'),
  alignWithTranslation: prefItem('alignWithTranslation'),
  translationProvider: prefItem('translationProvider'),
};

/** All the settings, in one read of the storage. */
export async function loadPrefs(): Promise<Prefs> {
  const [storeArticles, preferredLang, alignWithTranslation, translationProvider] = await storage.getItems([
    stored.storeArticles,
    stored.preferredLang,
    stored.alignWithTranslation,
    stored.translationProvider,
  ]);
  return {
    storeArticles: readPref(PREFS.storeArticles, storeArticles?.value),
    preferredLang: readPref(PREFS.preferredLang, preferredLang?.value),
    alignWithTranslation: readPref(PREFS.alignWithTranslation, alignWithTranslation?.value),
    translationProvider: readPref(PREFS.translationProvider, translationProvider?.value),
  };
}
