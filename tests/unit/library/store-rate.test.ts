import { describe, expect, it } from 'vitest';
import { contentHash, MIN_MERGED_CHARS, sameText } from '../../../utils/library/content-hash.ts';
import { siteOf, StoreRate } from '../../../utils/library/store-rate.ts';
import { isWebUrl } from '../../../utils/library/web-url.ts';

describe('siteOf', () => {
  it('groups an address by its registrable domain', () => {
    expect(siteOf('https://www.lemonde.fr/a')).toBe('lemonde.fr');
    expect(siteOf('https://abonnes.lemonde.fr/b')).toBe('lemonde.fr');
    expect(siteOf('https://news.bbc.co.uk/c')).toBe('bbc.co.uk');
    expect(siteOf('https://www.abc.net.au/news')).toBe('abc.net.au');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteOf('nonsense')).toBe('');
  });
});

describe('StoreRate', () => {
  it('admits so many new articles per site in a minute, then again a minute later', () => {
    const rate = new StoreRate(3);
    const at = 1_000_000;
    expect([0, 1, 2, 3].map((i) => rate.admit(`https://a.example/${i}`, at + i))).toEqual([true, true, true, false]);
    expect(rate.admit('https://b.example/1', at + 5)).toBe(true);
    expect(rate.admit('https://www.a.example/4', at + 59_000)).toBe(false);
    expect(rate.admit('https://a.example/5', at + 60_001)).toBe(true);
  });
});

describe('contentHash', () => {
  const text = 'A long enough article text. '.repeat(10);
  it('is the same for the same text, whitespace aside, and differs for another text', () => {
    expect(contentHash(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(`\n${text.replace(/ /g, '  ')}`)).toBe(contentHash(text));
    expect(contentHash(`${text}!`)).not.toBe(contentHash(text));
    expect(sameText(text, ` ${text}\t`)).toBe(true);
  });
  it('gives no fingerprint to a text too short to tell articles apart', () => {
    expect(contentHash('x'.repeat(MIN_MERGED_CHARS - 1))).toBeUndefined();
  });
});

describe('isWebUrl', () => {
  it('accepts http(s) addresses only', () => {
    expect(isWebUrl('https://a.example/x')).toBe(true);
    expect(isWebUrl('http://a.example/')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'file:///x',
      'blob:https://a/x',
      '/relative',
      '',
      42,
    ]) {
      expect(isWebUrl(url), String(url)).toBe(false);
    }
  });
});
