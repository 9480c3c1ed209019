/**
 * A finder: one place a counterpart is looked for. search-order.ts lists them in the order they
 * are tried.
 */
import type { EngineDeps, LibraryMatch } from './ports.ts';
import type { Alternate, Bead, CounterpartSide, ExtractedArticle, LangCode, Notice, TextSide } from '../types.ts';

/** What a finder may look at: the tab's page, what the page declares and what the user gave. */
export interface SearchInput {
  /** The page's address. */
  url: string;
  /** The page's article, and its sentences. */
  article: ExtractedArticle;
  page: TextSide;
  /** The other-language editions the page declares. */
  alternates: Alternate[];
  /** Stored articles on the same story, in other languages, best first. */
  libraryMatches: LibraryMatch[];
  /** The counterpart's language, chosen by the user or defaulted; none when no language is known. */
  target: LangCode | undefined;
  /** Text the user pasted as the counterpart. */
  pasted?: { text: string };
  /** A machine translation the user asked for, sentence by sentence of the page. */
  translation?: { lang: LangCode; sentences: string[] };
  /** Whether the tab still shows this page: after each await, a finder stops when it does not. */
  isCurrent(): boolean;
}

/** The input of a finder that searches: a target language is known. */
export type TargetedInput = SearchInput & { target: LangCode };

export type SearchDeps = Pick<EngineDeps, 'extract' | 'fetchHtml' | 'library'>;

export type Finding =
  /**
   * A counterpart. `beads` when it comes aligned (a translation made sentence by sentence),
   * `targetLang` when the view's language becomes the counterpart's (pasted text).
   */
  | { kind: 'found'; counterpart: CounterpartSide; beads?: Bead[]; targetLang?: LangCode; notices: Notice[] }
  /** None here: the next finder is tried. */
  | { kind: 'not-found'; notices: Notice[] }
  /** What the user gave cannot be used: no counterpart, and no other finder is tried. */
  | { kind: 'refused'; notices: Notice[] }
  /** The tab no longer shows the page: the search stops. */
  | { kind: 'stale' };

export type FindCounterpart<Input extends SearchInput = SearchInput> = (
  input: Input,
  deps: SearchDeps,
) => Finding | Promise<Finding>;

export type Finder =
  /** Uses what the user gave: runs first, fetching nothing. */
  | { name: string; searches: false; find: FindCounterpart }
  /**
   * Searches (fetches pages, reads the library): runs only for a tab the panel shows, once a
   * target language is known.
   */
  | { name: string; searches: true; find: FindCounterpart<TargetedInput> };
