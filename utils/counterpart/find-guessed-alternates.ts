/**
 * When the page declares no edition in the target language: the site's own URL patterns
 * (guess-alternate-urls.ts), two guesses at most, fetched and checked like a declared
 * alternate. A wrong guess is no news to the user, so it adds no notice.
 */
import { fetchAlternate } from './fetch-alternate.ts';
import type { FindCounterpart, TargetedInput } from './finder.ts';
import { guessAlternateUrls } from './guess-alternate-urls.ts';
import { toTextSide } from './text-side.ts';

const MAX_GUESSES = 2;

export const findGuessedAlternates: FindCounterpart<TargetedInput> = async (input, deps) => {
  if (input.alternates.some((a) => a.lang === input.target)) return { kind: 'not-found', notices: [] };
  for (const url of guessAlternateUrls(input.url, input.page.lang, input.target).slice(0, MAX_GUESSES)) {
    const outcome = await fetchAlternate(url, input.target, input.article, input.url, deps);
    if (!input.isCurrent()) return { kind: 'stale' };
    if (outcome.ok) {
      return {
        kind: 'found',
        counterpart: { ...toTextSide(outcome.article, outcome.article.lang), source: 'alternate' },
        notices: [],
      };
    }
  }
  return { kind: 'not-found', notices: [] };
};
