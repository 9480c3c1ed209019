// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textBlock, type CleanContext } from '../../../utils/extract/clean-block.ts';
import { removePageTools } from '../../../utils/extract/clean-page-tools.ts';

const context: CleanContext = { title: 'T', siteName: null, host: 'news.example', byline: null };
const kept = (texts: string[]) =>
  removePageTools(
    texts.map((text) => textBlock(text)),
    context,
  ).map((block) => block.text);

describe('removePageTools', () => {
  it('removes font-size and date widgets made of symbols, digits and units', () => {
    expect(
      kept(['date 2024-10-21 + ↺ − 16 px', 'A A A', 'A- A+ | Drucken', '+ − 100 %', 'Schriftgröße: 16 px', '👁 1 245']),
    ).toEqual([]);
  });

  it('removes all-word tool labels in several languages', () => {
    expect(kept(['Print', 'Imprimer', 'Drucken', 'Печать', 'طباعة', '打印'])).toEqual([]);
  });

  it('keeps sentences, short headings and numbers with words', () => {
    const body = [
      'Baku hosted Monday another round of political consultations.',
      'Prices rose 16 % in a year.',
      'The reaction',
      'Конференция ООН',
      '气候变化大会',
    ];
    expect(kept(body)).toEqual(body);
  });
});
