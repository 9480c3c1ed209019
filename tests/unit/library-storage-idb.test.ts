// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryStorage } from '../../utils/library-storage-idb.ts';
import { storyAnchors } from '../../utils/story-anchors.ts';
import type { LibraryEntry } from '../../utils/types.ts';

let n = 0;
function entry(id: string, lang: string, title: string, text: string, savedAt: number): LibraryEntry {
  return {
    id, url: id, title, lang, byline: null, published: null, siteName: null, text,
    paragraphs: [text], alternates: [], anchors: storyAnchors({ title, text, lang }), savedAt,
  };
}

const en = entry('https://a.example/en', 'en', 'Tromsø extends harbour promenade',
  'The city council of Tromsø voted on Tuesday to extend the harbour promenade by 450 metres, at a cost of 12 million kroner. Mayor Gunnar Wilhelmsen said work starts in 2025.', 1);
const de = entry('https://a.example/de', 'de', 'Tromsø verlängert Hafenpromenade',
  'Der Stadtrat von Tromsø hat am Dienstag beschlossen, die Hafenpromenade um 450 Meter zu verlängern, für 12 Millionen Kronen. Bürgermeister Gunnar Wilhelmsen sagte, die Arbeiten begännen 2025.', 2);
const other = entry('https://b.example/en', 'en', 'Lyon opens a new tram line',
  'The French city of Lyon opened its seventh tram line on Monday, 14 kilometres long, after four years of works led by Sytral.', 3);

describe('LibraryStorage (IndexedDB)', () => {
  it('saves, lists newest first, gets, deletes and clears', async () => {
    const library = await LibraryStorage.open(`lib-${n++}`);
    for (const e of [en, de, other]) await library.save(e);
    expect((await library.list()).map((e) => e.id)).toEqual([other.id, de.id, en.id]);
    expect((await library.get(de.id))?.text).toBe(de.text);
    await library.delete(other.id);
    expect(await library.count()).toBe(2);
    await library.clear();
    expect(await library.count()).toBe(0);
  });

  it('finds the same story in another language, and not another story', async () => {
    const library = await LibraryStorage.open(`lib-${n++}`);
    for (const e of [en, de, other]) await library.save(e);
    const matches = await library.findCounterparts({ anchors: de.anchors, lang: 'de', published: null, id: de.id });
    expect(matches.map((m) => m.id)).toEqual([en.id]);
    expect(await library.findCounterparts({ anchors: other.anchors, lang: 'en', published: null, id: other.id })).toEqual([]);
  });

  it('keeps what is stored across closing and reopening', async () => {
    const name = `lib-${n++}`;
    const first = await LibraryStorage.open(name);
    await first.save(en);
    first.close();
    const again = await LibraryStorage.open(name);
    expect((await again.get(en.id))?.title).toBe(en.title);
  });
});
