/**
 * The local library (storage glue): every article read, kept in the browser's IndexedDB,
 * with an index of language-independent story anchors for finding counterparts (the schema:
 * schema-idb.ts; the index and its frequencies: frequencies-idb.ts).
 * Uses the global `indexedDB` of the extension context it runs in (background, offscreen
 * or options page) — all share the extension origin's database.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { LibraryMatch, LibraryPort } from '../counterpart/counterpart-engine.ts';
import { foldJournal, LibraryChange, journal } from './frequencies-idb.ts';
import { planProbes, probeKeys, isProbeKey } from './probes.ts';
import {
  ALL_STORES,
  cardOf,
  COUNT_KEY,
  isSound,
  LIBRARY_DB_NAME,
  quiet,
  LIBRARY_DB_VERSION,
  upgradeLibrary,
  type LibraryCard,
  type LibrarySchema,
  type LibraryStoreName,
} from './schema-idb.ts';
import { primaryLang } from '../language/lang-codes.ts';
import { MATCH_THRESHOLD, rankCounterparts } from '../match/rank-counterparts.ts';
import type { LibraryEntry } from '../types.ts';

export { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, LIBRARY_MIGRATIONS } from './schema-idb.ts';

export type LibrarySummary = Pick<LibraryEntry, 'id' | 'url' | 'title' | 'lang' | 'published' | 'siteName' | 'savedAt'>;

/** How many stored articles sharing probe keys with a query are ranked in full. */
const CANDIDATES = 50;

type WriteTransaction = IDBPTransaction<LibrarySchema, LibraryStoreName[], 'readwrite'>;

/** Where a lookup's time goes and what it reads (for the benchmark): filled in when passed. */
export interface LookupTrace {
  now(): number;
  phases: Record<string, number>;
  keys?: number;
  probes?: number;
  entriesRead?: number;
  candidates?: number;
  /** Every ranked candidate, best first, the ones under the threshold too. */
  ranked?: LibraryMatch[];
}

function lapper(trace: LookupTrace | undefined): (phase: string) => void {
  if (!trace) return () => undefined;
  let mark = trace.now();
  return (phase) => {
    const now = trace.now();
    trace.phases[phase] = (trace.phases[phase] ?? 0) + now - mark;
    mark = now;
  };
}

/**
 * Writes articles with their cards (one per id, the last saved winning) and journals the
 * change in frequencies and count. `stays(stored, entry)`: whether the stored record stays
 * instead. Resolves to how many were written.
 */
async function writeEntries(
  tx: WriteTransaction,
  entries: readonly LibraryEntry[],
  stays?: (stored: unknown, entry: LibraryEntry) => boolean,
): Promise<number> {
  const articles = tx.objectStore('articles');
  const cards = tx.objectStore('cards');
  const byId = new Map<string, LibraryEntry>();
  for (const entry of entries) {
    const seen = byId.get(entry.id);
    if (!seen || entry.savedAt >= seen.savedAt) byId.set(entry.id, entry);
  }
  const unique = [...byId.values()];
  const reads = Promise.all([
    stays ? Promise.all(unique.map((entry): Promise<unknown> => quiet(articles.get(entry.id)))) : [],
    Promise.all(unique.map((entry) => quiet(cards.get(entry.id)))),
  ]);
  // A plain save writes at once, right after reading the card it replaces (requests run in order).
  const newCards = unique.map(cardOf);
  const writes: Array<Promise<unknown>> = [];
  if (!stays) unique.forEach((entry, i) => writes.push(quiet(articles.put(entry)), quiet(cards.put(newCards[i]!))));
  const [stored, oldCards] = await reads;
  const change = new LibraryChange();
  let written = 0;
  unique.forEach((entry, i) => {
    if (stays?.(stored[i], entry)) return;
    const card = newCards[i]!;
    const old = oldCards[i];
    if (stays) writes.push(quiet(articles.put(entry)), quiet(cards.put(card)));
    written += 1;
    change.replace(old, card);
  });
  writes.push(journal(tx, change));
  await Promise.all(writes);
  return written;
}

/**
 * Runs `work` in a read-write transaction over every store, all or nothing. Rejects with the
 * browser's error: a write it refused (a full disk: QuotaExceededError) comes as the
 * transaction's error.
 */
async function inWriteTransaction<T>(
  db: IDBPDatabase<LibrarySchema>,
  work: (tx: WriteTransaction) => Promise<T>,
  durability: IDBTransactionDurability,
): Promise<T> {
  const tx = db.transaction(ALL_STORES, 'readwrite', { durability });
  let failure: unknown;
  const result = work(tx).catch((error: unknown) => {
    failure ??= error;
    try {
      tx.abort();
    } catch {
      // Already aborted: a failed request aborts its transaction.
    }
    return undefined;
  });
  try {
    await tx.done;
  } catch (error) {
    throw tx.error ?? failure ?? error;
  }
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- rejects with what the work rejected with
  if (failure !== undefined) throw failure;
  return (await result) as T;
}

export class LibraryStorage implements LibraryPort {
  /** The journal being folded in, if it is. */
  private folding: Promise<void> | undefined;
  private foldAgain = false;

  private constructor(private readonly db: IDBPDatabase<LibrarySchema>) {}

  static async open(name = LIBRARY_DB_NAME): Promise<LibraryStorage> {
    const db = await openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        upgradeLibrary(
          database as unknown as IDBPDatabase,
          oldVersion,
          transaction as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
        );
      },
    });
    const library = new LibraryStorage(db);
    // What an earlier session journalled and did not fold in (the browser stopped).
    library.fold();
    return library;
  }

  close(): void {
    this.db.close();
  }

  /**
   * Folds the journal into the frequencies, in the background after a write: one fold at a
   * time, again when writes came meanwhile. A failed fold leaves the journal as it was
   * (lookups still read it); the next write tries again.
   */
  private fold(): void {
    if (this.folding) {
      this.foldAgain = true;
      return;
    }
    const run = async () => {
      do {
        this.foldAgain = false;
        while (await foldJournal(this.db));
      } while (this.foldAgain);
    };
    this.folding = run()
      .catch(() => undefined)
      .finally(() => {
        this.folding = undefined;
      });
  }

  /** Resolves once the journal is folded in (what the writes so far changed is in `terms`). */
  async settled(): Promise<void> {
    while (this.folding) await this.folding;
  }

  /**
   * A write, then the fold. `relaxed`: done once the operating system has the data, without
   * waiting for the disk (what Firefox always does): for the article saved on each page read,
   * which a browser crash does not lose; the user's own imports, deletions and clearing wait
   * for the disk.
   */
  private async write<T>(work: (tx: WriteTransaction) => Promise<T>, durability: IDBTransactionDurability = 'default'): Promise<T> {
    try {
      return await inWriteTransaction(this.db, work, durability);
    } finally {
      this.fold();
    }
  }

  async save(entry: LibraryEntry): Promise<void> {
    await this.write((tx) => writeEntries(tx, [entry]), 'relaxed');
  }

  /** The article, or undefined when there is none or its record is damaged. */
  async get(id: string): Promise<LibraryEntry | undefined> {
    const value: unknown = await this.db.get('articles', id);
    return isSound(value) ? value : undefined;
  }

  async delete(id: string): Promise<void> {
    await this.write(async (tx) => {
      const cards = tx.objectStore('cards');
      const old = await quiet(cards.get(id));
      const change = new LibraryChange();
      change.replace(old, undefined);
      await Promise.all([quiet(tx.objectStore('articles').delete(id)), quiet(cards.delete(id)), journal(tx, change)]);
    });
  }

  async clear(): Promise<void> {
    // No count is a count of 0.
    await this.write(async (tx) => {
      await Promise.all(ALL_STORES.map((store) => quiet(tx.objectStore(store).clear())));
    });
  }

  /** How many records the library holds (damaged ones included). */
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
    const imported = await this.write((tx) =>
      writeEntries(tx, entries, (stored, entry) => isSound(stored) && stored.savedAt >= entry.savedAt),
    );
    return { imported, skipped: entries.length - imported };
  }

  /**
   * The stored articles in other languages that tell the query's story, best first, scored
   * (those at or above MATCH_THRESHOLD). Reads the frequencies of the query's probe keys,
   * the index entries of the most telling ones (probes.ts), in the other languages
   * only, and the cards of the CANDIDATES articles sharing the most weight with the query.
   */
  async findCounterparts(
    query: { anchors: string[]; lang: string; published: string | null; id: string },
    trace?: LookupTrace,
  ): Promise<LibraryMatch[]> {
    const lap = lapper(trace);
    const tx = this.db.transaction(['cards', 'postings', 'terms', 'meta', 'journal']);
    const cards = tx.objectStore('cards');
    const terms = tx.objectStore('terms');
    const keys = probeKeys(query.anchors);
    const [kept, selfKey, held, pending] = await Promise.all([
      tx.objectStore('meta').get(COUNT_KEY),
      cards.getKey(query.id),
      Promise.all(keys.map((key) => terms.get(key))),
      tx.objectStore('journal').getAll(),
    ]);
    // What the journal holds and is not folded in yet.
    const unfolded = new LibraryChange();
    unfolded.addJournal(pending);
    const librarySize = Math.max(0, (kept ?? 0) + unfolded.count);
    const frequency = new Map(keys.map((key, i) => [key, (held[i] ?? 0) + (unfolded.delta.get(key) ?? 0)]));
    lap('frequencies');
    if (librarySize === 0 || keys.length === 0) return [];

    const probes = planProbes(keys, (key) => frequency.get(key) ?? 0, librarySize, selfKey !== undefined);
    const lang = primaryLang(query.lang);
    const postings = tx.objectStore('postings');
    // Below and above the query's language ([key, lang, id] sorts after [key, lang] and before
    // [key, lang, []]): its own articles are never read.
    const ranges = (key: string) => [
      IDBKeyRange.bound([key, ''], [key, lang], false, true),
      IDBKeyRange.bound([key, lang, []], [key, []], true, false),
    ];
    const lists = await Promise.all(
      probes.map(async (probe) => ({
        probe,
        ids: (await Promise.all(ranges(probe.key).map((range) => postings.getAllKeys(range)))).flat().map((posting) => posting[2]),
      })),
    );
    // Postings journalled and not folded in yet (of articles just saved).
    const journalled = new Map<string, string[]>();
    for (const [key, postingLang, id] of unfolded.put) {
      if (postingLang !== lang) journalled.set(key, [...(journalled.get(key) ?? []), id]);
    }
    for (const list of lists) list.ids.push(...(journalled.get(list.probe.key) ?? []));
    const shared = new Map<string, number>();
    let entriesRead = 0;
    for (const { probe, ids } of lists) {
      entriesRead += ids.length;
      for (const id of ids) if (id !== query.id) shared.set(id, (shared.get(id) ?? 0) + probe.weight);
    }
    const ids = [...shared.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, CANDIDATES)
      .map(([id]) => id);
    lap('probes');
    const found = (await Promise.all(ids.map((id) => cards.get(id)))).filter((card): card is LibraryCard => card !== undefined);
    await tx.done;
    lap('cards');

    // A card is a match candidate as it is (id, lang, anchors, published).
    const byId = new Map(found.map((card) => [card.id, card]));
    const ranked = rankCounterparts({ anchors: query.anchors, lang: query.lang, published: query.published }, found, {
      // Probe keys only a candidate has were not counted: they occur at least in that candidate.
      documentFrequency: (anchor) => (isProbeKey(anchor) ? Math.max(1, frequency.get(anchor) ?? 1) : undefined),
      librarySize,
    }).map((r): LibraryMatch => {
      const card = byId.get(r.id)!;
      return { id: r.id, lang: card.lang, title: card.title, score: r.score };
    });
    lap('rank');
    if (trace) Object.assign(trace, { keys: keys.length, probes: probes.length, entriesRead, candidates: found.length, ranked });
    return ranked.filter((match) => match.score >= MATCH_THRESHOLD);
  }
}
