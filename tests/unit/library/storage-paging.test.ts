// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryStorage, type LibrarySummary } from '../../../utils/library/storage-idb.ts';
import type { LibraryEntry } from '../../../utils/types.ts';

let n = 0;

/** `count` small articles, saved a second apart (article i at second i). */
function articles(count: number, from = 0): LibraryEntry[] {
  return Array.from({ length: count }, (_, j) => {
    const i = from + j;
    const url = `https://news.example/${i}`;
    return {
      id: url,
      url,
      title: `Article ${i}`,
      lang: i % 3 ? 'en' : 'de',
      byline: null,
      published: null,
      siteName: i % 10 ? 'News' : 'Rare',
      text: `Text ${i}.`,
      paragraphs: [`Text ${i}.`],
      alternates: [],
      anchors: i < 2000 ? [`w:article${i}`] : [],
      savedAt: i * 1000,
    };
  });
}

/** Every page of `size`, in order, through `page`; checks the counts each page gives. */
async function allPages(library: LibraryStorage, size: number, filter?: (summary: LibrarySummary) => boolean) {
  const ids: string[] = [];
  let matching = -1;
  for (let offset = 0; matching < 0 || offset < matching; offset += size) {
    const page = await library.page({ offset, limit: size, filter });
    matching = page.matching;
    ids.push(...page.entries.map((e) => e.id));
  }
  return { ids, matching };
}

describe('LibraryStorage pages', () => {
  it('pages through 600 articles newest first with exact counts, and clears all 600', async () => {
    const library = await LibraryStorage.open(`paging-${n++}`);
    await library.importEntries(articles(600));
    const first = await library.page({ limit: 100 });
    expect(first).toMatchObject({ total: 600, matching: 600, damaged: 0 });
    expect(first.entries.map((e) => e.id)).toEqual(
      articles(100, 500)
        .map((e) => e.id)
        .reverse(),
    );
    const last = await library.page({ offset: 500, limit: 100 });
    expect(last.entries.map((e) => e.id)).toEqual(
      articles(100, 0)
        .map((e) => e.id)
        .reverse(),
    );
    const { ids } = await allPages(library, 100);
    expect(new Set(ids).size).toBe(600);
    // The oldest one can be deleted.
    await library.delete('https://news.example/0');
    expect((await library.page()).total).toBe(599);
    await library.clear();
    expect(await library.count()).toBe(0);
    expect(await library.page()).toMatchObject({ total: 0, matching: 0, entries: [] });
  });

  it('searches every article, not only the first page, with an exact count', async () => {
    const library = await LibraryStorage.open(`paging-${n++}`);
    await library.importEntries(articles(1200));
    const rare = (summary: LibrarySummary) => summary.siteName === 'Rare';
    const page = await library.page({ limit: 50, filter: rare });
    expect(page).toMatchObject({ total: 1200, matching: 120 });
    expect(page.entries[0]!.id).toBe('https://news.example/1190');
    const { ids } = await allPages(library, 50, rare);
    expect(ids).toEqual(
      articles(1200)
        .filter((_, i) => i % 10 === 0)
        .map((e) => e.id)
        .reverse(),
    );
  });

  it('pages through 100,000 articles: the last page, and the counts, are exact', async () => {
    const library = await LibraryStorage.open(`paging-${n++}`);
    const size = 100_000;
    for (let from = 0; from < size; from += 10_000) await library.importEntries(articles(10_000, from));
    await library.settled();
    const started = performance.now();
    const last = await library.page({ offset: size - 100, limit: 100 });
    const pageMs = performance.now() - started;
    expect(last).toMatchObject({ total: size, matching: size, damaged: 0 });
    expect(last.entries.map((e) => e.id)).toEqual(
      articles(100)
        .map((e) => e.id)
        .reverse(),
    );
    expect((await library.page({ offset: 49_950, limit: 100 })).entries.map((e) => e.id)[0]).toBe(
      'https://news.example/50049',
    );
    const search = await library.page({ limit: 10, filter: (s) => s.title === 'Article 7' });
    expect(search).toMatchObject({ matching: 1, entries: [{ id: 'https://news.example/7' }] });
    expect(await library.count()).toBe(size);
    expect(pageMs).toBeLessThan(20_000);
  }, 600_000);
});
