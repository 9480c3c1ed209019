// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textBlock, type CleanContext } from '../../../utils/extract/clean-block.ts';
import { removeTagLists } from '../../../utils/extract/clean-tag-lists.ts';

const context: CleanContext = { title: 'T', siteName: null, host: 'news.example', byline: null };

describe('removeTagLists', () => {
  it('removes a bare label and the link items after it', () => {
    const blocks = [
      textBlock('The talks ended on Monday.'),
      textBlock('Tags:'),
      textBlock('Azerbaijan', { tag: 'li', linkChars: 10 }),
      textBlock('Belgium', { tag: 'li', linkChars: 7 }),
      textBlock('Another paragraph that is body text after all.'),
    ];
    expect(removeTagLists(blocks, context).map((b) => b.text)).toEqual([
      'The talks ended on Monday.',
      'Another paragraph that is body text after all.',
    ]);
  });

  it('removes inline tag lists in several languages', () => {
    const lists = [
      'Tags: Azerbaijan, Belgium, COP29',
      'Schlagwörter: Bahn, Streik, NRW',
      'Mots-clés : Budget, Assemblée nationale',
      'Теги: метро, транспорт',
      'الكلمات المفتاحية: المياه الأردن',
      '标签：高铁 铁路',
      'Etiquetas: economía | política',
    ];
    expect(
      removeTagLists(
        lists.map((text) => textBlock(text)),
        context,
      ),
    ).toEqual([]);
  });

  it('keeps sentences that start with a label word', () => {
    const body = [
      'Tags on luggage were checked twice at the border.',
      'Themen wie Energie und Verkehr standen im Mittelpunkt der Gespräche, sagte der Minister.',
      'Topics: what the ministers discussed for three hours in Baku on Monday was not disclosed to the press.',
    ];
    expect(
      removeTagLists(
        body.map((text) => textBlock(text)),
        context,
      ).map((b) => b.text),
    ).toEqual(body);
  });
});
