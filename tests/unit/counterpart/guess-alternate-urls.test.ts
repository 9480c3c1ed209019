// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { guessAlternateUrls } from '../../../utils/counterpart/guess-alternate-urls.ts';

describe('guessAlternateUrls', () => {
  it('swaps a language path segment', () => {
    expect(guessAlternateUrls('https://news.example/en/politics/story-1#top', 'en', 'de')).toEqual([
      'https://news.example/de/politics/story-1',
    ]);
    expect(guessAlternateUrls('https://news.example/en-gb/story', 'en', 'fr')).toEqual([
      'https://news.example/fr/story',
    ]);
  });
  it('swaps a language query parameter and a language subdomain', () => {
    expect(guessAlternateUrls('https://news.example/story?id=4&lang=en', 'en', 'ru')).toEqual([
      'https://news.example/story?id=4&lang=ru',
    ]);
    expect(guessAlternateUrls('https://en.news.example/story', 'en', 'de')).toEqual(['https://de.news.example/story']);
  });
  it('guesses nothing when the address carries no language, or another one', () => {
    expect(guessAlternateUrls('https://news.example/politics/story', 'en', 'de')).toEqual([]);
    expect(guessAlternateUrls('https://news.example/de/story', 'en', 'fr')).toEqual([]);
    expect(guessAlternateUrls('https://en.example/story', 'en', 'de')).toEqual([]); // a domain, not a subdomain
    expect(guessAlternateUrls('https://news.example/en/story', 'en', 'en')).toEqual([]);
    expect(guessAlternateUrls('not a url', 'en', 'de')).toEqual([]);
  });
  it('does not take a word for a language code deep in the path', () => {
    expect(guessAlternateUrls('https://news.example/a/b/c/en/story', 'en', 'de')).toEqual([]);
  });
});
