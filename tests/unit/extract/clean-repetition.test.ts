// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textBlock, type CleanContext } from '../../../utils/extract/clean-block.ts';
import { removeRepetition } from '../../../utils/extract/clean-repetition.ts';

const context: CleanContext = {
  title: 'Lokführer kündigen neuen Warnstreik an',
  siteName: null,
  host: 'x.example',
  byline: 'Jana Becker',
};
const kept = (texts: string[]) =>
  removeRepetition(
    texts.map((text) => textBlock(text)),
    context,
  ).map((b) => b.text);

describe('removeRepetition', () => {
  it('removes the repeated title, the byline line and a block repeated right after itself', () => {
    const para = 'Die Gewerkschaft ruft für Donnerstag zu einem Warnstreik auf.';
    expect(
      kept(['Lokführer kündigen neuen Warnstreik an', 'Von Jana Becker', para, para, 'Another paragraph of the body.']),
    ).toEqual([para, 'Another paragraph of the body.']);
  });

  it('keeps repeats further apart (recipes, refrains)', () => {
    const item = 'Asparagus and Eggs: 1 cup asparagus, 2 poached eggs';
    expect(kept([item, 'Lunch: a salad with chickpeas', item])).toEqual([item, 'Lunch: a salad with chickpeas', item]);
  });

  it('keeps short repeated lines (list items like "Yes") and the byline name inside a sentence', () => {
    const body = ['Yes', 'No', 'Yes', 'Jana Becker reported from Cologne, where the strike began at 3 a.m.'];
    expect(kept(body)).toEqual(body);
  });
});
