// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryStorage } from '../../../utils/library/storage-idb.ts';
import { isStoreRateLimited, NEW_ARTICLES_PER_SITE_PER_MINUTE } from '../../../utils/library/store-rate.ts';
import { storedEntry as entry } from './stored-entry.ts';

let n = 0;
const open = () => LibraryStorage.open(`hygiene-${n++}`, { onDamage: () => undefined });

const EN_TEXT =
  'The city council of Tromsø voted on Tuesday to extend the harbour promenade by 450 metres, at a cost of 12 million kroner. ' +
  'Mayor Gunnar Wilhelmsen said work starts in 2025 and should end before the summer of 2027, when the Arctic Games come to the city.';
const DE_TEXT =
  'Der Stadtrat von Tromsø hat am Dienstag beschlossen, die Hafenpromenade um 450 Meter zu verlängern, für 12 Millionen Kronen. ' +
  'Bürgermeister Gunnar Wilhelmsen sagte, die Arbeiten begännen 2025 und endeten vor dem Sommer 2027, wenn die Arktischen Spiele kommen.';
const de = entry('https://zeitung.example/tromso', 'de', 'Tromsø verlängert Hafenpromenade', DE_TEXT, 1_000);
const en = entry('https://news.example/tromso', 'en', 'Tromsø extends harbour promenade', EN_TEXT, 2_000);

/** A hostile page: the same article under a new address each time (`?v=1`, `?v=2`…), a second apart. */
const copies = (count: number, from = 10_000) =>
  Array.from({ length: count }, (_, i) => ({
    ...entry(`https://flood.example/story?v=${i}`, 'de', 'Tromsø verlängert Hafenpromenade', DE_TEXT, from + i * 1000),
  }));

describe('LibraryStorage: one article per text', () => {
  it('keeps one article when a page saves the same text under 34 addresses, and still finds its counterpart', async () => {
    const library = await open();
    await library.save(en);
    for (const copy of copies(34)) await library.save(copy);
    const { entries } = await library.page();
    expect(entries.filter((e) => e.lang === 'de')).toHaveLength(1);
    // The last address saved wins.
    expect(entries.map((e) => e.id)).toEqual(['https://flood.example/story?v=33', en.id]);
    const matches = await library.findCounterparts({ anchors: en.anchors, lang: 'en', published: null, id: en.id });
    expect(matches.map((m) => m.id)).toEqual(['https://flood.example/story?v=33']);
    await library.settled();
    expect(await library.count()).toBe(2);
  });

  it('merges whitespace-only differences, keeps different texts and short texts apart', async () => {
    const library = await open();
    await library.save(de);
    await library.save({
      ...de,
      id: 'https://zeitung.example/print/tromso',
      url: 'https://zeitung.example/print/tromso',
      text: `  ${DE_TEXT.replace(/ /g, '\n ')} `,
      savedAt: 1_500,
    });
    expect((await library.page()).entries.map((e) => e.id)).toEqual(['https://zeitung.example/print/tromso']);
    await library.save({
      ...de,
      id: 'https://zeitung.example/other',
      url: 'https://zeitung.example/other',
      text: `${DE_TEXT} Ein Satz mehr.`,
      savedAt: 1_600,
    });
    const short = entry('https://zeitung.example/a', 'de', 'A', 'Bitte melden Sie sich an.', 1_700);
    await library.save(short);
    await library.save({ ...short, id: 'https://zeitung.example/b', url: 'https://zeitung.example/b', savedAt: 1_800 });
    expect(await library.count()).toBe(4);
  });

  it('imports one article per text: the newest wins, in the file and against the library', async () => {
    const library = await open();
    await library.save(de);
    const older = { ...de, id: 'https://mirror.example/x', url: 'https://mirror.example/x', savedAt: 500 };
    expect(await library.importEntries([older])).toEqual({ imported: 0, skipped: 1 });
    const newer = { ...older, savedAt: 5_000 };
    expect(
      await library.importEntries([
        newer,
        { ...newer, id: 'https://mirror.example/y', url: 'https://mirror.example/y', savedAt: 4_000 },
      ]),
    ).toEqual({
      imported: 1,
      skipped: 1,
    });
    expect((await library.page()).entries.map((e) => e.id)).toEqual([newer.id]);
  });
});

describe('LibraryStorage: a rate of new articles per site', () => {
  it(`stores at most ${NEW_ARTICLES_PER_SITE_PER_MINUTE} new articles of a site a minute, and says so for the rest`, async () => {
    const library = await open();
    const refused: number[] = [];
    // 30 different articles in 45 s from one site (its subdomains included).
    for (let i = 0; i < 30; i += 1) {
      const url = `https://${i % 2 ? 'www' : 'm'}.flood.example/story-${i}`;
      try {
        await library.save(
          entry(
            url,
            'en',
            `Story ${i}`,
            `Story number ${i} of the flood, told in words unique to it: ${'x'.repeat(i)}`,
            100_000 + i * 1_500,
          ),
        );
      } catch (error) {
        expect(isStoreRateLimited(error)).toBe(true);
        refused.push(i);
      }
    }
    expect(await library.count()).toBe(NEW_ARTICLES_PER_SITE_PER_MINUTE);
    expect(refused).toHaveLength(30 - NEW_ARTICLES_PER_SITE_PER_MINUTE);
    // Another site is not held back; an article already stored is updated; a minute later the site may add again.
    await library.save({ ...en, savedAt: 140_000 });
    await library.save(entry('https://m.flood.example/story-0', 'en', 'Story 0, updated', 'Updated.', 141_000));
    expect((await library.get('https://m.flood.example/story-0'))?.title).toBe('Story 0, updated');
    await library.save(
      entry('https://flood.example/later', 'en', 'Later', 'A later story.', 100_000 + 29 * 1_500 + 61_000),
    );
    expect(await library.count()).toBe(NEW_ARTICLES_PER_SITE_PER_MINUTE + 2);
  });
});

describe('LibraryStorage: web addresses only', () => {
  it('refuses to store an article whose address is not http(s)', async () => {
    const library = await open();
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'not a url',
    ]) {
      await expect(library.save({ ...en, id: url, url })).rejects.toThrow(/http/);
    }
    expect(await library.count()).toBe(0);
  });
});
