/**
 * Repetition: a block that repeats an earlier one (a pull quote, a duplicated lead), the
 * title repeated as a heading, and a byline line (`By Jane Doe`) equal to the byline.
 */
import { fold, type Block, type CleanRule } from './clean-block.ts';

const BY = /^(?:by|von|par|por|di|door|автор|بقلم|作者|文)\s*[:：]?\s*/iu;

/** Removes repeated blocks, the repeated title and the byline line. */
export const removeRepetition: CleanRule = (blocks, context) => {
  const seen = new Set<string>();
  const title = fold(context.title);
  const byline = fold(context.byline ?? '');
  return blocks.filter((block, index) => {
    const key = fold(block.text);
    if (key.length === 0) return false;
    if (index < 3 && title.length > 0 && key === title) return false;
    if (byline.length > 0 && block.text.length <= 120) {
      const withoutBy = fold(block.text.replace(BY, ''));
      if (withoutBy === byline || (BY.test(block.text) && byline.includes(withoutBy) && withoutBy.length > 3)) return false;
    }
    if (key.length >= 20) {
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  });
};
