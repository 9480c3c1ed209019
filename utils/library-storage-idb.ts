/**
 * The local library (storage glue): every article read, kept in the browser's IndexedDB,
 * with an index of language-independent story anchors for finding counterparts.
 * Uses the global `indexedDB` of the extension context it runs in (background, offscreen
 * or options page) — all share the extension origin's database.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { LibraryMatch, LibraryPort } from './counterpart-engine.ts';
import { libraryEntryFault } from './library-entry-fault.ts';
import { MATCH_THRESHOLD, rankCounterparts, type MatchCandidate } from './match-counterpart.ts';
import type { LibraryEntry } from './types.ts';

export const LIBRARY_DB_NAME = 'counterpart-library';

interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: LibraryEntry;
    indexes: { lang: string; anchors: string; savedAt: number };
  };
}

/** One upgrade step: brings the database from the version before it to its own version. */
export type LibraryMigration = (
  database: IDBPDatabase<LibrarySchema>,
  transaction: IDBPTransaction<LibrarySchema, Array<'articles'>, 'versionchange'>,
) => void;

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
];

export const LIBRARY_DB_VERSION = LIBRARY_MIGRATIONS.length;

export type LibrarySummary = Pick<LibraryEntry, 'id' | 'url' | 'title' | 'lang' | 'published' | 'siteName' | 'savedAt'>;

/** A record the library cannot use (a field missing or of the wrong type) is skipped and counted as damaged. */
const isSound = (value: unknown): value is LibraryEntry => libraryEntryFault(value) === null;

/** Whether a failed write failed because the browser's storage quota is used up. */

/** How many of a query's anchors are looked up in the index, rarest first. */
const QUERY_ANCHORS = 150;
/** Anchors held by more than this share of the library are not probed (too common to tell stories apart). */
const COMMON_SHARE = 0.2;
/** How many stored articles sharing anchors are ranked in full. */
const CANDIDATES = 200;

export class LibraryStorage implements LibraryPort {
  private constructor(private readonly db: IDBPDatabase<LibrarySchema>) {}

  static async open(name = LIBRARY_DB_NAME): Promise<LibraryStorage> {
    const db = await openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        for (let version = oldVersion + 1; version <= LIBRARY_DB_VERSION; version += 1) {
          LIBRARY_MIGRATIONS[version - 1]!(database, transaction);
        }
      },
    });
    return new LibraryStorage(db);
  }

  close(): void {
    this.db.close();
  }

  async save(entry: LibraryEntry): Promise<void> {
    await this.db.put('articles', entry);
  }

  /** The article, or undefined when there is none or its record is damaged. */
  async get(id: string): Promise<LibraryEntry | undefined> {
    const value: unknown = await this.db.get('articles', id);
    return isSound(value) ? value : undefined;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('articles', id);
  }

  async clear(): Promise<void> {
    await this.db.clear('articles');
  }

  async count(): Promise<number> {
    return this.db.count('articles');
  }

  /**
   * Newest first, without the texts; `damaged`: records that cannot be used (skipped). Those
   * without a usable `savedAt` are counted from the index size, the others as they are met.
   */
  async list(limit = 500): Promise<{ entries: LibrarySummary[]; damaged: number }> {
    const tx = this.db.transaction('articles');
    const byTime = tx.store.index('savedAt');
    const [all, timed] = await Promise.all([tx.store.count(), byTime.count()]);
    const entries: LibrarySummary[] = [];
    let damaged = all - timed;
    let cursor = await byTime.openCursor(null, 'prev');
    while (cursor && entries.length < limit) {
      const value: unknown = cursor.value;
      if (isSound(value)) {
        const { id, url, title, lang, published, siteName, savedAt } = value;
        entries.push({ id, url, title, lang, published, siteName, savedAt });
      } else {
        damaged += 1;
      }
      cursor = await cursor.continue();
    }
    return { entries, damaged };
  }

  /** Every sound article, with its text (damaged records are left out), for an export. */
  async exportAll(): Promise<LibraryEntry[]> {
    const all: unknown[] = await this.db.getAll('articles');
    return all.filter(isSound);
  }

  /**
   * Merges articles into the library in one transaction, so that it is all or nothing (a full
   * disk leaves the library as it was): an article is written unless the library holds a sound
   * one with the same id saved at the same time or later. Rejects with the browser's error.
   */
  async importEntries(entries: readonly LibraryEntry[]): Promise<{ imported: number; skipped: number }> {
    const tx = this.db.transaction('articles', 'readwrite');
    let failure: unknown;
    const fail = (error: unknown) => {
      failure ??= error;
      try {
        tx.abort();
      } catch {
        // Already aborted: a failed request aborts its transaction.
      }
    };
    let imported = 0;
    try {
      for (const entry of entries) {
        tx.store
          .get(entry.id)
          .then((old: unknown) => {
            if (isSound(old) && old.savedAt >= entry.savedAt) return;
            imported += 1;
            return tx.store.put(entry);
          })
          .catch(fail);
      }
    } catch (error) {
      fail(error);
    }
    try {
      await tx.done;
    } catch (error) {
      // A write the browser refused (a full disk: QuotaExceededError) comes as the transaction's error.
      throw tx.error ?? failure ?? error;
    }
    return { imported, skipped: entries.length - imported };
  }

  async findCounterparts(query: { anchors: string[]; lang: string; published: string | null; id: string }): Promise<LibraryMatch[]> {
    const tx = this.db.transaction('articles');
    const index = tx.store.index('anchors');
    const librarySize = await tx.store.count();
    if (librarySize === 0 || query.anchors.length === 0) return [];

    const frequency = new Map<string, number>();
    const [selfStored] = await Promise.all([
      tx.store.getKey(query.id).then((key) => key !== undefined),
      ...query.anchors.map(async (anchor) => frequency.set(anchor, await index.count(anchor))),
    ]);
    // Probe the rarest anchors that some *other* article has (the query may be stored itself),
    // leaving out those so common that they say nothing.
    const own = selfStored ? 1 : 0;
    const common = Math.max(10, librarySize * COMMON_SHARE);
    const probes = query.anchors
      .filter((anchor) => {
        const others = (frequency.get(anchor) ?? 0) - own;
        return others > 0 && others <= common;
      })
      .sort((x, y) => frequency.get(x)! - frequency.get(y)!)
      .slice(0, QUERY_ANCHORS);

    const shared = new Map<string, number>();
    for (const keys of await Promise.all(probes.map((anchor) => index.getAllKeys(anchor)))) {
      for (const key of keys) if (key !== query.id) shared.set(key, (shared.get(key) ?? 0) + 1);
    }
    const ids = [...shared.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, CANDIDATES)
      .map(([id]) => id);
    const entries = (await Promise.all(ids.map((id): Promise<unknown> => tx.store.get(id)))).filter(isSound);
    await tx.done;

    const candidates: MatchCandidate[] = entries
      .filter((e) => e.lang !== query.lang)
      .map((e) => ({ id: e.id, lang: e.lang, anchors: e.anchors, published: e.published }));
    const byId = new Map(entries.map((e) => [e.id, e]));
    return rankCounterparts({ anchors: query.anchors, lang: query.lang, published: query.published }, candidates, {
      // Anchors only a candidate has were not counted: they occur at least in that candidate.
      documentFrequency: (anchor) => Math.max(1, frequency.get(anchor) ?? 1),
      librarySize,
    })
      .filter((r) => r.score >= MATCH_THRESHOLD)
      .map((r) => {
        const entry = byId.get(r.id)!;
        return { id: r.id, lang: entry.lang, title: entry.title, score: r.score };
      });
  }
}
