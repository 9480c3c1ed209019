/**
 * The settings in storage.local, through WXT's storage items, against WXT's in-memory fake of
 * the extension APIs (wxt/testing/fake-browser), installed as the `chrome` global before WXT's
 * browser module is loaded; the translation key in IndexedDB (fake-indexeddb). Values are
 * written raw, as earlier versions stored them.
 */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  return { fakeBrowser };
});

import { enginePrefs } from '../../../utils/prefs/engine-prefs.ts';
import { loadPrefs, prefItems, secureStoredSettings, TRANSLATION_SECRET } from '../../../utils/prefs/prefs-storage.ts';
import { SECRETS_DB_NAME, secretStore } from '../../../utils/prefs/secrets-idb.ts';

const local = fakeBrowser.storage.local;
const secrets = secretStore();

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteDB(SECRETS_DB_NAME);
});

describe('loadPrefs', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadPrefs()).toEqual({
      storeArticles: true,
      preferredLang: null,
      alignWithTranslation: false,
      translationProvider: { kind: 'none' },
    });
  });

  it('reads the values stored under the plain keys', async () => {
    await local.set({
      storeArticles: false,
      preferredLang: 'de',
      alignWithTranslation: true,
      translationProvider: { kind: 'libretranslate', url: 'http://localhost:5000' },
    });
    expect(await loadPrefs()).toEqual({
      storeArticles: false,
      preferredLang: 'de',
      alignWithTranslation: true,
      translationProvider: { kind: 'libretranslate', url: 'http://localhost:5000' },
    });
  });

  it('reads values it does not accept as the defaults', async () => {
    await local.set({
      storeArticles: 'no',
      preferredLang: 'english!',
      alignWithTranslation: 'yes',
      translationProvider: { kind: 'google' },
    });
    expect(await loadPrefs()).toEqual({
      storeArticles: true,
      preferredLang: null,
      alignWithTranslation: false,
      translationProvider: { kind: 'none' },
    });
  });

  it("gives the engine no translation for a stored 'chrome' setting in Firefox", async () => {
    await local.set({ translationProvider: { kind: 'chrome' } });
    expect(enginePrefs(await loadPrefs(), { chromeTranslator: false }).translation).toBe('none');
    expect(enginePrefs(await loadPrefs(), { chromeTranslator: true }).translation).toBe('on-device');
  });
});

describe('prefItems', () => {
  it('reads each setting on its own, validated', async () => {
    await local.set({ preferredLang: 'PT-br', storeArticles: false });
    expect(await prefItems.preferredLang.getValue()).toBeNull();
    expect(await prefItems.storeArticles.getValue()).toBe(false);
    expect(await prefItems.alignWithTranslation.getValue()).toBe(false);
    expect(await prefItems.translationProvider.getValue()).toEqual({ kind: 'none' });
  });

  it('writes the plain keys in the format earlier versions read, and nothing else, the translation key aside', async () => {
    await prefItems.storeArticles.setValue(false);
    await prefItems.preferredLang.setValue('ja');
    await prefItems.alignWithTranslation.setValue(true);
    await prefItems.translationProvider.setValue({ kind: 'deepl', apiKey: 'key:fx' });
    expect(await local.get(null)).toEqual({
      storeArticles: false,
      preferredLang: 'ja',
      alignWithTranslation: true,
      translationProvider: { kind: 'deepl' },
    });
    expect(await secrets.get(TRANSLATION_SECRET)).toEqual({ kind: 'deepl', apiKey: 'key:fx' });
    expect(await prefItems.translationProvider.getValue()).toEqual({ kind: 'deepl', apiKey: 'key:fx' });
    expect((await loadPrefs()).translationProvider).toEqual({ kind: 'deepl', apiKey: 'key:fx' });
  });

  it('tells watchers the new value, validated', async () => {
    const seen: unknown[] = [];
    const unwatch = prefItems.preferredLang.watch((lang) => seen.push(lang));
    await local.set({ preferredLang: 'it' });
    await local.set({ preferredLang: 'not a language' });
    await local.remove('preferredLang');
    unwatch();
    await local.set({ preferredLang: 'es' });
    expect(seen).toEqual(['it', null, null]);
  });
});

const DEEPL_KEY = 'deepl-0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f:fx';
const LIBRE_KEY = 'libre-5a4b3c2d-1e0f';

/** Whether storage.local holds `key` anywhere, in any of its values. */
async function localHolds(key: string): Promise<boolean> {
  return JSON.stringify(await local.get(null)).includes(key);
}

describe('the translation key, kept out of storage.local', () => {
  it('keeps keys, of either provider, out of storage.local, which content scripts can read', async () => {
    await prefItems.translationProvider.setValue({
      kind: 'libretranslate',
      url: 'https://lt.example.org',
      apiKey: LIBRE_KEY,
    });
    expect(await local.get('translationProvider')).toEqual({
      translationProvider: { kind: 'libretranslate', url: 'https://lt.example.org' },
    });
    expect(await localHolds(LIBRE_KEY)).toBe(false);
    expect(await prefItems.translationProvider.getValue()).toEqual({
      kind: 'libretranslate',
      url: 'https://lt.example.org',
      apiKey: LIBRE_KEY,
    });
  });

  it('forgets the key of a provider no longer chosen, and never gives it to another', async () => {
    await prefItems.translationProvider.setValue({ kind: 'deepl', apiKey: DEEPL_KEY });
    await prefItems.translationProvider.setValue({ kind: 'libretranslate', url: 'https://lt.example.org' });
    expect(await secrets.get(TRANSLATION_SECRET)).toBeUndefined();
    expect(await prefItems.translationProvider.getValue()).toEqual({
      kind: 'libretranslate',
      url: 'https://lt.example.org',
    });
    await prefItems.translationProvider.setValue({ kind: 'deepl', apiKey: DEEPL_KEY });
    await local.set({ translationProvider: { kind: 'libretranslate', url: 'https://lt.example.org' } });
    expect(await prefItems.translationProvider.getValue()).toEqual({
      kind: 'libretranslate',
      url: 'https://lt.example.org',
    });
    await prefItems.translationProvider.setValue({ kind: 'none' });
    expect(await secrets.get(TRANSLATION_SECRET)).toBeUndefined();
  });

  it('reads a DeepL setting whose key is gone as none', async () => {
    await local.set({ translationProvider: { kind: 'deepl' } });
    expect(await prefItems.translationProvider.getValue()).toEqual({ kind: 'none' });
  });

  it("moves an earlier version's DeepL key out of storage.local at the first read, losing nothing", async () => {
    await local.set({ storeArticles: false, translationProvider: { kind: 'deepl', apiKey: DEEPL_KEY } });
    expect((await loadPrefs()).translationProvider).toEqual({ kind: 'deepl', apiKey: DEEPL_KEY });
    expect(await local.get(null)).toEqual({ storeArticles: false, translationProvider: { kind: 'deepl' } });
    expect(await localHolds(DEEPL_KEY)).toBe(false);
    expect(await secrets.get(TRANSLATION_SECRET)).toEqual({ kind: 'deepl', apiKey: DEEPL_KEY });
    expect(await prefItems.translationProvider.getValue()).toEqual({ kind: 'deepl', apiKey: DEEPL_KEY });
  });

  it("moves an earlier version's LibreTranslate key, and keeps its server (an http:// one too)", async () => {
    await local.set({
      translationProvider: { kind: 'libretranslate', url: 'http://lt.example.org', apiKey: LIBRE_KEY },
    });
    expect(await prefItems.translationProvider.getValue()).toEqual({
      kind: 'libretranslate',
      url: 'http://lt.example.org',
      apiKey: LIBRE_KEY,
    });
    expect(await local.get('translationProvider')).toEqual({
      translationProvider: { kind: 'libretranslate', url: 'http://lt.example.org' },
    });
    expect(await localHolds(LIBRE_KEY)).toBe(false);
    expect(await loadPrefs()).toMatchObject({
      translationProvider: { kind: 'libretranslate', url: 'http://lt.example.org', apiKey: LIBRE_KEY },
    });
  });

  it('moves even a key this version does not accept, so that no key stays in storage.local', async () => {
    await local.set({ translationProvider: { kind: 'deepl', apiKey: 'bad\nkey' } });
    expect(await prefItems.translationProvider.getValue()).toEqual({ kind: 'none' });
    expect(await localHolds('bad')).toBe(false);
    expect(await secrets.get(TRANSLATION_SECRET)).toEqual({ kind: 'deepl', apiKey: 'bad\nkey' });
  });

  it('leaves the key where it is, and uses it, while the secret store cannot take it', async () => {
    await local.set({ translationProvider: { kind: 'deepl', apiKey: DEEPL_KEY } });
    const broken = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await prefItems.translationProvider.getValue()).toEqual({ kind: 'deepl', apiKey: DEEPL_KEY });
      expect(await local.get('translationProvider')).toEqual({
        translationProvider: { kind: 'deepl', apiKey: DEEPL_KEY },
      });
      await expect(prefItems.translationProvider.setValue({ kind: 'deepl', apiKey: 'new:fx' })).rejects.toThrow();
      expect(await local.get('translationProvider')).toEqual({
        translationProvider: { kind: 'deepl', apiKey: DEEPL_KEY },
      });
    } finally {
      broken.mockRestore();
      warn.mockRestore();
    }
    expect(await prefItems.translationProvider.getValue()).toEqual({ kind: 'deepl', apiKey: DEEPL_KEY });
    expect(await localHolds(DEEPL_KEY)).toBe(false);
  });

  it('tells watchers the setting with its key', async () => {
    const seen: unknown[] = [];
    const unwatch = prefItems.translationProvider.watch((setting) => seen.push(setting));
    await prefItems.translationProvider.setValue({ kind: 'deepl', apiKey: DEEPL_KEY });
    await vi.waitFor(() => expect(seen).toEqual([{ kind: 'deepl', apiKey: DEEPL_KEY }]));
    unwatch();
  });
});

describe('secureStoredSettings', () => {
  it('moves the key out of storage.local and, where the browser can, closes storage.local to content scripts', async () => {
    await local.set({ translationProvider: { kind: 'deepl', apiKey: DEEPL_KEY } });
    const setAccessLevel = vi.fn(async () => undefined);
    await secureStoredSettings({ setAccessLevel });
    expect(await localHolds(DEEPL_KEY)).toBe(false);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('does without setAccessLevel (Firefox, Chrome before 140), or when it fails', async () => {
    await local.set({ translationProvider: { kind: 'deepl', apiKey: DEEPL_KEY } });
    await secureStoredSettings({});
    expect(await localHolds(DEEPL_KEY)).toBe(false);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      secureStoredSettings({ setAccessLevel: () => Promise.reject(new Error('only storage.session')) }),
    ).resolves.toBeUndefined();
    warn.mockRestore();
  });
});
