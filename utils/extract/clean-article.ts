/**
 * The cleaning pipeline: the rules, language-independent ones first, run in order over the
 * blocks Readability kept.
 */
import type { Block, CleanContext, CleanRule } from './clean-block.ts';
import { removeCaptions } from './clean-captions.ts';
import { removeDatelines } from './clean-dateline.ts';
import { removePageTools } from './clean-page-tools.ts';
import { removeRepetition } from './clean-repetition.ts';
import { removeShareLabels } from './clean-share-labels.ts';
import { removeSourceLines } from './clean-source-line.ts';
import { removeTagLists } from './clean-tag-lists.ts';
import { removeTeasers } from './clean-teasers.ts';

export const CLEAN_RULES: readonly { name: string; rule: CleanRule }[] = [
  { name: 'page-tools', rule: removePageTools },
  { name: 'captions', rule: removeCaptions },
  { name: 'datelines', rule: removeDatelines },
  { name: 'teasers', rule: removeTeasers },
  { name: 'repetition', rule: removeRepetition },
  { name: 'tag-lists', rule: removeTagLists },
  { name: 'share-labels', rule: removeShareLabels },
  { name: 'source-line', rule: removeSourceLines },
];

/** Runs every rule (or those not in `skip`) over `blocks`. */
export function cleanArticle(blocks: Block[], context: CleanContext, skip: readonly string[] = []): Block[] {
  let kept = blocks;
  for (const { name, rule } of CLEAN_RULES) {
    if (!skip.includes(name)) kept = rule(kept, context);
  }
  return kept;
}
