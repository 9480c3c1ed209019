/**
 * The library's IndexedDB schema (storage glue) and the steps that build it, one a version.
 * - `articles`: every article read, whole (by id; indexes by language and time saved).
 * - `cards`: what finding a counterpart and listing an article need, without its text
 *   (library-card.ts), with indexes by time saved (the options page's pages) and by the
 *   fingerprint of the text (one article per text).
 * - `postings`: the probe-key index, kept by hand: one empty record per probe key of each
 *   article, keyed `[key, language, id]`, so that a lookup reads the articles holding a key,
 *   its own language left out, as plain key ranges (in Chromium 2–3 times faster than the
 *   same ranges of a multi-entry index, which checks every entry against its record).
 * - `terms`: for each probe key, in how many articles it occurs, so that a lookup never counts
 *   index entries; `meta`: `count`, the number of articles with a card.
 * - `journal`: what writes changed in those frequencies and the count, not yet added to them
 *   (frequencies-idb.ts): a write only appends its change, in its own transaction;
 *   folding it in comes after, and lookups add what is still in the journal.
 * Everything but `articles` is derived from them and rebuilt from them when damaged
 * (`rebuildDerived`).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { isRecord } from '../is-record.ts';
import type { LibraryEntry } from '../types.ts';
import { libraryEntryFault } from './entry-fault.ts';
import { cardOf, isPostingKey, postingsOf, type LibraryCard, type PostingKey } from './library-card.ts';

export { cardOf, postingsOf, type LibraryCard, type PostingKey } from './library-card.ts';

export const LIBRARY_DB_NAME = 'counterpart-library';

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: LibraryEntry;
    indexes: { lang: string; savedAt: number };
  };
  cards: { key: string; value: LibraryCard; indexes: { savedAt: number; hash: string } };
  postings: { key: PostingKey; value: null };
  terms: { key: string; value: number };
  meta: { key: string; value: number };
  journal: { key: number; value: JournalEntry };
}

/** A write's change to the frequencies (by probe key), to the article count and to the postings. */
export interface JournalEntry {
  delta: Record<string, number>;
  count: number;
  put: PostingKey[];
  drop: PostingKey[];
}

const isCountMap = (value: unknown): value is Record<string, number> =>
  isRecord(value) && Object.values(value).every((by) => typeof by === 'number' && Number.isFinite(by));

/** Whether a record of `journal` is a journal entry (a damaged one is skipped, and the index rebuilt). */
export function isJournalEntry(value: unknown): value is JournalEntry {
  return (
    isRecord(value) &&
    isCountMap(value.delta) &&
    typeof value.count === 'number' &&
    Number.isFinite(value.count) &&
    Array.isArray(value.put) &&
    value.put.every(isPostingKey) &&
    Array.isArray(value.drop) &&
    value.drop.every(isPostingKey)
  );
}

/** Whether a value of `terms` or `meta` is a usable count. */
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

export type LibraryStoreName = 'articles' | 'cards' | 'postings' | 'terms' | 'meta' | 'journal';
export const ALL_STORES: LibraryStoreName[] = ['articles', 'cards', 'postings', 'terms', 'meta', 'journal'];
export const COUNT_KEY = 'count';

/**
 * A request's promise, its rejection marked as handled: when one request of a transaction
 * fails, the transaction aborts and every other request rejects too. The caller awaits the
 * requests it needs; the rest reject quietly.
 */
export function quiet<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

/** A record the library cannot use (a field missing or of the wrong type). */
export const isSound = (value: unknown): value is LibraryEntry => libraryEntryFault(value) === null;

/**
 * One upgrade step: brings the database from the version before it to its own version. Its
 * schema changes are made at once; work on the records may go on in the returned promise
 * (within the upgrade transaction; later steps wait for it).
 * Steps see the database untyped: the schema they work on is the one of their version.
 */
export type LibraryMigration = (
  database: IDBPDatabase,
  transaction: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

/**
 * The schema, as the steps that build it: step i makes version i + 1 from version i, and an
 * upgrade runs every step above the version found, in order (so an extension update never
 * loses the library). Append a step to change the schema; its test opens a database of every
 * earlier version (tests/unit/library-storage-idb.test.ts).
 */
export const LIBRARY_MIGRATIONS: readonly LibraryMigration[] = [
  // 1: the articles, by id, with indexes by language, story anchor (multi-entry) and time saved.
  (database) => {
    const articles = database.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('lang', 'lang');
    articles.createIndex('anchors', 'anchors', { multiEntry: true });
    articles.createIndex('savedAt', 'savedAt');
  },
  // 2: cards, postings, probe-key frequencies, the count and the journal beside the articles; the anchor index goes
  // (counting its entries made lookups slow in a large library). Every sound article gets its card.
  async (database, transaction) => {
    database.createObjectStore('cards', { keyPath: 'id' });
    database.createObjectStore('postings');
    database.createObjectStore('terms');
    database.createObjectStore('meta');
    database.createObjectStore('journal', { autoIncrement: true });
    transaction.objectStore('articles').deleteIndex('anchors');
    const cards = transaction.objectStore('cards');
    const postings = transaction.objectStore('postings');
    const frequency = new Map<string, number>();
    const writes: Array<Promise<unknown>> = [];
    let count = 0;
    let cursor = await transaction.objectStore('articles').openCursor();
    while (cursor) {
      const value: unknown = cursor.value;
      if (isSound(value)) {
        const card = cardOf(value);
        writes.push(quiet(cards.put(card)));
        for (const posting of postingsOf(card)) writes.push(quiet(postings.put(null, posting)));
        count += 1;
        for (const key of card.keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
      }
      cursor = await cursor.continue();
    }
    const terms = transaction.objectStore('terms');
    for (const [key, held] of frequency) writes.push(quiet(terms.put(held, key)));
    // No count is a count of 0: a new database gets no record (nor a write) at all.
    if (count > 0) writes.push(quiet(transaction.objectStore('meta').put(count, COUNT_KEY)));
    await Promise.all(writes);
  },
  // 3: cards also hold what the options page lists (address, site, time saved) and the fingerprint of the text, with
  // indexes by time saved and by fingerprint; every derived store is rebuilt from the articles (a damaged record goes).
  async (_database, transaction) => {
    const cards = transaction.objectStore('cards');
    cards.createIndex('savedAt', 'savedAt');
    cards.createIndex('hash', 'hash');
    await rebuildDerived(transaction);
  },
];

export const LIBRARY_DB_VERSION = LIBRARY_MIGRATIONS.length;

/** Articles read at a time when the derived stores are rebuilt. */
const REBUILD_BATCH = 200;

/**
 * Rebuilds every store derived from the articles (cards, postings, frequencies, count; the
 * journal emptied) from the articles as they are, in `transaction` (over every store), with
 * this build's cards. Articles are only read: nothing of them can be lost. Resolves to how
 * many articles have a card, and how many records are damaged (left without one).
 */
export async function rebuildDerived(
  transaction: IDBPTransaction<unknown, string[], 'versionchange' | 'readwrite'>,
): Promise<{ articles: number; damaged: number }> {
  const derived = ['cards', 'postings', 'terms', 'meta', 'journal'] as const;
  await Promise.all(derived.map((name) => quiet(transaction.objectStore(name).clear())));
  const articles = transaction.objectStore('articles');
  const cards = transaction.objectStore('cards');
  const postings = transaction.objectStore('postings');
  const frequency = new Map<string, number>();
  let count = 0;
  let damaged = 0;
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const [keys, values] = await Promise.all([
      quiet(articles.getAllKeys(range, REBUILD_BATCH)),
      quiet(articles.getAll(range, REBUILD_BATCH)),
    ]);
    if (keys.length === 0) break;
    after = keys[keys.length - 1];
    for (const value of values as unknown[]) {
      if (!isSound(value)) {
        damaged += 1;
        continue;
      }
      const card = cardOf(value);
      // Requests run in order; a failed one aborts the transaction (and the caller's wait on it).
      void quiet(cards.put(card));
      for (const posting of postingsOf(card)) void quiet(postings.put(null, posting));
      count += 1;
      for (const key of card.keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  }
  const terms = transaction.objectStore('terms');
  for (const [key, held] of frequency) void quiet(terms.put(held, key));
  const last = count > 0 ? quiet(transaction.objectStore('meta').put(count, COUNT_KEY)) : quiet(terms.count());
  await last;
  return { articles: count, damaged };
}

/** Runs the steps above `oldVersion` in order, a step's record work before the next step. */
export function upgradeLibrary(
  database: IDBPDatabase,
  oldVersion: number,
  transaction: IDBPTransaction<unknown, string[], 'versionchange'>,
): void {
  let pending: Promise<void> | undefined;
  for (let version = oldVersion + 1; version <= LIBRARY_DB_VERSION; version += 1) {
    const step = LIBRARY_MIGRATIONS[version - 1]!;
    pending = pending ? pending.then(() => step(database, transaction)) : (step(database, transaction) ?? undefined);
  }
  // A failed step aborts the upgrade: the database stays at its old version, its records untouched.
  pending?.catch(() => {
    try {
      transaction.abort();
    } catch {
      // Already aborted.
    }
  });
}
