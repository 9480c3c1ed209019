// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textBlock, type CleanContext } from '../../../utils/extract/clean-block.ts';
import { removeDatelines } from '../../../utils/extract/clean-dateline.ts';

const context: CleanContext = { title: 'T', siteName: null, host: 'x.example', byline: 'Jana Becker' };
const kept = (texts: string[]) =>
  removeDatelines(
    texts.map((text) => textBlock(text)),
    context,
  ).map((b) => b.text);
const body =
  'Die Gewerkschaft der Lokführer ruft für Donnerstag zu einem ganztägigen Warnstreik im Regionalverkehr auf.';

describe('removeDatelines', () => {
  it('removes kicker, dateline and byline lines', () => {
    expect(
      kept([
        'Bahnverkehr',
        'Stand: 05.11.2024 06:12 Uhr · Von Jana Becker',
        body,
        'Updated 10:32 AM ET, March 5, 2018',
      ]),
    ).toEqual([body]);
    expect(kept(['29 octobre 2024', '02.09.2024, 12:05', body])).toEqual([body]);
  });

  it('keeps short body lines after the first paragraph and sentences with dates', () => {
    const lines = [
      body,
      'Ein Notfahrplan',
      'The strike of 2023 lasted three days.',
      'Im Jahr 2024 stiegen die Preise um zehn Prozent, sagte ein Sprecher am Montag.',
    ];
    expect(kept(lines)).toEqual(lines);
  });

  it('keeps headings', () => {
    const blocks = [textBlock('Election 2024', { tag: 'h2' }), textBlock(body)];
    expect(removeDatelines(blocks, context)).toHaveLength(2);
  });
});
