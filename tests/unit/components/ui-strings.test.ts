import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../components/strings/message.ts';
import {
  languageName,
  makeTranslator,
  uiDirection,
  uiLanguage,
  uiLocales,
  type UiKey,
} from '../../../components/ui-strings.ts';

// Which keys each locale has, and whether a message is plain or plural, is checked by the
// type check (components/strings). These tests check what types cannot: texts and parameters.

const en = uiLocales['en']!;
const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));
const englishPlaceholders = (key: UiKey) => {
  const message = en[key];
  return placeholders(typeof message === 'string' ? message : message.other);
};

describe('ui-strings: the locales', () => {
  it('has a text in every locale for every message, with exactly the English parameters', () => {
    for (const [locale, strings] of Object.entries(uiLocales)) {
      for (const [key, message] of Object.entries(strings) as [UiKey, Message][]) {
        for (const text of forms(message)) {
          expect(text.trim(), `${locale} ${key}`).not.toBe('');
          expect(placeholders(text), `${locale} ${key}: ${text}`).toEqual(englishPlaceholders(key));
        }
      }
    }
  });

  it('writes a plural form for every category a count up to 1000 falls in', () => {
    for (const [locale, strings] of Object.entries(uiLocales)) {
      const rules = new Intl.PluralRules(locale);
      const categories = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
      for (const [key, message] of Object.entries(strings)) {
        if (typeof message === 'string') continue;
        for (const category of categories) expect(message[category], `${locale} ${key} ${category}`).toBeTruthy();
      }
    }
  });
});

describe('ui-strings: the translator', () => {
  it('picks the locale by primary subtag and falls back to English', () => {
    expect(makeTranslator('de-DE')('status.ready')).toBe('Beide Fassungen sind Satz für Satz gegenübergestellt.');
    expect(makeTranslator('fr_CA')('reader.retry')).toBe('Réessayer');
    expect(makeTranslator('xx')('reader.retry')).toBe('Try again');
    expect(makeTranslator('ar-EG')('reader.retry')).toBe('Try again');
    expect(makeTranslator('')('reader.retry')).toBe('Try again');
    expect(makeTranslator('not a locale!')('reader.retry')).toBe('Try again');
  });

  it('shows a key it has no text for (a message from another build) as itself', () => {
    expect(makeTranslator('de')('no.such.key' as UiKey)).toBe('no.such.key');
  });

  it('interpolates parameters and leaves unknown ones visible', () => {
    const t = makeTranslator('en');
    expect(t('notice.alternateHttpError', { url: 'https://x/', status: '404' })).toBe(
      'The other edition at https://x/ could not be loaded (HTTP 404).',
    );
    expect(t('notice.alternateTimeout')).toBe('The other edition at {url} took too long to answer.');
  });

  it('chooses the plural form by count, in the rules of the UI language', () => {
    const english = makeTranslator('en');
    const french = makeTranslator('fr-FR');
    const german = makeTranslator('de');
    expect(english('library.count', { count: 1 })).toBe('1 article');
    expect(english('library.count', { count: 0 })).toBe('0 articles');
    expect(english('library.count', { count: 2 })).toBe('2 articles');
    expect(french('library.count', { count: 0 })).toBe('0 article');
    expect(french('library.count', { count: 2 })).toBe('2 articles');
    expect(german('library.damaged', { count: 1 })).toBe(
      '1 beschädigter Eintrag in Ihrer Bibliothek kann nicht angezeigt oder verwendet werden.',
    );
    expect(german('library.damaged', { count: 3 })).toMatch(/^3 beschädigte Einträge/);
    // Notices carry their parameters as strings.
    expect(english('library.exported', { count: '1' })).toBe('1 article exported.');
    expect(english('library.exported', { count: '12' })).toBe('12 articles exported.');
    expect(english('library.count')).toBe('{count} articles');
  });

  it('writes numbers the UI locale’s way', () => {
    expect(makeTranslator('en')('library.count', { count: 1234 })).toBe('1,234 articles');
    expect(makeTranslator('de')('library.count', { count: 1234 })).toBe('1.234 Artikel');
  });
});

describe('ui-strings: the UI locale', () => {
  it('resolves the UI locale to one with strings, as a BCP 47 tag', () => {
    expect(uiLanguage('de-AT')).toBe('de-AT');
    expect(uiLanguage('fr')).toBe('fr');
    expect(uiLanguage('fr_CA')).toBe('fr-CA');
    expect(uiLanguage('ar-EG')).toBe('en');
    expect(uiLanguage('')).toBe('en');
  });

  it('lays the UI out in the direction of the strings shown', () => {
    expect(uiDirection('de-DE')).toBe('ltr');
    // No right-to-left locale has strings yet: an Arabic or Hebrew browser gets English, left to right.
    expect(uiDirection('ar-EG')).toBe('ltr');
    expect(uiDirection('he')).toBe('ltr');
  });

  it('names languages in the UI language, falling back to the code', () => {
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('de', 'de-DE')).toBe('Deutsch');
    expect(languageName('ar', 'fr')).toBe('arabe');
    expect(languageName('und', 'en')).toBe('und');
    expect(languageName('qqq', 'en')).toBe('qqq');
    expect(languageName('not a code!', 'en')).toBe('not a code!');
  });
});

describe('manifest locales (public/_locales)', () => {
  const dir = new URL('../../../public/_locales/', import.meta.url);
  const messages = (lang: string) =>
    JSON.parse(readFileSync(new URL(`${lang}/messages.json`, dir), 'utf8')) as Record<string, { message: string }>;

  it('names and describes the extension in every UI locale, and only those', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(uiLocales).sort());
    for (const lang of Object.keys(uiLocales)) {
      const { extName, extDescription } = messages(lang);
      expect(extName?.message, lang).toBe('Counterpart');
      // Chrome's limit for a manifest description.
      expect(extDescription?.message.length, lang).toBeLessThanOrEqual(132);
      expect(Object.keys(messages(lang)).sort(), lang).toEqual(Object.keys(messages('en')).sort());
    }
  });
});
