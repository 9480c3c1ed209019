import { describe, expect, it } from 'vitest';
import { dictionaries, languageName, makeTranslator, uiLanguage } from '../../../components/ui-strings';

/** Every key the background engine emits (the brief's list, and storageFailed from utils/counterpart-engine): each must have a string. */
const ENGINE_KEYS = [
  'status.noArticle',
  'status.searching',
  'status.ready',
  'status.noCounterpart',
  'status.error',
  'notice.alternateHttpError',
  'notice.alternateTimeout',
  'notice.alternateNotHtml',
  'notice.alternateWrongLanguage',
  'notice.alternateNotArticle',
  'notice.alternateNetworkError',
  'notice.alternateOtherStory',
  'notice.libraryMatch',
  'notice.pastedEmpty',
  'notice.pastedSameLanguage',
  'notice.pastedTooLong',
  'notice.storageFull',
  'notice.storageFailed',
  'notice.extractionFailed',
  'notice.pageUnavailable',
  'notice.machineTranslation',
];

const params = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('ui-strings', () => {
  it('defines every engine key in English and German', () => {
    for (const key of ENGINE_KEYS) {
      expect(dictionaries['en']?.[key], `en ${key}`).toBeTruthy();
      expect(dictionaries['de']?.[key], `de ${key}`).toBeTruthy();
    }
  });

  it('has the same keys and the same parameters in every locale', () => {
    const en = dictionaries['en']!;
    for (const [locale, dict] of Object.entries(dictionaries)) {
      expect(Object.keys(dict).sort(), locale).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(dict)) expect(params(text), `${locale} ${key}`).toEqual(params(en[key]!));
    }
  });

  it('picks the locale by primary subtag and falls back to English, then to the key', () => {
    expect(makeTranslator('de-DE')('status.ready')).toBe('Beide Fassungen sind Satz für Satz gegenübergestellt.');
    expect(makeTranslator('fr_CA')('reader.retry')).toBe('Réessayer');
    expect(makeTranslator('xx')('reader.retry')).toBe('Try again');
    expect(makeTranslator('de')('no.such.key')).toBe('no.such.key');
  });

  it('interpolates parameters and leaves unknown ones visible', () => {
    const t = makeTranslator('en');
    expect(t('notice.alternateHttpError', { url: 'https://x/', status: '404' })).toBe(
      'The other edition at https://x/ could not be loaded (HTTP 404).',
    );
    expect(t('notice.alternateTimeout')).toBe('The other edition at {url} took too long to answer.');
  });

  it('names languages in the UI language, falling back to the code', () => {
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('de', 'de-DE')).toBe('Deutsch');
    expect(languageName('ar', 'fr')).toBe('arabe');
    expect(languageName('und', 'en')).toBe('und');
    expect(languageName('qqq', 'en')).toBe('qqq');
    expect(languageName('not a code!', 'en')).toBe('not a code!');
  });

  it('resolves the UI locale to one with a dictionary', () => {
    expect(uiLanguage('de-AT')).toBe('de-AT');
    expect(uiLanguage('fr')).toBe('fr');
    expect(uiLanguage('ar-EG')).toBe('en');
  });
});
