// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LIBRARY_DB_VERSION, LIBRARY_MIGRATIONS, LibraryStorage } from '../../../utils/library/storage-idb.ts';
import { libraryEntryFault } from '../../../utils/library/entry-fault.ts';
import { cardOf } from '../../../utils/library/library-card.ts';
import { probeKeys } from '../../../utils/library/probes.ts';
import { isQuotaExceeded } from '../../../utils/library/quota-error.ts';
import { storyAnchors } from '../../../utils/match/story-anchors.ts';
import { storedEntry as entry } from './stored-entry.ts';
import type { LibraryEntry } from '../../../utils/types.ts';

let n = 0;

const en = entry(
  'https://a.example/en',
  'en',
  'Tromsø extends harbour promenade',
  'The city council of Tromsø voted on Tuesday to extend the harbour promenade by 450 metres, at a cost of 12 million kroner. Mayor Gunnar Wilhelmsen said work starts in 2025.',
  1,
);
const de = entry(
  'https://a.example/de',
  'de',
  'Tromsø verlängert Hafenpromenade',
  'Der Stadtrat von Tromsø hat am Dienstag beschlossen, die Hafenpromenade um 450 Meter zu verlängern, für 12 Millionen Kronen. Bürgermeister Gunnar Wilhelmsen sagte, die Arbeiten begännen 2025.',
  2,
);
const other = entry(
  'https://b.example/en',
  'en',
  'Lyon opens a new tram line',
  'The French city of Lyon opened its seventh tram line on Monday, 14 kilometres long, after four years of works led by Sytral.',
  3,
);

describe('LibraryStorage (IndexedDB)', () => {
  it('saves, lists newest first, gets, deletes and clears', async () => {
    const library = await LibraryStorage.open(`lib-${n++}`);
    for (const e of [en, de, other]) await library.save(e);
    expect((await library.list()).entries.map((e) => e.id)).toEqual([other.id, de.id, en.id]);
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
    expect(
      await library.findCounterparts({ anchors: other.anchors, lang: 'en', published: null, id: other.id }),
    ).toEqual([]);
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

/** Runs a raw IndexedDB request to its end. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Each schema version as that version of the extension made it, with raw IndexedDB (not
 * LibraryStorage), and records as that version stored them. One per version: a version
 * without one fails the test below.
 */
function createV1(db: IDBDatabase): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('lang', 'lang');
  articles.createIndex('anchors', 'anchors', { multiEntry: true });
  articles.createIndex('savedAt', 'savedAt');
}

/** What version 2 keeps beside the articles for them, as that version wrote it. */
function v2Extras(_db: IDBDatabase, tx: IDBTransaction, records: LibraryEntry[]): void {
  const frequency = new Map<string, number>();
  for (const record of records) {
    const keys = probeKeys(record.anchors);
    tx.objectStore('cards').put({
      id: record.id,
      lang: record.lang,
      title: record.title,
      published: record.published,
      anchors: record.anchors,
      keys,
    });
    for (const key of keys) tx.objectStore('postings').put(null, [key, record.lang, record.id]);
    for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  for (const [key, held] of frequency) tx.objectStore('terms').put(held, key);
  tx.objectStore('meta').put(records.length, 'count');
}

/** What version 3 keeps beside the articles for them (cards with address, site, time and text fingerprint). */
function v3Extras(db: IDBDatabase, tx: IDBTransaction, records: LibraryEntry[]): void {
  v2Extras(db, tx, records);
  for (const record of records) tx.objectStore('cards').put(cardOf(record));
}

function createV3(db: IDBDatabase): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('lang', 'lang');
  articles.createIndex('savedAt', 'savedAt');
  const cards = db.createObjectStore('cards', { keyPath: 'id' });
  cards.createIndex('savedAt', 'savedAt');
  cards.createIndex('hash', 'hash');
  db.createObjectStore('postings');
  db.createObjectStore('terms');
  db.createObjectStore('meta');
  db.createObjectStore('journal', { autoIncrement: true });
}

const FIXTURES: Record<
  number,
  {
    create(db: IDBDatabase): void;
    records: LibraryEntry[];
    extras?: (db: IDBDatabase, tx: IDBTransaction, records: LibraryEntry[]) => void;
  }
> = {
  1: { create: createV1, records: [en, de, other] },
  2: {
    create(db) {
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('lang', 'lang');
      articles.createIndex('savedAt', 'savedAt');
      db.createObjectStore('cards', { keyPath: 'id' });
      db.createObjectStore('postings');
      db.createObjectStore('terms');
      db.createObjectStore('meta');
      db.createObjectStore('journal', { autoIncrement: true });
    },
    records: [en, de, other],
    extras: v2Extras,
  },
  3: { create: createV3, records: [en, de, other], extras: v3Extras },
};

async function createRaw(name: string, version: number, records: unknown[]): Promise<void> {
  const fixture = FIXTURES[version]!;
  const open = indexedDB.open(name, version);
  open.onupgradeneeded = () => fixture.create(open.result);
  const db = await done(open);
  const tx = db.transaction([...db.objectStoreNames], 'readwrite');
  for (const record of records) tx.objectStore('articles').put(record);
  fixture.extras?.(
    db,
    tx,
    records.filter((r): r is LibraryEntry => libraryEntryFault(r) === null),
  );
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('LibraryStorage schema migrations', () => {
  it('has one step per version and a fixture for every version', () => {
    expect(LIBRARY_MIGRATIONS).toHaveLength(LIBRARY_DB_VERSION);
    for (let version = 1; version <= LIBRARY_DB_VERSION; version += 1)
      expect(FIXTURES[version], `fixture for v${version}`).toBeDefined();
  });

  it('builds the current schema in a new database (from version 0)', async () => {
    const name = `lib-${n++}`;
    const library = await LibraryStorage.open(name);
    await library.save(en);
    library.close();
    const db = await done(indexedDB.open(name));
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'cards', 'journal', 'meta', 'postings', 'terms']);
    expect([...db.transaction('articles').objectStore('articles').indexNames].sort()).toEqual(['lang', 'savedAt']);
    db.close();
  });

  for (let from = 1; from <= LIBRARY_DB_VERSION; from += 1) {
    it(`keeps every article of a version ${from} database and finds counterparts in it`, async () => {
      const name = `lib-${n++}`;
      await createRaw(name, from, FIXTURES[from]!.records);
      const library = await LibraryStorage.open(name);
      expect((await library.list()).entries.map((e) => e.id)).toEqual([other.id, de.id, en.id]);
      for (const e of [en, de, other]) expect(await library.get(e.id)).toEqual(e);
      expect(
        (await library.findCounterparts({ anchors: de.anchors, lang: 'de', published: null, id: de.id })).map(
          (m) => m.id,
        ),
      ).toEqual([en.id]);
      await library.settled();
      library.close();
      await expectConsistent(name);
      const db = await done(indexedDB.open(name));
      expect(db.version).toBe(LIBRARY_DB_VERSION);
      db.close();
    });
  }
});

/** Reads every record of a store with raw IndexedDB, as [key, value] pairs. */
async function rawRecords(db: IDBDatabase, store: string): Promise<Array<[IDBValidKey, unknown]>> {
  const tx = db.transaction(store);
  const [keys, values] = await Promise.all([
    done(tx.objectStore(store).getAllKeys()),
    done(tx.objectStore(store).getAll()),
  ]);
  return keys.map((key, i) => [key, values[i]]);
}

/**
 * What the library keeps beside its articles, checked against the articles themselves: a card
 * for each sound article, each probe key's frequency, and the count.
 */
async function expectConsistent(name: string, library?: LibraryStorage): Promise<void> {
  await library?.settled();
  const db = await done(indexedDB.open(name));
  expect(await rawRecords(db, 'journal')).toEqual([]);
  const articles = (await rawRecords(db, 'articles'))
    .map(([, value]) => value)
    .filter((v): v is LibraryEntry => libraryEntryFault(v) === null);
  const expected = new Map<string, number>();
  for (const article of articles)
    for (const key of probeKeys(article.anchors)) expected.set(key, (expected.get(key) ?? 0) + 1);
  expect(new Map(await rawRecords(db, 'terms'))).toEqual(expected);
  expect((await rawRecords(db, 'cards')).map(([key]) => key).sort()).toEqual(articles.map((a) => a.id).sort());
  const postings = articles.flatMap((a) =>
    probeKeys(a.anchors).map((key) => JSON.stringify([key, a.lang.split('-')[0], a.id])),
  );
  expect((await rawRecords(db, 'postings')).map(([key]) => JSON.stringify(key)).sort()).toEqual(postings.sort());
  expect(new Map(await rawRecords(db, 'meta')).get('count') ?? 0).toBe(articles.length);
  db.close();
}

describe('LibraryStorage frequencies and count', () => {
  it('stay right through save, overwrite, delete, import and clear', async () => {
    const name = `lib-${n++}`;
    const library = await LibraryStorage.open(name);
    for (const e of [en, de, other]) await library.save(e);
    await expectConsistent(name, library);
    await library.save({
      ...de,
      anchors: storyAnchors({ title: 'Lyon', text: 'Lyon und Sytral, 14 Kilometer.', lang: 'de' }),
      savedAt: 9,
    });
    await expectConsistent(name, library);
    await library.delete(en.id);
    await library.delete('https://nowhere.example/');
    await expectConsistent(name, library);
    await library.importEntries([en, { ...other, savedAt: 1 }, { ...en, savedAt: 0 }]);
    await expectConsistent(name, library);
    await library.clear();
    await expectConsistent(name, library);
    await library.save(en);
    await expectConsistent(name, library);
  });

  it('counts what the journal holds before it is folded in, and folds it in when next opened', async () => {
    const name = `lib-${n++}`;
    const library = await LibraryStorage.open(name);
    for (const e of [en, other]) await library.save(e);
    await library.settled();
    library.close();
    // A save whose change was journalled, the browser stopping before it was folded in.
    const db = await done(indexedDB.open(name));
    const tx = db.transaction(['articles', 'cards', 'journal'], 'readwrite');
    tx.objectStore('articles').put(de);
    const keys = probeKeys(de.anchors);
    tx.objectStore('cards').put(cardOf(de));
    // Its postings are in the journal only, not yet in the index.
    const put = keys.map((key) => [key, 'de', de.id]);
    tx.objectStore('journal').put({ delta: Object.fromEntries(keys.map((key) => [key, 1])), count: 1, put, drop: [] });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    // Read before any fold: a lookup counts the journal (the German article holds its keys, and is found by them).
    const trace = { now: () => 0, phases: {} as Record<string, number> };
    const reader = await LibraryStorage.open(name);
    const matches = await reader.findCounterparts(
      { anchors: en.anchors, lang: 'en', published: null, id: en.id },
      trace,
    );
    expect(matches.map((m) => m.id)).toEqual([de.id]);
    db.close();
    await expectConsistent(name, reader);
    reader.close();
  });

  it("never offers an article in the query's own language", async () => {
    const library = await LibraryStorage.open(`lib-${n++}`);
    const deTwin = { ...de, id: 'https://b.example/de', savedAt: 4 };
    for (const e of [en, de, deTwin]) await library.save(e);
    const matches = await library.findCounterparts({ anchors: de.anchors, lang: 'de', published: null, id: de.id });
    expect(matches.map((m) => m.id)).toEqual([en.id]);
    const trace = { now: () => 0, phases: {} as Record<string, number>, probes: 0, entriesRead: 0 };
    await library.findCounterparts(
      { anchors: de.anchors, lang: 'de-AT', published: null, id: 'https://c.example/' },
      trace,
    );
    // Only the English article's index entries are read: the German twins are left out by the index ranges.
    const enKeys = new Set(probeKeys(en.anchors));
    expect(trace.probes).toBe(probeKeys(de.anchors).length);
    expect(trace.entriesRead).toBe(probeKeys(de.anchors).filter((key) => enKeys.has(key)).length);
    expect(trace.entriesRead).toBeGreaterThan(0);
  });
});

describe('LibraryStorage export and import', () => {
  it('exports every sound article with its text', async () => {
    const library = await LibraryStorage.open(`lib-${n++}`);
    for (const e of [en, de]) await library.save(e);
    expect((await library.exportAll()).sort((a, b) => a.savedAt - b.savedAt)).toEqual([en, de]);
  });

  it('merges by id: a newer article replaces the stored one, an older or equal one is skipped', async () => {
    const library = await LibraryStorage.open(`lib-${n++}`);
    await library.save(en);
    await library.save(de);
    const newerDe = { ...de, title: 'Neuer Titel', savedAt: de.savedAt + 10 };
    const olderEn = { ...en, title: 'Old title', savedAt: en.savedAt - 1 };
    expect(await library.importEntries([newerDe, olderEn, en, other])).toEqual({ imported: 2, skipped: 2 });
    expect((await library.get(de.id))?.title).toBe('Neuer Titel');
    expect((await library.get(en.id))?.title).toBe(en.title);
    expect(await library.get(other.id)).toEqual(other);
  });

  it('writes nothing when one article of an import cannot be written', async () => {
    const library = await LibraryStorage.open(`lib-${n++}`);
    await library.save(en);
    const unwritable = { ...other, id: { not: 'a key' } } as unknown as LibraryEntry;
    await expect(library.importEntries([{ ...en, title: 'Changed', savedAt: 99 }, de, unwritable])).rejects.toThrow();
    expect(await library.count()).toBe(1);
    expect((await library.get(en.id))?.title).toBe(en.title);
    // A write refused after others were made (here: a value that cannot be stored).
    const uncloneable = { ...other, text: (() => 'no') as unknown as string };
    await expect(library.importEntries([de, uncloneable])).rejects.toThrow();
    expect(await library.count()).toBe(1);
    // The store still works afterwards.
    expect(await library.importEntries([de])).toEqual({ imported: 1, skipped: 0 });
  });

  it('tells a full disk from other failures', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded(new Error('Quota exceeded'))).toBe(true);
    expect(isQuotaExceeded(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});

describe('LibraryStorage with damaged records', () => {
  it('skips and counts them in the list, and never returns them', async () => {
    const name = `lib-${n++}`;
    const { text: _text, ...noText } = { ...other, id: 'https://c.example/no-text', savedAt: 5 };
    const noTime = { ...other, id: 'https://c.example/no-time', savedAt: undefined };
    const noLang = { ...en, id: 'https://c.example/no-lang', lang: undefined, savedAt: 6 };
    await createRaw(name, 1, [en, de, noText, noTime, noLang]);
    const library = await LibraryStorage.open(name);
    // The upgrade from version 1 made cards for the sound articles only.
    await expectConsistent(name, library);
    expect(await library.list()).toMatchObject({ damaged: 3, entries: [{ id: de.id }, { id: en.id }] });
    expect(await library.get(noText.id)).toBeUndefined();
    expect((await library.exportAll()).map((e) => e.id).sort()).toEqual([de.id, en.id]);
    // noLang shares all of en's anchors: it must not come up, nor break the search.
    expect(
      (await library.findCounterparts({ anchors: de.anchors, lang: 'de', published: null, id: de.id })).map(
        (m) => m.id,
      ),
    ).toEqual([en.id]);
    // An import replaces a damaged record with the same id, whatever its time.
    expect(await library.importEntries([{ ...other, id: noText.id, savedAt: 1 }])).toEqual({ imported: 1, skipped: 0 });
    expect((await library.list()).damaged).toBe(2);
  });
});

describe('LibraryStorage with a damaged index or journal', () => {
  /** A library of the three articles, its index then damaged with raw IndexedDB by `damage`. */
  async function damagedLibrary(damage: (tx: IDBTransaction) => void, pending?: LibraryEntry) {
    const name = `lib-${n++}`;
    const library = await LibraryStorage.open(name);
    for (const e of [en, other]) await library.save(e);
    if (pending) await library.save(pending);
    await library.settled();
    library.close();
    const db = await done(indexedDB.open(name));
    const tx = db.transaction([...db.objectStoreNames], 'readwrite');
    damage(tx);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    const reports: string[] = [];
    return { name, reports, library: await LibraryStorage.open(name, { onDamage: (what) => reports.push(what) }) };
  }

  /** A probe key the English and German articles share. */
  const shared = probeKeys(en.anchors).find((key) => probeKeys(de.anchors).includes(key))!;
  const damages: Record<string, (tx: IDBTransaction) => void> = {
    'a journal entry without its change': (tx) =>
      tx.objectStore('journal').put({ delta: null, count: 1, put: 7, drop: [] }),
    'a journal entry with a broken posting': (tx) =>
      tx.objectStore('journal').put({ delta: { shared: 1 }, count: 1, put: [[shared, 'fr']], drop: [] }),
    'an index entry of the wrong shape': (tx) => tx.objectStore('postings').put(null, [shared, 'fr']),
    'a damaged card': (tx) => tx.objectStore('cards').put({ id: en.id, lang: 'en', anchors: 'none' }),
    'a damaged frequency': (tx) => tx.objectStore('terms').put('many', shared),
    'a damaged count': (tx) => tx.objectStore('meta').put({ count: 2 }, 'count'),
  };

  for (const [what, damage] of Object.entries(damages)) {
    it(`skips ${what}, says so, keeps finding counterparts and rebuilds the index from the articles`, async () => {
      const { name, reports, library } = await damagedLibrary(damage);
      await library.save(de);
      const matches = await library.findCounterparts({ anchors: de.anchors, lang: 'de', published: null, id: de.id });
      expect(matches.map((m) => m.id)).toEqual([en.id]);
      await library.settled();
      expect(reports.length).toBeGreaterThan(0);
      // Repaired: the journal drained, every article with its card, postings, frequencies and count.
      await expectConsistent(name, library);
      expect((await library.page()).entries.map((e) => e.id)).toEqual([other.id, de.id, en.id]);
      expect(
        (await library.findCounterparts({ anchors: en.anchors, lang: 'en', published: null, id: en.id })).map(
          (m) => m.id,
        ),
      ).toEqual([de.id]);
      library.close();
    });
  }

  it('rebuilds the index on request, losing no article and counting the damaged records', async () => {
    const { name, library } = await damagedLibrary((tx) => {
      tx.objectStore('cards').clear();
      tx.objectStore('postings').clear();
      tx.objectStore('terms').put(99, 'w:nothing');
      tx.objectStore('articles').put({ id: 'https://c.example/damaged', savedAt: 3 });
    }, de);
    expect(await library.rebuildIndex()).toEqual({ articles: 3, damaged: 1 });
    await expectConsistent(name, library);
    expect(await library.page()).toMatchObject({ total: 3, damaged: 1, matching: 3 });
    expect(
      (await library.findCounterparts({ anchors: de.anchors, lang: 'de', published: null, id: de.id })).map(
        (m) => m.id,
      ),
    ).toEqual([en.id]);
    library.close();
  });
});

describe('LibraryStorage upgrade to version 3', () => {
  it('keeps every article of a version 2 database, copies included, lists them by page and merges the copies when the text is saved again', async () => {
    const name = `lib-${n++}`;
    const long = `${de.text} ${'Die Promenade wird breiter, heller und barrierefrei. '.repeat(4)}`;
    const copies = Array.from({ length: 34 }, (_, i) => ({
      ...de,
      id: `https://flood.example/?v=${i}`,
      url: `https://flood.example/?v=${i}`,
      text: long,
      savedAt: 10 + i,
    }));
    await createRaw(name, 2, [en, other, ...copies]);
    const library = await LibraryStorage.open(name);
    expect(await library.page({ limit: 10 })).toMatchObject({ total: 36, matching: 36, damaged: 0 });
    expect((await library.page({ offset: 30, limit: 10 })).entries.map((e) => e.id)).toEqual([
      copies[3]!.id,
      copies[2]!.id,
      copies[1]!.id,
      copies[0]!.id,
      other.id,
      en.id,
    ]);
    for (const e of [en, other, ...copies]) expect(await library.get(e.id)).toEqual(e);
    await expectConsistent(name, library);
    // Reading the page once more stores it once: the copies give way to it.
    await library.save({ ...copies[0]!, id: 'https://flood.example/', url: 'https://flood.example/', savedAt: 100 });
    expect((await library.page()).entries.map((e) => e.id)).toEqual(['https://flood.example/', other.id, en.id]);
    await expectConsistent(name, library);
    library.close();
  });
});
