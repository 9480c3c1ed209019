/**
 * Storage glue: the settings (prefs.ts) in the extension's local storage, through WXT's
 * storage items. An item `local:<key>` is the plain key `<key>` of `storage.local`, as the
 * settings were always stored. Items have no version and no migrations, so WXT writes no
 * metadata (`<key>$`) next to them. Every value read goes through the setting's validation.
 *
 * The translation setting's API key is not in storage.local, which content scripts can read:
 * it is kept in the secret store (secrets-idb.ts) and joined to the rest of the setting when
 * read. A key found in storage.local (where earlier versions kept it) is moved to the secret
 * store at the first read: written there first, then removed from storage.local.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { TranslationSetting } from '../translation/translation-setting.ts';
import { joinTranslationSecret, splitTranslationSecret } from '../translation/translation-secret.ts';
import { PREFS, readPref, type PrefDefinition, type Prefs } from './prefs.ts';
import { secretStore } from './secrets-idb.ts';

export interface PrefItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with the new value whenever it changes (in any page of the extension); returns the unwatch function. */
  watch(onChange: (value: T) => void): () => void;
}

/** The items keep no WXT metadata (no versions, no migrations): storage.local holds only the plain keys. */
type NoMetadata = Record<string, never>;

type StoredItems = {
  [K in keyof Prefs]: WxtStorageItem<K extends 'translationProvider' ? unknown : Prefs[K], NoMetadata>;
};

// Typed as the setting's type for WXT; what is stored may be anything, so it is read through readPref.
const stored: StoredItems = {
  storeArticles: defineStored(PREFS.storeArticles),
  preferredLang: defineStored(PREFS.preferredLang),
  alignWithTranslation: defineStored(PREFS.alignWithTranslation),
  // The setting without its key.
  translationProvider: defineStored<unknown>(PREFS.translationProvider),
};

function defineStored<T>(pref: PrefDefinition<unknown>): WxtStorageItem<T, NoMetadata> {
  return storage.defineItem<T, NoMetadata>(`local:${pref.key}`, { fallback: pref.fallback as T });
}

/** Where the translation setting's key is kept, by this name. */
export const TRANSLATION_SECRET = 'translationProvider';
const secrets = secretStore();

function prefItem<K extends Exclude<keyof Prefs, 'translationProvider'>>(name: K): PrefItem<Prefs[K]> {
  const pref = PREFS[name] as PrefDefinition<Prefs[K]>;
  const item = stored[name] as WxtStorageItem<Prefs[K], NoMetadata>;
  return {
    getValue: async () => readPref(pref, await item.getValue()),
    setValue: (value) => item.setValue(value),
    watch: (onChange) => item.watch((value) => onChange(readPref(pref, value))),
  };
}

/**
 * The translation setting from what storage.local holds, with its key. A key still in
 * storage.local is moved out first; if that fails, the key stays where it was (and is used),
 * to be moved at a later read.
 */
async function readTranslationSetting(raw: unknown): Promise<TranslationSetting> {
  const { open, secret } = splitTranslationSecret(raw);
  if (secret) {
    await moveKeyOutOfLocal(raw, open, secret).catch((error: unknown) => {
      console.warn('Counterpart: the translation key could not be moved out of storage.local yet', error);
    });
    return readPref(PREFS.translationProvider, raw);
  }
  const kept = await secrets.get(TRANSLATION_SECRET).catch((error: unknown) => {
    console.warn('Counterpart: the translation key could not be read', error);
    return undefined;
  });
  return readPref(PREFS.translationProvider, joinTranslationSecret(open, kept));
}

async function moveKeyOutOfLocal(raw: unknown, open: unknown, secret: unknown): Promise<void> {
  await secrets.set(TRANSLATION_SECRET, secret);
  // Removed only if the setting is still the one whose key was just kept (not one saved meanwhile).
  if (JSON.stringify(await stored.translationProvider.getValue()) !== JSON.stringify(raw)) return;
  await stored.translationProvider.setValue(open);
}

const translationItem: PrefItem<TranslationSetting> = {
  getValue: async () => readTranslationSetting(await stored.translationProvider.getValue()),
  // The key first: if it cannot be kept, nothing changes.
  setValue: async (setting) => {
    const { open, secret } = splitTranslationSecret(setting);
    if (secret) await secrets.set(TRANSLATION_SECRET, secret);
    else await secrets.delete(TRANSLATION_SECRET);
    await stored.translationProvider.setValue(open);
  },
  watch: (onChange) => stored.translationProvider.watch((raw) => void readTranslationSetting(raw).then(onChange)),
};

/** Each setting, read and written on its own. */
export const prefItems: { readonly [K in keyof Prefs]: PrefItem<Prefs[K]> } = {
  storeArticles: prefItem('storeArticles'),
  preferredLang: prefItem('preferredLang'),
  alignWithTranslation: prefItem('alignWithTranslation'),
  translationProvider: translationItem,
};

/** All the settings, in one read of the storage (and one of the secret store). */
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
    translationProvider: await readTranslationSetting(translationProvider?.value),
  };
}

/**
 * Keeps secrets away from content scripts: moves a translation key left in storage.local (by an
 * earlier version) to the secret store, and, where the browser offers it (Chrome 140 and
 * later), closes storage.local to content scripts, which read no settings.
 */
export async function secureStoredSettings(local: {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}): Promise<void> {
  await prefItems.translationProvider.getValue();
  if (typeof local.setAccessLevel !== 'function') return;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    console.warn('Counterpart: storage.local could not be closed to content scripts', error);
  }
}
