/**
 * The domain's shared shapes. Everything here is plain, serialisable data: it crosses
 * extension message boundaries and is stored in IndexedDB.
 */
import type { NoticeKey } from './notice-key.ts';

export type { NoticeKey };

/** BCP 47 primary language subtag ("en", "de", "zh"), or "und" when unknown. */
export type LangCode = string;

export type TextDirection = 'ltr' | 'rtl';

/** A link to the same page in another language (`<link rel=alternate hreflang>`, language switcher). */
export interface Alternate {
  lang: LangCode;
  /** Absolute URL. */
  url: string;
}

/** What extraction gets out of one HTML page (the result of `cli extract`). */
export interface ExtractedArticle {
  isArticle: boolean;
  title: string;
  lang: LangCode;
  byline: string | null;
  /** ISO 8601 date (`2024-10-21`) or date-time, when the page says it. */
  published: string | null;
  siteName: string | null;
  /** Article body only: paragraphs joined by blank lines. */
  text: string;
  paragraphs: string[];
  alternates: Alternate[];
  /** The page's URL (canonical if the page declares one, else the given URL). */
  url: string;
  dir: TextDirection;
  /** Why the page is not taken for an article, when it is not (CLI output; not a UI message). */
  reason?: ArticleRefusal;
}

/**
 * Why a page is not taken for an article: a page of links, a page too large to read, a page
 * that does not look like an article, or one with too little text.
 */
export type ArticleRefusal = 'link-page' | 'too-large' | 'not-article' | 'no-content';

/** Sentences of one text, with the paragraph each belongs to (same length arrays). */
export interface SegmentedText {
  lang: LangCode;
  sentences: string[];
  /** paragraphOf[i]: 0-based paragraph index of sentences[i]; non-decreasing. */
  paragraphOf: number[];
}

/**
 * One alignment bead: sentence indexes of side A and side B that translate each other.
 * `a: [3], b: []` means sentence 3 of A has no counterpart (an omission in B).
 */
export interface Bead {
  a: number[];
  b: number[];
  /** Confidence in [0, 1]. */
  score?: number;
}

/** Where the counterpart text came from (the side panel's `counterpart-source` test id). */
export type CounterpartSource = 'alternate' | 'library' | 'pasted' | 'translation';

/** The panel's state: the `data-state` of the side panel's `[data-testid=status]`. */
export type PanelStatus = 'no-article' | 'searching' | 'ready' | 'no-counterpart' | 'error';

/** One side of the reader: a text split in sentences. */
export interface TextSide {
  lang: LangCode;
  dir: TextDirection;
  title: string;
  url?: string;
  siteName?: string | null;
  byline?: string | null;
  published?: string | null;
  sentences: string[];
  paragraphOf: number[];
}

export interface CounterpartSide extends TextSide {
  source: CounterpartSource;
}

/**
 * A user-facing message, as a key into the UI strings (components/strings) plus
 * its parameters, so that every message the panel shows is translatable.
 */
export interface Notice {
  level: 'info' | 'warning' | 'error';
  key: NoticeKey;
  params?: Record<string, string>;
}

/** Everything the side panel shows for one tab. */
export interface TabView {
  tabId: number;
  url: string;
  status: PanelStatus;
  page?: TextSide;
  counterpart?: CounterpartSide;
  /** Alignment of page (a) against counterpart (b), in reading order. */
  beads?: Bead[];
  /** The counterpart language chosen (or defaulted). */
  targetLang?: LangCode;
  /** Languages the user can choose from, those with a known counterpart first. */
  languages: LangCode[];
  /** Languages in which a counterpart is known to be available (alternate or library). */
  available: LangCode[];
  notices: Notice[];
  /**
   * A machine translation the user may ask for (a provider is set up and no human counterpart
   * was found): translated on this device, or by the configured service.
   */
  offerTranslation?: 'on-device' | 'service';
}

/** An article kept in the local library (IndexedDB). */
export interface LibraryEntry {
  /** Normalised URL (no fragment, no tracking parameters). */
  id: string;
  url: string;
  title: string;
  lang: LangCode;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  text: string;
  paragraphs: string[];
  alternates: Alternate[];
  /** Language-independent anchors (names, numbers, dates) used to find counterparts. */
  anchors: string[];
  savedAt: number;
}
