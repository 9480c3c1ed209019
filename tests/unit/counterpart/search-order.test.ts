// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CounterpartEngine } from '../../../utils/counterpart/counterpart-engine.ts';
import type { SearchDeps, SearchInput } from '../../../utils/counterpart/finder.ts';
import type { EnginePrefs, LibraryMatch } from '../../../utils/counterpart/ports.ts';
import { SEARCH_ORDER, searchCounterpart } from '../../../utils/counterpart/search-order.ts';
import { toTextSide } from '../../../utils/counterpart/text-side.ts';
import type { Alternate, ExtractedArticle, LangCode, LibraryEntry, TabView } from '../../../utils/types.ts';
import { sharedDataPath } from '../../../scripts/data/shared-data.ts';

const gold = JSON.parse(readFileSync(sharedDataPath('seed', 'gold.json'), 'utf8')) as { en: string[]; de: string[] };

const PAGE_URL = 'https://news.example/en/story.html';
/** What guessAlternateUrls makes of PAGE_URL for German. */
const GUESS_DE = 'https://news.example/de/story.html';
const ALT_DE = 'https://news.example/alt/de.html';
const ALT_DE_2 = 'https://news.example/alt/de-2.html';
const ALT_FR = 'https://news.example/alt/fr.html';

function article(lang: LangCode, title: string, sentences: string[], url: string): ExtractedArticle {
  return {
    isArticle: true,
    title,
    lang,
    byline: null,
    published: '2024-10-21',
    siteName: 'News.Az',
    text: sentences.join('\n\n'),
    paragraphs: sentences,
    alternates: [],
    url,
    dir: 'ltr',
  };
}

const EN = article('en', 'Azerbaijan and Belgium hold political consultations in Baku', gold.en, PAGE_URL);
const DE = article('de', 'Aserbaidschan und Belgien führen politische Konsultationen in Baku', gold.de, ALT_DE);
const OTHER_STORY_DE = article(
  'de',
  'Lyon eröffnet neue Straßenbahnlinie',
  [
    'Die französische Stadt Lyon hat am Montag ihre siebte Straßenbahnlinie eröffnet, die 14 Kilometer lang ist.',
    'Die Bauarbeiten unter der Leitung des Verkehrsverbunds Sytral dauerten vier Jahre und kosteten 260 Millionen Euro.',
    'Bürgermeister Grégory Doucet sprach von einem wichtigen Tag für die Anwohner der östlichen Vororte.',
  ],
  ALT_DE,
);
const STORED_DE: LibraryEntry = {
  ...DE,
  id: 'stored-de',
  url: 'https://other.example/de/story',
  anchors: [],
  savedAt: 0,
};
const MATCH_DE: LibraryMatch = { id: 'stored-de', lang: 'de', title: STORED_DE.title, score: 0.9 };
const MATCH_FR: LibraryMatch = { id: 'stored-fr', lang: 'fr', title: 'Consultations à Bakou', score: 0.9 };

/** The web and the library as plain objects: a page for each URL that answers, the stored entries by id. */
interface World {
  web?: Record<string, ExtractedArticle>;
  stored?: Record<string, LibraryEntry>;
}

function fakeDeps(world: World) {
  const fetched: string[] = [];
  const web = world.web ?? {};
  const deps: SearchDeps = {
    fetchHtml: async (url) => {
      fetched.push(url);
      // The fake HTML of a page is its URL, which extract() looks up.
      return url in web
        ? { ok: true, html: url, url }
        : { ok: false, notice: { level: 'warning', key: 'notice.alternateHttpError', params: { url, status: '404' } } };
    },
    extract: async (html) => web[html] ?? { ...EN, isArticle: false, paragraphs: [], text: '' },
    library: {
      save: async () => {},
      findCounterparts: async () => [],
      get: async (id) => world.stored?.[id],
    },
  };
  return { deps, fetched };
}

function input(overrides: Partial<SearchInput> = {}): SearchInput {
  return {
    url: PAGE_URL,
    article: EN,
    page: toTextSide(EN, 'en'),
    alternates: [],
    libraryMatches: [],
    target: 'de',
    isCurrent: () => true,
    ...overrides,
  };
}

const declared = (...list: Array<[LangCode, string]>): Alternate[] => list.map(([lang, url]) => ({ lang, url }));

interface Row {
  name: string;
  given?: Partial<SearchInput>;
  world?: World;
  /** Which finder found the counterpart ('not-found' or 'refused' when none did), with which source. */
  finder: string;
  source?: string;
  notices: string[];
  fetched: string[];
}

const ROWS: Row[] = [
  {
    name: 'a declared alternate in the target language',
    given: { alternates: declared(['de', ALT_DE]) },
    world: { web: { [ALT_DE]: DE } },
    finder: 'declared-alternates',
    source: 'alternate',
    notices: [],
    fetched: [ALT_DE],
  },
  {
    name: 'declared alternates in the page order, each failure said',
    given: { alternates: declared(['de', ALT_DE_2], ['de', ALT_DE]) },
    world: { web: { [ALT_DE]: DE } },
    finder: 'declared-alternates',
    source: 'alternate',
    notices: ['notice.alternateHttpError'],
    fetched: [ALT_DE_2, ALT_DE],
  },
  {
    name: 'a declared alternate in the wrong language, then the library',
    given: { alternates: declared(['de', ALT_DE]), libraryMatches: [MATCH_DE] },
    world: { web: { [ALT_DE]: { ...EN, url: ALT_DE } }, stored: { 'stored-de': STORED_DE } },
    finder: 'library-match',
    source: 'library',
    notices: ['notice.alternateWrongLanguage', 'notice.libraryMatch'],
    fetched: [ALT_DE],
  },
  {
    name: 'a declared alternate on another story, then nothing',
    given: { alternates: declared(['de', ALT_DE]) },
    world: { web: { [ALT_DE]: OTHER_STORY_DE } },
    finder: 'not-found',
    notices: ['notice.alternateOtherStory'],
    fetched: [ALT_DE],
  },
  {
    name: 'a declared alternate wins over the library',
    given: { alternates: declared(['de', ALT_DE]), libraryMatches: [MATCH_DE] },
    world: { web: { [ALT_DE]: DE }, stored: { 'stored-de': STORED_DE } },
    finder: 'declared-alternates',
    source: 'alternate',
    notices: [],
    fetched: [ALT_DE],
  },
  {
    name: "no alternate declared: the site's URL pattern",
    world: { web: { [GUESS_DE]: { ...DE, url: GUESS_DE } } },
    finder: 'guessed-alternates',
    source: 'alternate',
    notices: [],
    fetched: [GUESS_DE],
  },
  {
    name: 'a guessed alternate wins over the library',
    given: { libraryMatches: [MATCH_DE] },
    world: { web: { [GUESS_DE]: { ...DE, url: GUESS_DE } }, stored: { 'stored-de': STORED_DE } },
    finder: 'guessed-alternates',
    source: 'alternate',
    notices: [],
    fetched: [GUESS_DE],
  },
  {
    name: 'a wrong guess says nothing, then the library',
    given: { libraryMatches: [MATCH_DE] },
    world: { stored: { 'stored-de': STORED_DE } },
    finder: 'library-match',
    source: 'library',
    notices: ['notice.libraryMatch'],
    fetched: [GUESS_DE],
  },
  {
    name: 'an alternate declared in the target language that fails: no guessing',
    given: { alternates: declared(['de', ALT_DE]) },
    world: { web: { [GUESS_DE]: { ...DE, url: GUESS_DE } } },
    finder: 'not-found',
    notices: ['notice.alternateHttpError'],
    fetched: [ALT_DE],
  },
  {
    name: 'an alternate declared in another language only: the target is guessed, the other is not fetched',
    given: { alternates: declared(['fr', ALT_FR]) },
    world: { web: { [GUESS_DE]: { ...DE, url: GUESS_DE } } },
    finder: 'guessed-alternates',
    source: 'alternate',
    notices: [],
    fetched: [GUESS_DE],
  },
  {
    name: 'two guesses at most',
    given: { url: 'https://en.news.example/en/story.html?lang=en' },
    finder: 'not-found',
    notices: [],
    fetched: ['https://en.news.example/de/story.html?lang=en', 'https://en.news.example/en/story.html?lang=de'],
  },
  {
    name: 'a library match in another language only',
    given: { libraryMatches: [MATCH_FR] },
    finder: 'not-found',
    notices: [],
    fetched: [GUESS_DE],
  },
  {
    name: 'a library match no longer stored',
    given: { libraryMatches: [MATCH_DE] },
    finder: 'not-found',
    notices: [],
    fetched: [GUESS_DE],
  },
  {
    name: 'nothing anywhere',
    finder: 'not-found',
    notices: [],
    fetched: [GUESS_DE],
  },
  {
    name: 'pasted text comes before any search',
    given: { pasted: { text: gold.de.join(' ') }, alternates: declared(['de', ALT_DE]) },
    world: { web: { [ALT_DE]: DE } },
    finder: 'pasted-text',
    source: 'pasted',
    notices: [],
    fetched: [],
  },
  {
    name: "pasted text in the page's language is refused, and nothing is searched",
    given: { pasted: { text: gold.en.join(' ') }, alternates: declared(['de', ALT_DE]) },
    world: { web: { [ALT_DE]: DE } },
    finder: 'refused',
    notices: ['notice.pastedSameLanguage'],
    fetched: [],
  },
  {
    name: 'pasted text comes before a requested translation',
    given: {
      pasted: { text: gold.de.join(' ') },
      translation: { lang: 'de', sentences: gold.en.map((s) => `(de) ${s}`) },
    },
    finder: 'pasted-text',
    source: 'pasted',
    notices: [],
    fetched: [],
  },
  {
    name: 'a requested translation in the target language comes before any search',
    given: {
      translation: { lang: 'de', sentences: gold.en.map((s) => `(de) ${s}`) },
      alternates: declared(['de', ALT_DE]),
    },
    world: { web: { [ALT_DE]: DE } },
    finder: 'requested-translation',
    source: 'translation',
    notices: ['notice.machineTranslation'],
    fetched: [],
  },
  {
    name: 'a requested translation in another language than the target: the search',
    given: {
      translation: { lang: 'fr', sentences: gold.en.map((s) => `(fr) ${s}`) },
      alternates: declared(['de', ALT_DE]),
    },
    world: { web: { [ALT_DE]: DE } },
    finder: 'declared-alternates',
    source: 'alternate',
    notices: [],
    fetched: [ALT_DE],
  },
];

describe('the counterpart search order', () => {
  it('lists the finders in the order they are tried', () => {
    expect(SEARCH_ORDER.map((finder) => finder.name)).toEqual([
      'pasted-text',
      'requested-translation',
      'declared-alternates',
      'guessed-alternates',
      'library-match',
    ]);
  });

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_, row) => {
    const { deps, fetched } = fakeDeps(row.world ?? {});
    const result = await searchCounterpart(input(row.given), deps, { watched: true, onSearching: () => {} });
    const finder = result.kind === 'found' ? result.finder : result.kind;
    const notices = 'notices' in result ? result.notices.map((n) => n.key) : [];
    expect({
      finder,
      source: result.kind === 'found' ? result.counterpart.source : undefined,
      notices,
      fetched,
    }).toEqual({
      finder: row.finder,
      source: row.source,
      notices: row.notices,
      fetched: row.fetched,
    });
  });

  it('says that it searches once, before the first fetch', async () => {
    const { deps, fetched } = fakeDeps({});
    const events: string[] = [];
    const fetchHtml = deps.fetchHtml;
    deps.fetchHtml = (url, pageUrl) => {
      events.push(`fetch ${url}`);
      return fetchHtml(url, pageUrl);
    };
    await searchCounterpart(input({ alternates: declared(['de', ALT_DE_2], ['de', ALT_DE]) }), deps, {
      watched: true,
      onSearching: () => events.push('searching'),
    });
    expect(events).toEqual(['searching', `fetch ${ALT_DE_2}`, `fetch ${ALT_DE}`]);
    expect(fetched).toHaveLength(2);
  });

  it('searches nothing for a tab the panel does not show, or without a target language, but takes what the user gave', async () => {
    const { deps, fetched } = fakeDeps({ web: { [ALT_DE]: DE } });
    let searching = 0;
    const gate = (watched: boolean) => ({ watched, onSearching: () => searching++ });
    const given = { alternates: declared(['de', ALT_DE]), libraryMatches: [MATCH_DE] };
    expect(await searchCounterpart(input(given), deps, gate(false))).toEqual({ kind: 'not-searched' });
    expect(await searchCounterpart(input({ ...given, target: undefined }), deps, gate(true))).toEqual({
      kind: 'not-searched',
    });
    expect(fetched).toEqual([]);
    expect(searching).toBe(0);

    const pasted = await searchCounterpart(input({ ...given, pasted: { text: gold.de.join(' ') } }), deps, gate(false));
    expect(pasted).toMatchObject({ kind: 'found', finder: 'pasted-text', targetLang: 'de' });
    const untargeted = await searchCounterpart(
      input({ ...given, target: undefined, pasted: { text: gold.de.join(' ') } }),
      deps,
      gate(true),
    );
    expect(untargeted).toMatchObject({ kind: 'found', finder: 'pasted-text', targetLang: 'de' });
  });

  it('stops when the tab no longer shows the page', async () => {
    const { deps, fetched } = fakeDeps({ stored: { 'stored-de': STORED_DE } });
    let current = true;
    const fetchHtml = deps.fetchHtml;
    deps.fetchHtml = async (url, pageUrl) => {
      const outcome = await fetchHtml(url, pageUrl);
      current = false; // the tab moved on while the page was fetched
      return outcome;
    };
    const given = input({
      alternates: declared(['de', ALT_DE_2], ['de', ALT_DE]),
      libraryMatches: [MATCH_DE],
      isCurrent: () => current,
    });
    expect(await searchCounterpart(given, deps, { watched: true, onSearching: () => {} })).toEqual({ kind: 'stale' });
    expect(fetched).toEqual([ALT_DE_2]);
  });
});

describe('the counterpart the engine shows', () => {
  interface ViewRow {
    name: string;
    alternates?: Alternate[];
    matches?: LibraryMatch[];
    world?: World;
    translation?: EnginePrefs['translation'];
    status: TabView['status'];
    source?: string;
    notices: string[];
    offer?: TabView['offerTranslation'];
  }
  const VIEW_ROWS: ViewRow[] = [
    {
      name: 'a declared alternate',
      alternates: declared(['de', ALT_DE]),
      world: { web: { [ALT_DE]: DE } },
      status: 'ready',
      source: 'alternate',
      notices: [],
    },
    {
      name: 'an alternate in the wrong language, then a library match: both said',
      alternates: declared(['de', ALT_DE]),
      matches: [MATCH_DE],
      world: { web: { [ALT_DE]: { ...EN, url: ALT_DE } }, stored: { 'stored-de': STORED_DE } },
      status: 'ready',
      source: 'library',
      notices: ['notice.alternateWrongLanguage', 'notice.libraryMatch'],
    },
    {
      name: "no alternate declared: the site's URL pattern",
      world: { web: { [GUESS_DE]: { ...DE, url: GUESS_DE } } },
      status: 'ready',
      source: 'alternate',
      notices: [],
    },
    {
      name: 'nothing found, a machine translation set up: offered',
      alternates: declared(['de', ALT_DE]),
      translation: 'service',
      status: 'no-counterpart',
      notices: ['notice.alternateHttpError'],
      offer: 'service',
    },
    {
      name: 'nothing found, no machine translation set up: none offered',
      status: 'no-counterpart',
      notices: [],
    },
  ];

  it.each(VIEW_ROWS.map((row) => [row.name, row] as const))('%s', async (_, row) => {
    const { deps } = fakeDeps({ ...row.world, web: { ...row.world?.web, [PAGE_URL]: EN } });
    const views: TabView[] = [];
    const prefs: EnginePrefs = {
      storeArticles: false,
      preferredLang: 'de',
      alignWithTranslation: false,
      translation: row.translation ?? 'none',
    };
    const engine = new CounterpartEngine({
      ...deps,
      library: { ...deps.library, findCounterparts: async () => row.matches ?? [] },
      prefs: async () => prefs,
      rememberLanguage: async () => {},
      uiLang: 'en',
      onView: (view) => views.push(view),
    });
    await engine.pageReported(1, {
      type: 'page',
      url: PAGE_URL,
      isArticle: true,
      signals: [],
      declaredLang: 'en',
      alternates: row.alternates ?? [],
      html: PAGE_URL,
    });
    await engine.watch(1);
    const view = views[views.length - 1]!;
    expect({
      status: view.status,
      source: view.counterpart?.source,
      notices: view.notices.map((n) => n.key),
      offer: view.offerTranslation,
    }).toEqual({ status: row.status, source: row.source, notices: row.notices, offer: row.offer });
    expect(views[views.length - 2]?.status).toBe('searching');
  });
});
