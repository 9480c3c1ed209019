import { describe, expect, it } from 'vitest';
import { foldText, phoneticKey } from '../../../utils/match/fold-text.ts';
import { readNumbers } from '../../../utils/match/read-numbers.ts';
import { MAX_ANCHORS, storyAnchors } from '../../../utils/match/story-anchors.ts';

const anchors = (text: string, lang: string, title = '') => storyAnchors({ title, text, lang });

describe('readNumbers', () => {
  it('reads decimals and thousands by the language’s conventions', () => {
    expect(readNumbers('1,5', 'de')).toEqual(['1.5']);
    expect(readNumbers('1.5', 'en')).toEqual(['1.5']);
    expect(readNumbers('1.000', 'de')).toEqual(['1000']);
    expect(readNumbers('1,000', 'en')).toEqual(['1000']);
    expect(readNumbers('12 000', 'fr')).toEqual(['12000']);
    expect(readNumbers('12\u00a0000', 'ru')).toEqual(['12000']);
    expect(readNumbers('1.234.567,89', 'de')).toEqual(['1234567.89']);
    expect(readNumbers('1,234,567.89', 'en')).toEqual(['1234567.89']);
    expect(readNumbers('3,50', 'fr')).toEqual(['3.5']);
  });
  it('splits runs that are not one number', () => {
    expect(readNumbers('2013 12', 'de')).toEqual(['2013', '12']);
  });
});

describe('foldText and phoneticKey', () => {
  it('transliterates Cyrillic and folds diacritics', () => {
    expect(foldText('Путин')).toBe('Putin');
    expect(foldText('Müller Škoda façade Łódź straße')).toBe('Muller Skoda facade Lodz strasse');
    expect(foldText('Ёлка Йошкар-Ола')).toBe('Elka Yoshkar-Ola');
  });
  it('gives a name’s spellings across languages one key', () => {
    expect(phoneticKey('aserbaidschan')).toBe(phoneticKey('azerbaijan'));
    expect(phoneticKey(foldText('янукович'))).toBe(phoneticKey('janukowitsch'));
    expect(phoneticKey('yanukovych')).toBe(phoneticKey('janukowitsch'));
    expect(phoneticKey(foldText('вашингтон'))).toBe(phoneticKey('washington'));
  });
});

describe('storyAnchors', () => {
  it('normalises numbers across languages, with percentages', () => {
    const de = anchors('Die Zahl stieg um 1,5 Prozent auf 12.000 Fahrzeuge.', 'de');
    const en = anchors('The number rose by 1.5 percent to 12,000 vehicles.', 'en');
    const fr = anchors('Le nombre a augmenté de 1,5 % à 12 000 véhicules.', 'fr');
    for (const list of [de, en, fr]) {
      expect(list).toContain('n:1.5');
      expect(list).toContain('n:12000');
      expect(list).toContain('pc:1.5');
    }
  });

  it('finds years and dates in several languages', () => {
    const expected = ['y:2013', 'd:10-30'];
    expect(anchors('Am 30. Oktober 2013 kam es zum Unfall.', 'de')).toEqual(expect.arrayContaining(expected));
    expect(anchors('The accident happened on October 30, 2013.', 'en')).toEqual(expect.arrayContaining(expected));
    expect(anchors('L’accident a eu lieu le 30 octobre 2013.', 'fr')).toEqual(expect.arrayContaining(expected));
    expect(anchors('Авария произошла 30 октября 2013 года.', 'ru')).toEqual(expect.arrayContaining(expected));
  });

  it('transliterates Cyrillic names and keeps their stems through case endings', () => {
    const ru = anchors('Встреча с Путиным прошла в Москве. Путин сказал, что Обама прав.', 'ru');
    const en = anchors('The meeting with Putin took place in Moscow. Putin said that Obama was right.', 'en');
    expect(ru).toContain('w:putin');
    expect(ru).toContain('f:putin');
    expect(en).toContain('f:putin');
    expect(ru).toContain('w:obama');
    expect(ru).toContain('p:mosk');
    expect(en).toContain('p:mosk');
  });

  it('folds diacritics and shares weak keys between spellings of a name', () => {
    const de = anchors('Gespräche zwischen Aserbaidschan und Belgien in Brüssel mit Jürgen Müller.', 'de');
    const en = anchors('Talks between Azerbaijan and Belgium in Brussels with Jürgen Müller.', 'en');
    expect(de).toContain('w:muller');
    expect(en).toContain('w:jurgen');
    for (const key of ['p:aser', 'p:belg', 'p:brus']) {
      expect(de).toContain(key);
      expect(en).toContain(key);
    }
  });

  it('takes acronyms and URL slug words', () => {
    const list = storyAnchors({
      title: 'NATO summit',
      text: 'Leaders of NATO met in Vilnius.',
      lang: 'en',
      url: 'https://example.com/2023/07/nato-summit-vilnius',
    });
    expect(list).toEqual(expect.arrayContaining(['w:nato', 'w:vilnius', 'u:vilnius', 'y:2023']));
  });

  it('is deduplicated, deterministic and capped', () => {
    const words = Array.from(
      { length: 2000 },
      (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}x${i}`,
    );
    const text = `Intro ${words.join(' and ')} ${Array.from({ length: 500 }, (_, i) => String(1000 + i * 7)).join(', ')}.`;
    const first = storyAnchors({ title: 'T', text, lang: 'en' });
    expect(first.length).toBeLessThanOrEqual(MAX_ANCHORS);
    expect(new Set(first).size).toBe(first.length);
    expect(storyAnchors({ title: 'T', text, lang: 'en' })).toEqual(first);
  });

  it('lists anchors in the order they first occur', () => {
    const list = anchors('Merkel met Obama in 2014. Then Obama flew to Tokyo with 1,500 aides.', 'en');
    const at = (anchor: string) => list.indexOf(anchor);
    expect(at('w:merkel')).toBeGreaterThanOrEqual(0);
    expect(at('w:merkel')).toBeLessThan(at('w:obama'));
    expect(at('w:obama')).toBeLessThan(at('y:2014'));
    expect(at('y:2014')).toBeLessThan(at('w:tokyo'));
    expect(at('w:tokyo')).toBeLessThan(at('n:1500'));
  });

  it('gives nothing much for an empty or name-less text', () => {
    expect(anchors('', 'en')).toEqual([]);
    expect(anchors('it was a quiet day and nothing happened at all.', 'en')).toEqual([]);
  });
});
