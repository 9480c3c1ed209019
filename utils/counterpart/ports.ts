/**
 * What the counterpart engine is given: the library as it sees it, the user's settings, and
 * its dependencies on the browser (extraction in a DOM context, fetch, translation).
 */
import type { SentenceTranslator } from '../align/align-with-translation.ts';
import type { FetchOutcome } from './fetch-html.ts';
import type { TranslateOutcome } from '../translation/translate-sentences.ts';
import type { Bead, ExtractedArticle, LangCode, LibraryEntry, SegmentedText, TabView } from '../types.ts';

export interface LibraryMatch {
  id: string;
  lang: LangCode;
  title: string;
  score: number;
}

/** The library as the engine sees it (implemented over IndexedDB in library/storage-idb). */
export interface LibraryPort {
  save(entry: LibraryEntry): Promise<void>;
  /** Stored articles that tell the same story, in other languages than the query's, best first, above the match threshold. */
  findCounterparts(query: {
    anchors: string[];
    lang: LangCode;
    published: string | null;
    id: string;
  }): Promise<LibraryMatch[]>;
  get(id: string): Promise<LibraryEntry | undefined>;
}

export interface EnginePrefs {
  storeArticles: boolean;
  preferredLang: LangCode | null;
  /** Align with the help of an on-device translation of the page's sentences, as an extra signal (off by default). */
  alignWithTranslation: boolean;
  /** The machine translation set up in the options (none by default). */
  translation: 'none' | 'on-device' | 'service';
}

export interface EngineDeps {
  /** Parses HTML and extracts the article (needs a DOM: offscreen document or background page). */
  extract(html: string, url: string): Promise<ExtractedArticle>;
  /**
   * Fetches a counterpart page's HTML (with a timeout), or says why it could not. `pageUrl` is
   * the tab's page that named `url`: it decides which private addresses may be fetched.
   */
  fetchHtml(url: string, pageUrl: string): Promise<FetchOutcome>;
  library: LibraryPort;
  prefs(): Promise<EnginePrefs>;
  rememberLanguage(lang: LangCode): Promise<void>;
  uiLang: LangCode;
  /**
   * Aligns two texts; by default in this thread (the extension passes one that runs in a
   * worker). `stillWanted` turns false once the tab has moved on: the work may then stop.
   */
  align?: (a: SegmentedText, b: SegmentedText, stillWanted: () => boolean) => Promise<Bead[]>;
  /** Machine translation by the configured service (DeepL, LibreTranslate), only when the user asks. */
  machineTranslate?: (sentences: string[], from: LangCode, to: LangCode) => Promise<TranslateOutcome>;
  /** An on-device translator for the alignment signal, where the browser has one. */
  translateForAlignment?: SentenceTranslator;
  /** Called whenever a tab's view changes. */
  onView(view: TabView): void;
  now?: () => number;
}
