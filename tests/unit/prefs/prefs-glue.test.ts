/**
 * The settings in storage.local, through WXT's storage items, against WXT's in-memory fake of
 * the extension APIs (wxt/testing/fake-browser), installed as the `chrome` global before WXT's
 * browser module is loaded. Values are written raw, as earlier versions stored them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  return { fakeBrowser };
});

import { enginePrefs } from '../../../utils/prefs/engine-prefs.ts';
import { loadPrefs, prefItems } from '../../../utils/prefs/prefs-glue.ts';

const local = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
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

  it('writes the plain keys in the format earlier versions read, and nothing else', async () => {
    await prefItems.storeArticles.setValue(false);
    await prefItems.preferredLang.setValue('ja');
    await prefItems.alignWithTranslation.setValue(true);
    await prefItems.translationProvider.setValue({ kind: 'deepl', apiKey: 'key:fx' });
    expect(await local.get(null)).toEqual({
      storeArticles: false,
      preferredLang: 'ja',
      alignWithTranslation: true,
      translationProvider: { kind: 'deepl', apiKey: 'key:fx' },
    });
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
