/**
 * Repetition: a block that repeats the one right before it (the same element rendered twice,
 * for mobile and desktop), the title repeated as a heading, and a byline line (`By Jane Doe`)
 * equal to the byline. Repeats further apart are kept: on the Zyte benchmark they are
 * more often real text (recipes, lists, refrains) than chrome.
 */
import { fold, type CleanRule } from './clean-block.ts';

const BY = /^(?:by|von|par|por|di|door|автор|بقلم|作者|文)\s*[:：]?\s*/iu;

/** Removes repeated blocks, the repeated title and the byline line. */
export const removeRepetition: CleanRule = (blocks, context) => {
  let previous = '';
  const title = fold(context.title);
  const byline = fold(context.byline ?? '');
  return blocks.filter((block, index) => {
    const key = fold(block.text);
    if (key.length === 0) return false;
    if (index < 3 && title.length > 0 && key === title) return false;
    if (byline.length > 0 && block.text.length <= 120) {
      const withoutBy = fold(block.text.replace(BY, ''));
      if (withoutBy === byline || (BY.test(block.text) && byline.includes(withoutBy) && withoutBy.length > 3))
        return false;
    }
    const repeated = key.length >= 20 && key === previous;
    previous = key;
    return !repeated;
  });
};
