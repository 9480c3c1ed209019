// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CounterpartEngine } from '../../../utils/counterpart/counterpart-engine.ts';
import type { EnginePrefs } from '../../../utils/counterpart/ports.ts';
import { LibraryStorage } from '../../../utils/library/storage-idb.ts';
import { NEW_ARTICLES_PER_SITE_PER_MINUTE } from '../../../utils/library/store-rate.ts';
import type { PageReport } from '../../../utils/messaging.ts';
import type { ExtractedArticle, TabView } from '../../../utils/types.ts';

let n = 0;
const TEXT =
  'The city council of Tromsø voted on Tuesday to extend the harbour promenade by 450 metres, at a cost of 12 million kroner. ' +
  'Mayor Gunnar Wilhelmsen said work starts in 2025 and should end before the summer of 2027, when the Arctic Games come to the city.';

/** An engine over a real library whose pages are `article(url)`; the clock moves 1.5 s a page. */
async function setup(article: (url: string) => Omit<ExtractedArticle, 'url'>) {
  const library = await LibraryStorage.open(`flood-${n++}`);
  const views: TabView[] = [];
  const prefs: EnginePrefs = {
    storeArticles: true,
    preferredLang: null,
    alignWithTranslation: false,
    translation: 'none',
  };
  let clock = 1_700_000_000_000;
  const engine = new CounterpartEngine({
    extract: async (_html, url) => ({ ...article(url), url }),
    fetchHtml: async () => {
      throw new Error('no other edition in this test');
    },
    library,
    prefs: async () => prefs,
    rememberLanguage: async () => undefined,
    uiLang: 'en',
    onView: (view) => views.push(view),
    now: () => (clock += 1500),
  });
  const visit = async (url: string) => {
    const report: PageReport = {
      type: 'page',
      url,
      isArticle: true,
      signals: ['test'],
      declaredLang: 'en',
      alternates: [],
      html: '<html></html>',
    };
    await engine.pageReported(1, report);
    await engine.watch(1);
    return views[views.length - 1]!;
  };
  return { library, visit };
}

const page = (title: string, text: string): Omit<ExtractedArticle, 'url'> => ({
  isArticle: true,
  title,
  lang: 'en',
  byline: null,
  published: null,
  siteName: 'Flood',
  text,
  paragraphs: [text],
  alternates: [],
  dir: 'ltr',
});

describe('a page flooding the library', () => {
  it('changing its address 30 times in 45 s leaves one article', async () => {
    const { library, visit } = await setup(() => page('Tromsø extends harbour promenade', TEXT));
    for (let i = 0; i < 30; i += 1) await visit(`https://flood.example/story?page=${i}`);
    await library.settled();
    expect(await library.count()).toBe(1);
    expect((await library.page()).entries.map((e) => e.url)).toEqual(['https://flood.example/story?page=29']);
  });

  it(`changing its address and its text 30 times in 45 s adds ${NEW_ARTICLES_PER_SITE_PER_MINUTE}, and the panel says why the rest was not stored`, async () => {
    const { library, visit } = await setup((url) => page(`Story ${url}`, `${TEXT} ${url}`));
    const views: TabView[] = [];
    for (let i = 0; i < 30; i += 1) views.push(await visit(`https://flood.example/story?page=${i}`));
    expect(await library.count()).toBe(NEW_ARTICLES_PER_SITE_PER_MINUTE);
    const last = views[views.length - 1]!;
    expect(last.notices).toContainEqual({
      level: 'info',
      key: 'notice.storageRateLimited',
      params: { count: String(NEW_ARTICLES_PER_SITE_PER_MINUTE) },
    });
    expect(views[0]!.notices.map((notice) => notice.key)).not.toContain('notice.storageRateLimited');
  });
});
