/**
 * The editions the page declares in the target language, fetched and checked in the page's
 * order: the first good one is the counterpart; each one that fails says why.
 */
import { fetchAlternate } from './fetch-alternate.ts';
import type { FindCounterpart, TargetedInput } from './finder.ts';
import { toTextSide } from './text-side.ts';
import type { Notice } from '../types.ts';

export const findDeclaredAlternates: FindCounterpart<TargetedInput> = async (input, deps) => {
  const notices: Notice[] = [];
  for (const alternate of input.alternates.filter((a) => a.lang === input.target)) {
    const outcome = await fetchAlternate(alternate.url, input.target, input.article, input.url, deps);
    if (!input.isCurrent()) return { kind: 'stale' };
    if (outcome.ok) {
      return {
        kind: 'found',
        counterpart: { ...toTextSide(outcome.article, outcome.article.lang), source: 'alternate' },
        notices,
      };
    }
    notices.push(outcome.notice);
  }
  return { kind: 'not-found', notices };
};
