/** The settings' defaults and validation: what a stored value, old or odd, reads as. */
import { describe, expect, it } from 'vitest';
import { PREFS, readPref } from '../../../utils/prefs/prefs.ts';

describe('PREFS', () => {
  it('keeps the storage keys of every earlier version', () => {
    expect(Object.fromEntries(Object.entries(PREFS).map(([name, pref]) => [name, pref.key]))).toEqual({
      storeArticles: 'storeArticles',
      preferredLang: 'preferredLang',
      alignWithTranslation: 'alignWithTranslation',
      translationProvider: 'translationProvider',
    });
  });

  it('reads nothing stored as the defaults', () => {
    for (const missing of [undefined, null]) {
      expect(readPref(PREFS.storeArticles, missing)).toBe(true);
      expect(readPref(PREFS.preferredLang, missing)).toBeNull();
      expect(readPref(PREFS.alignWithTranslation, missing)).toBe(false);
      expect(readPref(PREFS.translationProvider, missing)).toEqual({ kind: 'none' });
    }
  });

  it('storeArticles: only a stored false turns it off', () => {
    expect(readPref(PREFS.storeArticles, false)).toBe(false);
    expect(readPref(PREFS.storeArticles, true)).toBe(true);
    for (const odd of ['false', 0, '', {}, []]) expect(readPref(PREFS.storeArticles, odd)).toBe(true);
  });

  it('alignWithTranslation: only a stored true turns it on', () => {
    expect(readPref(PREFS.alignWithTranslation, true)).toBe(true);
    expect(readPref(PREFS.alignWithTranslation, false)).toBe(false);
    for (const odd of ['true', 1, {}, []]) expect(readPref(PREFS.alignWithTranslation, odd)).toBe(false);
  });

  it('preferredLang: a two- or three-letter lower-case code, else none', () => {
    expect(readPref(PREFS.preferredLang, 'de')).toBe('de');
    expect(readPref(PREFS.preferredLang, 'fil')).toBe('fil');
    for (const bogus of ['DE', 'pt-BR', 'e', 'engl', 'english!', '', 42, { lang: 'de' }]) {
      expect(readPref(PREFS.preferredLang, bogus)).toBeNull();
    }
  });

  it('translationProvider: a valid setting as stored, anything else as none', () => {
    const deepl = { kind: 'deepl', apiKey: 'key:fx' };
    expect(readPref(PREFS.translationProvider, deepl)).toEqual(deepl);
    expect(readPref(PREFS.translationProvider, { kind: 'chrome' })).toEqual({ kind: 'chrome' });
    expect(readPref(PREFS.translationProvider, { kind: 'none' })).toEqual({ kind: 'none' });
    for (const bogus of [
      'deepl',
      { kind: 'google' },
      { kind: 'deepl' },
      { kind: 'libretranslate', url: 'ftp://x' },
      7,
    ]) {
      expect(readPref(PREFS.translationProvider, bogus)).toEqual({ kind: 'none' });
    }
  });
});
