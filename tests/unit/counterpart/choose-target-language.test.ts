// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooseTargetLanguage, languageChoices } from '../../../utils/counterpart/choose-target-language.ts';

describe('chooseTargetLanguage', () => {
  it('takes the remembered choice first', () => {
    expect(chooseTargetLanguage({ pageLang: 'de', preferred: 'fr', uiLang: 'en', available: ['en'] })).toBe('fr');
  });
  it('then the browser language when it differs from the page', () => {
    expect(chooseTargetLanguage({ pageLang: 'de', preferred: null, uiLang: 'en', available: ['fr'] })).toBe('en');
  });
  it('then the first available counterpart when the page is in the browser language', () => {
    expect(chooseTargetLanguage({ pageLang: 'en', preferred: null, uiLang: 'en', available: ['de', 'fr'] })).toBe('de');
    expect(chooseTargetLanguage({ pageLang: 'en', preferred: 'en', uiLang: 'en', available: ['ru'] })).toBe('ru');
  });
  it('has no target when nothing differs from the page', () => {
    expect(chooseTargetLanguage({ pageLang: 'en', preferred: null, uiLang: 'en', available: [] })).toBeUndefined();
  });
  it('offers available languages first and never the page language', () => {
    const choices = languageChoices('en', ['ru'], 'en');
    expect(choices[0]).toBe('ru');
    expect(choices).not.toContain('en');
    expect(new Set(choices).size).toBe(choices.length);
  });
});
