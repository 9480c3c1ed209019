/**
 * The per-tab logic of the extension, free of browser APIs: what a page is, which
 * counterpart to show, and the view the side panel renders. The background script
 * feeds it browser events and gives it its dependencies (extraction in a DOM context,
 * fetch, the library), so the same code runs in Chromium, Firefox and Node tests.
 */
import { alignSentences } from '../align/align-sentences.ts';
import { alignWithTranslation, type SentenceTranslator } from '../align/align-with-translation.ts';
import { chooseTargetLanguage, languageChoices } from './choose-target-language.ts';
import { detectLanguage, textDirection } from '../language/detect-language.ts';
import type { FetchOutcome } from './fetch-html.ts';
import type { TranslateOutcome } from '../translation/translation-providers.ts';
import { isSameStory } from '../match/rank-counterparts.ts';
import { MAX_PASTE_CHARS, type PageReport } from '../messaging.ts';
import { pageAddress } from '../page/page-address.ts';
import { segmentParagraphs, segmentText } from '../language/segment-sentences.ts';
import { isQuotaExceeded } from '../library/quota-error.ts';
import { storyAnchors } from '../match/story-anchors.ts';
import { guessAlternateUrls } from './guess-alternate-urls.ts';
import type {
  Bead,
  CounterpartSide,
  CounterpartSource,
  ExtractedArticle,
  LangCode,
  LibraryEntry,
  Notice,
  SegmentedText,
  TabView,
  TextSide,
} from '../types.ts';

export interface LibraryMatch {
  id: string;
  lang: LangCode;
  title: string;
  score: number;
}

/** The library as the engine sees it (implemented over IndexedDB in library-storage-idb). */
export interface LibraryPort {
  save(entry: LibraryEntry): Promise<void>;
  /** Stored articles that tell the same story, in other languages than the query's, best first, above the match threshold. */
  findCounterparts(query: { anchors: string[]; lang: LangCode; published: string | null; id: string }): Promise<LibraryMatch[]>;
  get(id: string): Promise<LibraryEntry | undefined>;
}

export interface EnginePrefs {
  storeArticles: boolean;
  preferredLang: LangCode | null;
  /** Align with the help of an on-device translation (off by default; the optional Bleualign signal). */
  alignWithTranslation: boolean;
  /** The machine translation set up in the options (none by default). */
  translation: 'none' | 'on-device' | 'service';
}

export interface EngineDeps {
  /** Parses HTML and extracts the article (needs a DOM: offscreen document or background page). */
  extract(html: string, url: string): Promise<ExtractedArticle>;
  /** Fetches a counterpart page's HTML (with a timeout), or says why it could not. */
  fetchHtml(url: string): Promise<FetchOutcome>;
  library: LibraryPort;
  prefs(): Promise<EnginePrefs>;
  rememberLanguage(lang: LangCode): Promise<void>;
  uiLang: LangCode;
  /** Aligns two texts; by default in this thread (Firefox passes one that runs in a worker). */
  align?: (a: SegmentedText, b: SegmentedText) => Promise<Bead[]>;
  /** Machine translation by the configured service (DeepL, LibreTranslate), only when the user asks. */
  machineTranslate?: (sentences: string[], from: LangCode, to: LangCode) => Promise<TranslateOutcome>;
  /** An on-device translator for the alignment signal, where the browser has one. */
  translateForAlignment?: SentenceTranslator;
  /** Called whenever a tab's view changes. */
  onView(view: TabView): void;
  now?: () => number;
}

interface TabSession {
  tabId: number;
  url: string;
  report: Omit<PageReport, 'html'>;
  article?: ExtractedArticle;
  page?: TextSide;
  anchors: string[];
  libraryMatches: LibraryMatch[];
  /** Notices about the page itself (storage full, extraction failed). */
  pageNotices: Notice[];
  /** Set once the panel has looked at this tab: only then is anything fetched. */
  watched: boolean;
  /** The tab moved to another page and nothing has been reported of it yet (see navigated()). */
  pending?: boolean;
  targetLang?: LangCode;
  pasted?: { text: string };
  /** A machine translation the user asked for, sentence by sentence of the page. */
  translation?: { lang: LangCode; sentences: string[] };
  view: TabView;
}

/** Normalises a URL into a library id: no fragment, no common tracking parameters. */
export function libraryId(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const key of [...parsed.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_|ref$|ocid$)/i.test(key)) parsed.searchParams.delete(key);
    }
    return parsed.toString();
  } catch {
    return url;
  }
}

function toTextSide(article: ExtractedArticle, lang: LangCode): TextSide {
  const segmented = segmentParagraphs(article.paragraphs, lang);
  return {
    lang,
    dir: textDirection(lang),
    title: article.title,
    url: article.url,
    siteName: article.siteName,
    byline: article.byline,
    published: article.published,
    sentences: segmented.sentences,
    paragraphOf: segmented.paragraphOf,
  };
}

function entryToArticle(entry: LibraryEntry): ExtractedArticle {
  return {
    isArticle: true,
    title: entry.title,
    lang: entry.lang,
    byline: entry.byline,
    published: entry.published,
    siteName: entry.siteName,
    text: entry.text,
    paragraphs: entry.paragraphs,
    alternates: entry.alternates,
    url: entry.url,
    dir: textDirection(entry.lang),
  };
}


export class CounterpartEngine {
  private readonly sessions = new Map<number, TabSession>();

  constructor(private readonly deps: EngineDeps) {}

  view(tabId: number): TabView | undefined {
    return this.sessions.get(tabId)?.view;
  }

  /** The text of the page's sentence `index` in a tab (to find it in the page). */
  pageSentence(tabId: number, index: number): string | undefined {
    return this.sessions.get(tabId)?.page?.sentences[index];
  }

  tabClosed(tabId: number): void {
    this.sessions.delete(tabId);
  }

  /**
   * The tab moved to another page: a load, or a single-page app's new address (`url` null: a
   * page the extension may not read). What was shown belongs to the old page, so the tab shows
   * "no article" until the new page is reported; the content script reports an article by itself
   * (needsReport() tells the background when to ask instead). The same address again, or the
   * same address with another #fragment, is the same page: nothing changes (returns false).
   */
  navigated(tabId: number, url: string | null): boolean {
    const previous = this.sessions.get(tabId);
    if (previous && url !== null && pageAddress(previous.url) === pageAddress(url)) return false;
    const report: Omit<PageReport, 'html'> = { type: 'page', url: url ?? '', isArticle: false, signals: [], declaredLang: null, alternates: [] };
    const notices: Notice[] = url === null ? [{ level: 'info', key: 'notice.pageUnavailable' }] : [];
    const session: TabSession = {
      tabId,
      url: url ?? '',
      report,
      anchors: [],
      libraryMatches: [],
      pageNotices: [],
      watched: previous?.watched ?? false,
      pending: url !== null,
      view: { tabId, url: url ?? '', status: 'no-article', languages: [], available: [], notices },
    };
    this.sessions.set(tabId, session);
    this.emit(session);
    return true;
  }

  /** Whether nothing has been reported of the tab's page yet: the background should read it itself. */
  needsReport(tabId: number): boolean {
    const session = this.sessions.get(tabId);
    return session === undefined || session.pending === true;
  }

  /** What the tab's page is, as the report script read it. */
  async pageReported(tabId: number, report: PageReport): Promise<void> {
    const previous = this.sessions.get(tabId);
    const { html, ...meta } = report;
    const session: TabSession = {
      tabId,
      url: report.url,
      report: meta,
      anchors: [],
      libraryMatches: [],
      pageNotices: [],
      watched: previous?.watched ?? false,
      view: { tabId, url: report.url, status: report.isArticle ? 'searching' : 'no-article', languages: [], available: [], notices: [] },
    };
    this.sessions.set(tabId, session);
    this.emit(session);
    if (!report.isArticle || html === null) return;

    let article: ExtractedArticle;
    try {
      article = await this.deps.extract(html, report.url);
    } catch {
      if (!this.isCurrent(session)) return;
      session.view = { ...session.view, status: 'error', notices: [{ level: 'error', key: 'notice.extractionFailed' }] };
      this.emit(session);
      return;
    }
    if (!this.isCurrent(session)) return;
    if (!article.isArticle || article.paragraphs.length === 0) {
      session.view = { ...session.view, status: 'no-article' };
      this.emit(session);
      return;
    }
    const lang = article.lang !== 'und' ? article.lang : detectLanguage(article.text, report.declaredLang).lang;
    session.article = { ...article, lang };
    session.page = toTextSide(article, lang);
    session.anchors = storyAnchors({ title: article.title, text: article.text, lang, url: article.url, published: article.published });
    const id = libraryId(report.url);

    const prefs = await this.deps.prefs();
    if (prefs.storeArticles) {
      try {
        await this.deps.library.save({
          id,
          url: report.url,
          title: article.title,
          lang,
          byline: article.byline,
          published: article.published,
          siteName: article.siteName,
          text: article.text,
          paragraphs: article.paragraphs,
          alternates: article.alternates,
          anchors: session.anchors,
          savedAt: (this.deps.now ?? Date.now)(),
        });
      } catch (error) {
        session.pageNotices.push(
          isQuotaExceeded(error) ? { level: 'warning', key: 'notice.storageFull' } : { level: 'warning', key: 'notice.storageFailed' },
        );
      }
    }
    try {
      session.libraryMatches = await this.deps.library.findCounterparts({
        anchors: session.anchors,
        lang,
        published: article.published,
        id,
      });
    } catch {
      session.libraryMatches = [];
    }
    if (!this.isCurrent(session)) return;
    await this.refresh(session);
  }

  /** The panel shows this tab: find and align its counterpart (fetching alternates only now). */
  async watch(tabId: number): Promise<TabView | undefined> {
    const session = this.sessions.get(tabId);
    if (!session) return undefined;
    if (!session.watched) {
      session.watched = true;
      if (session.page) await this.refresh(session);
    }
    return session.view;
  }

  async chooseLanguage(tabId: number, lang: LangCode): Promise<void> {
    const session = this.sessions.get(tabId);
    await this.deps.rememberLanguage(lang);
    if (!session?.page) return;
    session.targetLang = lang;
    session.pasted = undefined;
    session.translation = undefined;
    await this.refresh(session);
  }

  async retry(tabId: number): Promise<void> {
    const session = this.sessions.get(tabId);
    if (session?.page) await this.refresh(session);
  }

  async paste(tabId: number, text: string): Promise<void> {
    const session = this.sessions.get(tabId);
    if (!session?.page) return;
    const trimmed = text.trim();
    const problem: Notice | null =
      trimmed.length === 0
        ? { level: 'error', key: 'notice.pastedEmpty' }
        : trimmed.length > MAX_PASTE_CHARS
          ? { level: 'error', key: 'notice.pastedTooLong' }
          : null;
    if (problem) {
      session.view = { ...session.view, notices: [...session.pageNotices, problem] };
      this.emit(session);
      return;
    }
    session.pasted = { text: trimmed };
    session.translation = undefined;
    await this.refresh(session);
  }

  /** The user asked for a machine translation by the configured service. */
  async translate(tabId: number): Promise<void> {
    const session = this.sessions.get(tabId);
    const page = session?.page;
    const target = session?.view.targetLang;
    if (!session || !page || !target || !this.deps.machineTranslate) return;
    session.view = { ...session.view, status: 'searching' };
    this.emit(session);
    const outcome = await this.deps.machineTranslate(page.sentences, page.lang, target);
    if (!this.isCurrent(session)) return;
    if (!outcome.ok) {
      await this.refresh(session);
      session.view = { ...session.view, notices: [...session.view.notices, outcome.notice] };
      this.emit(session);
      return;
    }
    await this.useTranslation(tabId, target, outcome.sentences);
  }

  /** A machine translation of the page's sentences, made on the device by the panel or by a service. */
  async useTranslation(tabId: number, lang: LangCode, sentences: string[]): Promise<void> {
    const session = this.sessions.get(tabId);
    if (!session?.page || sentences.length !== session.page.sentences.length || lang === session.page.lang) return;
    session.translation = { lang, sentences };
    session.pasted = undefined;
    await this.refresh(session);
  }

  private isCurrent(session: TabSession): boolean {
    return this.sessions.get(session.tabId) === session;
  }

  private emit(session: TabSession): void {
    this.deps.onView(session.view);
  }

  /** The languages with a known counterpart: alternates first, then library matches. */
  private available(session: TabSession): LangCode[] {
    const pageLang = session.page?.lang;
    const langs = [...session.report.alternates.map((a) => a.lang), ...session.libraryMatches.map((m) => m.lang)];
    return [...new Set(langs)].filter((lang) => lang !== pageLang);
  }

  /** Recomputes the counterpart and the view of a tab whose page is known. */
  private async refresh(session: TabSession): Promise<void> {
    const page = session.page!;
    const prefs = await this.deps.prefs();
    const available = this.available(session);
    const target =
      session.targetLang ?? chooseTargetLanguage({ pageLang: page.lang, preferred: prefs.preferredLang, uiLang: this.deps.uiLang, available });
    const base: TabView = {
      tabId: session.tabId,
      url: session.url,
      status: 'searching',
      page,
      targetLang: target,
      languages: languageChoices(page.lang, available, this.deps.uiLang),
      available,
      notices: [...session.pageNotices],
    };
    if (session.pasted) {
      let view: TabView;
      try {
        view = await this.withPasted(base, session.pasted.text, prefs);
      } catch {
        view = { ...base, status: 'error', notices: [...base.notices, { level: 'error', key: 'notice.alignmentFailed' }] };
      }
      if (!this.isCurrent(session)) return;
      session.view = view;
      this.emit(session);
      return;
    }
    if (session.translation && session.translation.lang === target) {
      const { lang, sentences } = session.translation;
      // Translated sentence by sentence: the alignment is one to one by construction.
      session.view = {
        ...base,
        status: 'ready',
        counterpart: { lang, dir: textDirection(lang), title: '', sentences, paragraphOf: page.paragraphOf, source: 'translation' },
        beads: sentences.map((_, i) => ({ a: [i], b: [i], score: 1 })),
        notices: [...base.notices, { level: 'warning', key: 'notice.machineTranslation' }],
      };
      this.emit(session);
      return;
    }
    if (!session.watched || !target) {
      // Nothing is fetched for a tab the panel hasn't shown: the badge only needs availability.
      session.view = { ...base, status: session.watched ? 'no-counterpart' : 'searching' };
      this.emit(session);
      return;
    }
    session.view = base;
    this.emit(session);

    const notices: Notice[] = [...base.notices];
    let found: { article: ExtractedArticle; source: CounterpartSource } | undefined;
    for (const alternate of session.report.alternates.filter((a) => a.lang === target)) {
      const outcome = await this.fetchAlternate(alternate.url, target, session.article!);
      if (!this.isCurrent(session)) return;
      if (outcome.ok) {
        found = { article: outcome.article, source: 'alternate' };
        break;
      }
      notices.push(outcome.notice);
    }
    if (!found && !session.report.alternates.some((a) => a.lang === target)) {
      // The page names no edition in that language: try the site's own URL patterns. A wrong
      // guess is no news to the user, so it adds no notice.
      for (const url of guessAlternateUrls(session.url, page.lang, target).slice(0, 2)) {
        const outcome = await this.fetchAlternate(url, target, session.article!);
        if (!this.isCurrent(session)) return;
        if (outcome.ok) {
          found = { article: outcome.article, source: 'alternate' };
          break;
        }
      }
    }
    if (!found) {
      const match = session.libraryMatches.find((m) => m.lang === target);
      const entry = match ? await this.deps.library.get(match.id).catch(() => undefined) : undefined;
      if (!this.isCurrent(session)) return;
      if (entry && match) {
        found = { article: entryToArticle(entry), source: 'library' };
        notices.push({ level: 'info', key: 'notice.libraryMatch', params: { title: entry.title } });
      }
    }
    if (!found) {
      const offer = prefs.translation === 'none' ? undefined : prefs.translation;
      session.view = { ...base, status: 'no-counterpart', notices, ...(offer ? { offerTranslation: offer } : {}) };
      this.emit(session);
      return;
    }
    const counterpart: CounterpartSide = { ...toTextSide(found.article, found.article.lang), source: found.source };
    let beads: Bead[];
    try {
      beads = await this.align(page, counterpart, prefs);
    } catch {
      if (!this.isCurrent(session)) return;
      session.view = { ...base, status: 'error', notices: [...notices, { level: 'error', key: 'notice.alignmentFailed' }] };
      this.emit(session);
      return;
    }
    if (!this.isCurrent(session)) return;
    session.view = { ...base, status: 'ready', counterpart, beads, notices };
    this.emit(session);
  }

  private async align(a: SegmentedText, b: SegmentedText, prefs: EnginePrefs): Promise<Bead[]> {
    const plain = (x: SegmentedText, y: SegmentedText) => (this.deps.align ? this.deps.align(x, y) : alignSentences(x, y));
    const translate = this.deps.translateForAlignment;
    if (translate && prefs.alignWithTranslation) {
      return (await alignWithTranslation(a, b, translate, plain)).beads;
    }
    return plain(a, b);
  }

  private async withPasted(base: TabView, text: string, prefs: EnginePrefs): Promise<TabView> {
    const page = base.page!;
    const detected = detectLanguage(text, null).lang;
    if (detected === page.lang) {
      return {
        ...base,
        status: 'no-counterpart',
        notices: [...base.notices, { level: 'error', key: 'notice.pastedSameLanguage', params: { lang: detected } }],
      };
    }
    const lang = detected !== 'und' ? detected : (base.targetLang ?? 'und');
    const segmented = segmentText(text, lang);
    const counterpart: CounterpartSide = {
      lang,
      dir: textDirection(lang),
      title: '',
      sentences: segmented.sentences,
      paragraphOf: segmented.paragraphOf,
      source: 'pasted',
    };
    return { ...base, status: 'ready', targetLang: lang, counterpart, beads: await this.align(page, counterpart, prefs) };
  }

  /** Fetches an alternate-language edition and checks that it is an article, in that language, on the same story. */
  private async fetchAlternate(
    url: string,
    lang: LangCode,
    page: ExtractedArticle,
  ): Promise<{ ok: true; article: ExtractedArticle } | { ok: false; notice: Notice }> {
    const fetched = await this.deps.fetchHtml(url);
    if (!fetched.ok) return fetched;
    let article: ExtractedArticle;
    try {
      article = await this.deps.extract(fetched.html, fetched.url);
    } catch {
      return { ok: false, notice: { level: 'warning', key: 'notice.alternateNotArticle', params: { url } } };
    }
    if (!article.isArticle || article.paragraphs.length === 0) {
      return { ok: false, notice: { level: 'warning', key: 'notice.alternateNotArticle', params: { url } } };
    }
    const found = article.lang !== 'und' ? article.lang : detectLanguage(article.text, null).lang;
    if (found !== lang) {
      return { ok: false, notice: { level: 'warning', key: 'notice.alternateWrongLanguage', params: { url, expected: lang, found } } };
    }
    const story = isSameStory(
      { title: page.title, text: page.text, lang: page.lang, url: page.url, published: page.published },
      { title: article.title, text: article.text, lang: found, url: article.url, published: article.published },
    );
    if (!story.same) {
      return { ok: false, notice: { level: 'warning', key: 'notice.alternateOtherStory', params: { url } } };
    }
    return { ok: true, article: { ...article, lang: found } };
  }
}
