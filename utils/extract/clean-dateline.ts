/**
 * Metadata lines Readability keeps around the body: the kicker above the headline
 * (`Bahnverkehr`), datelines and byline lines (`Stand: 05.11.2024 06:12 Uhr · Von Jana Becker`,
 * `Updated 10:32 AM ET, March 5, 2018`, `👁 1 245`). Language independent: short, no sentence,
 * made of a date, a time, the byline and a few words.
 */
import { fold, hasSentenceEnd, wordsOf, type Block, type CleanRule } from './clean-block.ts';

const HEADING = /^h[1-6]$/;
const YEAR = /\b(?:19|20)\d{2}\b/;
const TIME = /\b\d{1,2}[:.h]\d{2}\b/;
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/;

function isDateline(block: Block, byline: string): boolean {
  const text = block.text;
  if (text.length > 100 || HEADING.test(block.tag) || hasSentenceEnd(text)) return false;
  const hasDate = YEAR.test(text) || TIME.test(text) || NUMERIC_DATE.test(text);
  // A date is required: a byline alone may be a product or a name in a list.
  if (!hasDate) return false;
  const hasByline = byline.length > 3 && fold(text).includes(byline);
  const words = wordsOf(text).filter((word) => !/^\d+$/.test(word));
  // After the date, the numbers and the byline, a few words at most (`Stand`, `Uhr`, `Von`, a month).
  const bylineWords = hasByline ? wordsOf(byline).length : 0;
  return words.length - bylineWords <= 6;
}

/** Removes datelines, byline lines, and short kicker lines before the first body paragraph. */
export const removeDatelines: CleanRule = (blocks, context) => {
  const byline = fold(context.byline ?? '');
  const firstBody = blocks.findIndex((block) => block.text.length >= 80 || hasSentenceEnd(block.text));
  return blocks.filter((block, index) => {
    if (isDateline(block, byline)) return false;
    // A kicker: a word or three above the first paragraph, not a heading.
    if (index < firstBody && !HEADING.test(block.tag) && wordsOf(block.text).length <= 3 && block.text.length <= 40)
      return false;
    return true;
  });
};
