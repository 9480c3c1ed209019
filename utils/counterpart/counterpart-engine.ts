/**
 * The per-tab logic of the extension, free of browser APIs: what a page is, which
 * counterpart to show (looked for in the order of search-order.ts), and the view the side
 * panel renders. The background script
 * feeds it browser events and gives it its dependencies (extraction in a DOM context,
 * fetch, the library), so the same code runs in Chromium, Firefox and Node tests.
 */
import { alignSentences, MAX_ALIGNED_SENTENCES } from '../align/align-sentences.ts';
import { alignWithTranslation } from '../align/align-with-translation.ts';
import { chooseTargetLanguage, languageChoices } from './choose-target-language.ts';
import { detectLanguage } from '../language/detect-language.ts';
import type { SearchInput } from './finder.ts';
import { MAX_PASTE_CHARS, type PageReport } from '../messaging.ts';
import { pageAddress } from '../page/page-address.ts';
import { isQuotaExceeded } from '../library/quota-error.ts';
import { libraryId } from '../library/library-id.ts';
import { isStoreRateLimited, NEW_ARTICLES_PER_SITE_PER_MINUTE } from '../library/store-rate.ts';
import { storyAnchors } from '../match/story-anchors.ts';
import type { EngineDeps, EnginePrefs, LibraryMatch } from './ports.ts';
import { searchCounterpart } from './search-order.ts';
import { toTextSide } from './text-side.ts';
import type { Bead, ExtractedArticle, LangCode, Notice, SegmentedText, TabView, TextSide } from '../types.ts';

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
    const report: Omit<PageReport, 'html'> = {
      type: 'page',
      url: url ?? '',
      isArticle: false,
      signals: [],
      declaredLang: null,
      alternates: [],
    };
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
    this.deps.onView(session.view);
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
      view: {
        tabId,
        url: report.url,
        status: report.isArticle ? 'searching' : 'no-article',
        languages: [],
        available: [],
        notices: [],
      },
    };
    this.sessions.set(tabId, session);
    this.deps.onView(session.view);
    if (!report.isArticle || html === null) return;

    let article: ExtractedArticle;
    try {
      article = await this.deps.extract(html, report.url);
    } catch {
      if (!this.isCurrent(session)) return;
      this.show(session, {
        ...session.view,
        status: 'error',
        notices: [{ level: 'error', key: 'notice.extractionFailed' }],
      });
      return;
    }
    if (!this.isCurrent(session)) return;
    if (!article.isArticle || article.paragraphs.length === 0) {
      this.show(session, { ...session.view, status: 'no-article' });
      return;
    }
    const lang = article.lang !== 'und' ? article.lang : detectLanguage(article.text, report.declaredLang).lang;
    session.article = { ...article, lang };
    session.page = toTextSide(article, lang);
    session.anchors = storyAnchors({
      title: article.title,
      text: article.text,
      lang,
      url: article.url,
      published: article.published,
    });
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
          isStoreRateLimited(error)
            ? {
                level: 'info',
                key: 'notice.storageRateLimited',
                params: { count: String(NEW_ARTICLES_PER_SITE_PER_MINUTE) },
              }
            : isQuotaExceeded(error)
              ? { level: 'warning', key: 'notice.storageFull' }
              : { level: 'warning', key: 'notice.storageFailed' },
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
      this.show(session, { ...session.view, notices: [...session.pageNotices, problem] });
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
    this.show(session, { ...session.view, status: 'searching' });
    const outcome = await this.deps.machineTranslate(page.sentences, page.lang, target);
    if (!this.isCurrent(session)) return;
    if (!outcome.ok) {
      await this.refresh(session);
      this.show(session, { ...session.view, notices: [...session.view.notices, outcome.notice] });
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

  /** Sets what a tab shows and tells the panel. */
  private show(session: TabSession, view: TabView): void {
    session.view = view;
    this.deps.onView(view);
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
      session.targetLang ??
      chooseTargetLanguage({
        pageLang: page.lang,
        preferred: prefs.preferredLang,
        uiLang: this.deps.uiLang,
        available,
      });
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
    const input: SearchInput = {
      url: session.url,
      article: session.article!,
      page,
      alternates: session.report.alternates,
      libraryMatches: session.libraryMatches,
      target,
      pasted: session.pasted,
      translation: session.translation,
      isCurrent: () => this.isCurrent(session),
    };
    const result = await searchCounterpart(input, this.deps, {
      watched: session.watched,
      onSearching: () => this.show(session, base),
    });
    switch (result.kind) {
      case 'stale':
        return;
      case 'not-searched':
        this.show(session, { ...base, status: session.watched ? 'no-counterpart' : 'searching' });
        return;
      case 'refused':
        this.show(session, { ...base, status: 'no-counterpart', notices: [...base.notices, ...result.notices] });
        return;
      case 'not-found': {
        const offer = prefs.translation === 'none' ? undefined : prefs.translation;
        const notices = [...base.notices, ...result.notices];
        this.show(session, {
          ...base,
          status: 'no-counterpart',
          notices,
          ...(offer ? { offerTranslation: offer } : {}),
        });
        return;
      }
    }
    const { counterpart, targetLang } = result;
    const notices = [...base.notices, ...result.notices];
    let beads = result.beads;
    if (!beads) {
      try {
        beads = await this.align(page, counterpart, prefs, () => this.isCurrent(session));
      } catch {
        if (!this.isCurrent(session)) return;
        this.show(session, {
          ...base,
          status: 'error',
          notices: [...notices, { level: 'error', key: 'notice.alignmentFailed' }],
        });
        return;
      }
      if (!this.isCurrent(session)) return;
      if (Math.max(page.sentences.length, counterpart.sentences.length) > MAX_ALIGNED_SENTENCES) {
        notices.push({
          level: 'info',
          key: 'notice.alignmentPartial',
          params: { count: String(MAX_ALIGNED_SENTENCES) },
        });
      }
    }
    this.show(session, {
      ...base,
      status: 'ready',
      ...(targetLang ? { targetLang } : {}),
      counterpart,
      beads,
      notices,
    });
  }

  private async align(
    a: SegmentedText,
    b: SegmentedText,
    prefs: EnginePrefs,
    stillWanted: () => boolean,
  ): Promise<Bead[]> {
    const plain = (x: SegmentedText, y: SegmentedText) =>
      this.deps.align ? this.deps.align(x, y, stillWanted) : alignSentences(x, y);
    const translate = this.deps.translateForAlignment;
    if (translate && prefs.alignWithTranslation) {
      return (await alignWithTranslation(a, b, translate, plain)).beads;
    }
    return plain(a, b);
  }
}
