/**
 * The local library (storage glue): every article read, kept in the browser's IndexedDB,
 * with an index of language-independent story anchors for finding counterparts.
 * Uses the global `indexedDB` of the extension context it runs in (background, offscreen
 * or options page) — all share the extension origin's database.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LibraryMatch, LibraryPort } from './counterpart-engine.ts';
import { MATCH_THRESHOLD, rankCounterparts, type MatchCandidate } from './match-counterpart.ts';
import type { LibraryEntry } from './types.ts';

export const LIBRARY_DB_NAME = 'counterpart-library';
/** Bump with a new step in `migrate` below; each step has a test from the version before it. */
export const LIBRARY_DB_VERSION = 1;

interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: LibraryEntry;
    indexes: { lang: string; anchors: string; savedAt: number };
  };
}

export type LibrarySummary = Pick<LibraryEntry, 'id' | 'url' | 'title' | 'lang' | 'published' | 'siteName' | 'savedAt'>;

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
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const articles = database.createObjectStore('articles', { keyPath: 'id' });
          articles.createIndex('lang', 'lang');
          articles.createIndex('anchors', 'anchors', { multiEntry: true });
          articles.createIndex('savedAt', 'savedAt');
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

  async get(id: string): Promise<LibraryEntry | undefined> {
    return this.db.get('articles', id);
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

  /** Newest first, without the texts. */
  async list(limit = 500): Promise<LibrarySummary[]> {
    const out: LibrarySummary[] = [];
    let cursor = await this.db.transaction('articles').store.index('savedAt').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      const { id, url, title, lang, published, siteName, savedAt } = cursor.value;
      out.push({ id, url, title, lang, published, siteName, savedAt });
      cursor = await cursor.continue();
    }
    return out;
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
    const entries = (await Promise.all(ids.map((id) => tx.store.get(id)))).filter((e): e is LibraryEntry => e !== undefined);
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
