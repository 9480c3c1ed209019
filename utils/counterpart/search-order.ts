/**
 * Where a page's counterpart comes from, in order. What the user gave comes first: text they
 * pasted, then a machine translation they asked for. Then the search, only for a tab the panel
 * shows and once a target language is known: the editions the page declares in that language,
 * else the site's own URL patterns, then an article on the same story in the library. When
 * none has it, there is no counterpart (and a machine translation may be offered).
 */
import { findDeclaredAlternates } from './find-declared-alternates.ts';
import { findGuessedAlternates } from './find-guessed-alternates.ts';
import { findLibraryMatch } from './find-library-match.ts';
import { findPastedText } from './find-pasted-text.ts';
import { findRequestedTranslation } from './find-requested-translation.ts';
import type { Finder, Finding, SearchDeps, SearchInput } from './finder.ts';
import type { Notice } from '../types.ts';

export const SEARCH_ORDER: readonly Finder[] = [
  { name: 'pasted-text', searches: false, find: findPastedText },
  { name: 'requested-translation', searches: false, find: findRequestedTranslation },
  { name: 'declared-alternates', searches: true, find: findDeclaredAlternates },
  { name: 'guessed-alternates', searches: true, find: findGuessedAlternates },
  { name: 'library-match', searches: true, find: findLibraryMatch },
];

export type SearchResult =
  /** Found by `finder`; `notices` are those of every finder tried, in order. */
  | (Extract<Finding, { kind: 'found' }> & { finder: string })
  /** Every finder was tried: no counterpart. */
  | { kind: 'not-found'; notices: Notice[] }
  | { kind: 'refused'; notices: Notice[] }
  /** The panel does not show the tab, or no target language is known: nothing was searched. */
  | { kind: 'not-searched' }
  | { kind: 'stale' };

/** Whether the panel shows the tab, and what to do just before the search starts (show 'searching'). */
export interface SearchGate {
  watched: boolean;
  onSearching(): void;
}

/** Tries the finders in order: the first that finds (or refuses) ends the search. */
export async function searchCounterpart(input: SearchInput, deps: SearchDeps, gate: SearchGate): Promise<SearchResult> {
  const notices: Notice[] = [];
  let searching = false;
  for (const finder of SEARCH_ORDER) {
    let finding: Finding;
    if (finder.searches) {
      // Nothing is fetched for a tab the panel hasn't shown: the badge only needs availability.
      if (!gate.watched || !input.target) return { kind: 'not-searched' };
      if (!searching) gate.onSearching();
      searching = true;
      finding = await finder.find({ ...input, target: input.target }, deps);
    } else {
      finding = await finder.find(input, deps);
    }
    if (finding.kind === 'stale' || !input.isCurrent()) return { kind: 'stale' };
    notices.push(...finding.notices);
    if (finding.kind === 'found') return { ...finding, finder: finder.name, notices };
    if (finding.kind === 'refused') return { kind: 'refused', notices };
  }
  return { kind: 'not-found', notices };
}
