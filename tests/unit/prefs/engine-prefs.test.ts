/** The engine's view of the settings, in Chromium and in Firefox. */
import { describe, expect, it } from 'vitest';
import { enginePrefs, usableTranslationSetting } from '../../../utils/prefs/engine-prefs.ts';
import type { Prefs } from '../../../utils/prefs/prefs.ts';

const chromium = { chromeTranslator: true };
const firefox = { chromeTranslator: false };

const prefs = (translationProvider: Prefs['translationProvider']): Prefs => ({
  storeArticles: false,
  preferredLang: 'fr',
  alignWithTranslation: true,
  translationProvider,
});

describe('enginePrefs', () => {
  it('passes the plain settings through', () => {
    expect(enginePrefs(prefs({ kind: 'none' }), chromium)).toEqual({
      storeArticles: false,
      preferredLang: 'fr',
      alignWithTranslation: true,
      translation: 'none',
    });
  });

  it('offers a translation by the configured service, in either browser', () => {
    for (const browser of [chromium, firefox]) {
      expect(enginePrefs(prefs({ kind: 'deepl', apiKey: 'k' }), browser).translation).toBe('service');
      expect(enginePrefs(prefs({ kind: 'libretranslate', url: 'http://localhost:5000' }), browser).translation).toBe(
        'service',
      );
    }
  });

  it("offers Chrome's on-device translation in Chromium only", () => {
    expect(enginePrefs(prefs({ kind: 'chrome' }), chromium).translation).toBe('on-device');
    expect(enginePrefs(prefs({ kind: 'chrome' }), firefox).translation).toBe('none');
  });
});

describe('usableTranslationSetting', () => {
  it("reads Chrome's on-device translator as none in Firefox", () => {
    expect(usableTranslationSetting({ kind: 'chrome' }, firefox)).toEqual({ kind: 'none' });
    expect(usableTranslationSetting({ kind: 'chrome' }, chromium)).toEqual({ kind: 'chrome' });
  });

  it('keeps a service in either browser', () => {
    const deepl = { kind: 'deepl', apiKey: 'k' } as const;
    expect(usableTranslationSetting(deepl, firefox)).toEqual(deepl);
    expect(usableTranslationSetting(deepl, chromium)).toEqual(deepl);
  });

  it('keeps an http:// server of another computer out of use, in either browser', () => {
    for (const browser of [chromium, firefox]) {
      expect(
        usableTranslationSetting({ kind: 'libretranslate', url: 'http://lt.example.org', apiKey: 'k' }, browser),
      ).toEqual({ kind: 'none' });
      expect(
        usableTranslationSetting({ kind: 'deepl', apiKey: 'k', endpoint: 'http://deepl.example' }, browser),
      ).toEqual({ kind: 'none' });
      expect(enginePrefs(prefs({ kind: 'libretranslate', url: 'http://192.168.1.20:5000' }), browser).translation).toBe(
        'none',
      );
      expect(usableTranslationSetting({ kind: 'libretranslate', url: 'http://127.0.0.1:5000' }, browser)).toEqual({
        kind: 'libretranslate',
        url: 'http://127.0.0.1:5000',
      });
    }
  });
});
