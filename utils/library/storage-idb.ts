/**
 * The local library (storage glue): every article read, kept in the browser's IndexedDB,
 * with an index of language-independent story anchors for finding counterparts (the schema:
 * schema-idb.ts; the index and its frequencies: frequencies-idb.ts).
 * Uses the global `indexedDB` of the extension context it runs in (background, offscreen
 * or options page) — all share the extension origin's database.
 * One article per address and per text: saving the same text under another address replaces
 * the stored article (content-hash.ts); a site adds at most so many new articles a minute
 * (store-rate.ts); only http(s) addresses are stored. A damaged card, posting, frequency,
 * count or journal entry is skipped, reported, and everything derived from the articles is
 * rebuilt from them (`rebuildIndex`, also the options page's "rebuild" action).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { LibraryMatch, LibraryPort } from '../counterpart/ports.ts';
import { sameText } from './content-hash.ts';
import { foldJournal, LibraryChange, journal } from './frequencies-idb.ts';
import { isCard, isPostingKey, type LibraryCard } from './library-card.ts';
import { planProbes, probeKeys, isProbeKey } from './probes.ts';
import {
  ALL_STORES,
  cardOf,
  COUNT_KEY,
  isCount,
  isSound,
  LIBRARY_DB_NAME,
  quiet,
  LIBRARY_DB_VERSION,
  rebuildDerived,
  upgradeLibrary,
  type LibrarySchema,
  type LibraryStoreName,
} from './schema-idb.ts';
import { siteOf, StoreRate, StoreRateLimited } from './store-rate.ts';
import { isWebUrl } from './web-url.ts';
import { primaryLang } from '../language/lang-codes.ts';
import { MATCH_THRESHOLD, rankCounterparts } from '../match/rank-counterparts.ts';
import type { LibraryEntry } from '../types.ts';

export { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, LIBRARY_MIGRATIONS } from './schema-idb.ts';

export type LibrarySummary = Pick<LibraryEntry, 'id' | 'url' | 'title' | 'lang' | 'published' | 'siteName' | 'savedAt'>;

/** One page of the stored articles, newest first, and the exact counts. */
export interface LibraryPage {
  entries: LibrarySummary[];
  /** Articles that pass the filter (all of them without one). */
  matching: number;
  /** Sound articles in the library. */
  total: number;
  /** Records that cannot be used (not listed, not counted in `total`). */
  damaged: number;
}

export interface LibraryOptions {
  /** Told of each damaged record met (skipped, then repaired from the articles); console.warn by default. */
  onDamage?: (what: string) => void;
  /** The rate of new articles per site (store-rate.ts). */
  storeRate?: StoreRate;
}

/** How many stored articles sharing probe keys with a query are ranked in full. */
const CANDIDATES = 50;
/** Cards read at a time when the list is searched. */
const SCAN_BATCH = 1000;

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

const summaryOf = ({ id, url, title, lang, published, siteName, savedAt }: LibrarySummary): LibrarySummary => ({
  id,
  url,
  title,
  lang,
  published,
  siteName,
  savedAt,
});

/** Newest first; the same time by id, last first (the order of the `savedAt` index read backwards). */
const newestFirst = (a: LibrarySummary, b: LibrarySummary) =>
  b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

interface WriteRules {
  /** Whether the stored record stays instead of `entry` (an import: a sound one saved at the same time or later). */
  stays?: (stored: unknown, entry: LibraryEntry) => boolean;
  /** Whether a new article (no article under its address nor with its text) may be stored; throws if not. */
  admitNew?: (entry: LibraryEntry) => void;
}

/**
 * Writes articles with their cards and journals the change in frequencies and count. One
 * article per id and one per text (the last saved winning): an article whose text the library
 * holds under another id replaces that article, unless `stays` keeps it. Resolves to how many
 * were written, and how many damaged cards were met.
 */
async function writeEntries(
  tx: WriteTransaction,
  entries: readonly LibraryEntry[],
  rules: WriteRules = {},
): Promise<{ written: number; damaged: number }> {
  const articles = tx.objectStore('articles');
  const cards = tx.objectStore('cards');
  const byId = new Map<string, LibraryEntry>();
  for (const entry of entries) {
    const seen = byId.get(entry.id);
    if (!seen || entry.savedAt >= seen.savedAt) byId.set(entry.id, entry);
  }
  const byText = new Map<string, { entry: LibraryEntry; card: LibraryCard }>();
  const unique: Array<{ entry: LibraryEntry; card: LibraryCard }> = [];
  for (const entry of byId.values()) {
    const card = cardOf(entry);
    if (card.hash === undefined) {
      unique.push({ entry, card });
      continue;
    }
    const seen = byText.get(card.hash);
    if (!seen || (entry.savedAt >= seen.entry.savedAt && sameText(entry.text, seen.entry.text)))
      byText.set(card.hash, { entry, card });
    else if (!sameText(entry.text, seen.entry.text)) unique.push({ entry, card });
  }
  unique.push(...byText.values());
  const ids = new Set(unique.map(({ entry }) => entry.id));
  const byHash = cards.index('hash');
  const reads = await Promise.all(
    unique.map(async ({ entry, card }) => {
      const [stored, old, twinIds] = await Promise.all([
        quiet(articles.get(entry.id)) as Promise<unknown>,
        quiet(cards.get(entry.id)) as Promise<unknown>,
        card.hash === undefined ? [] : quiet(byHash.getAllKeys(card.hash)),
      ]);
      const others = twinIds.filter((id) => id !== entry.id && !ids.has(id));
      const twins = await Promise.all(
        others.map(async (id) => {
          const [value, twinCard] = await Promise.all([
            quiet(articles.get(id)) as Promise<unknown>,
            quiet(cards.get(id)) as Promise<unknown>,
          ]);
          return { id, value, card: twinCard };
        }),
      );
      return {
        stored,
        old,
        same: twins.filter((twin) => isSound(twin.value) && sameText(twin.value.text, entry.text)),
      };
    }),
  );
  const change = new LibraryChange();
  const writes: Array<Promise<unknown>> = [];
  let written = 0;
  let damaged = 0;
  const usable = (card: unknown): LibraryCard | undefined => {
    if (card === undefined || isCard(card)) return card;
    damaged += 1;
    return undefined;
  };
  unique.forEach(({ entry, card }, i) => {
    const { stored, old, same } = reads[i]!;
    if (rules.stays?.(stored, entry)) return;
    if (rules.stays && same.some((twin) => rules.stays!(twin.value, entry))) return;
    if (stored === undefined && same.length === 0) rules.admitNew?.(entry);
    writes.push(quiet(articles.put(entry)), quiet(cards.put(card)));
    change.replace(usable(old), card);
    for (const twin of same) {
      writes.push(quiet(articles.delete(twin.id)), quiet(cards.delete(twin.id)));
      change.replace(usable(twin.card), undefined);
    }
    written += 1;
  });
  writes.push(journal(tx, change));
  await Promise.all(writes);
  return { written, damaged };
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
  /** The index being rebuilt after damage was met, if it is. */
  private repairing: Promise<void> | undefined;
  private readonly onDamage: (what: string) => void;
  private readonly storeRate: StoreRate;

  private constructor(
    private readonly db: IDBPDatabase<LibrarySchema>,
    options: LibraryOptions,
  ) {
    this.onDamage =
      options.onDamage ??
      ((what) => console.warn(`Counterpart library: ${what}; rebuilding the index from the articles.`));
    this.storeRate = options.storeRate ?? new StoreRate();
  }

  static async open(name = LIBRARY_DB_NAME, options: LibraryOptions = {}): Promise<LibraryStorage> {
    const db = await openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        upgradeLibrary(
          database as unknown as IDBPDatabase,
          oldVersion,
          transaction as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
        );
      },
    });
    const library = new LibraryStorage(db, options);
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
   * (lookups still read it); the next write tries again. Damaged records the fold met, or a
   * fold that fails on them, lead to a rebuild.
   */
  private fold(): void {
    if (this.folding) {
      this.foldAgain = true;
      return;
    }
    const run = async () => {
      do {
        this.foldAgain = false;
        for (;;) {
          const { more, damaged } = await foldJournal(this.db);
          if (damaged > 0) this.damaged(`${damaged} damaged journal or frequency records`);
          if (!more) break;
        }
      } while (this.foldAgain);
    };
    this.folding = run()
      .catch((error: unknown) => {
        if (error instanceof TypeError || (error as { name?: string } | null)?.name === 'DataError')
          this.damaged(`the journal could not be folded in (${String(error)})`);
      })
      .finally(() => {
        this.folding = undefined;
      });
  }

  /** Damage was met: say so, and rebuild what derives from the articles (once at a time). */
  private damaged(what: string): void {
    this.onDamage(what);
    this.repairing ??= (async () => {
      await this.folding;
      await this.rebuildIndex();
    })()
      .catch((error: unknown) => this.onDamage(`the rebuild failed (${String(error)})`))
      .finally(() => {
        this.repairing = undefined;
      });
  }

  /** Resolves once the journal is folded in (what the writes so far changed is in `terms`) and any repair is done. */
  async settled(): Promise<void> {
    while (this.folding || this.repairing) await (this.folding ?? this.repairing);
  }

  /**
   * A write, then the fold. `relaxed`: done once the operating system has the data, without
   * waiting for the disk (what Firefox always does): for the article saved on each page read,
   * which a browser crash does not lose; the user's own imports, deletions and clearing wait
   * for the disk.
   */
  private async write<T>(
    work: (tx: WriteTransaction) => Promise<T>,
    durability: IDBTransactionDurability = 'default',
  ): Promise<T> {
    try {
      return await inWriteTransaction(this.db, work, durability);
    } finally {
      this.fold();
    }
  }

  /**
   * Stores an article read (http(s) addresses only; throws otherwise). The same address or
   * the same text stored already: replaced. A new article from a site that added too many in
   * the last minute: not stored, rejects with StoreRateLimited (store-rate.ts).
   */
  async save(entry: LibraryEntry): Promise<void> {
    if (!isWebUrl(entry.url)) throw new TypeError('Only http(s) addresses are stored in the library');
    const { damaged } = await this.write(
      (tx) =>
        writeEntries(tx, [entry], {
          admitNew: (article) => {
            if (!this.storeRate.admit(article.url, article.savedAt)) throw new StoreRateLimited(siteOf(article.url));
          },
        }),
      'relaxed',
    );
    if (damaged > 0) this.damaged('a damaged card');
  }

  /** The article, or undefined when there is none or its record is damaged. */
  async get(id: string): Promise<LibraryEntry | undefined> {
    const value: unknown = await this.db.get('articles', id);
    return isSound(value) ? value : undefined;
  }

  async delete(id: string): Promise<void> {
    await this.write(async (tx) => {
      const cards = tx.objectStore('cards');
      const old: unknown = await quiet(cards.get(id));
      const change = new LibraryChange();
      change.replace(isCard(old) ? old : undefined, undefined);
      await Promise.all([quiet(tx.objectStore('articles').delete(id)), quiet(cards.delete(id)), journal(tx, change)]);
    });
  }

  async clear(): Promise<void> {
    // No count is a count of 0.
    await this.write(async (tx) => {
      await Promise.all(ALL_STORES.map((store) => quiet(tx.objectStore(store).clear())));
    });
  }

  /**
   * Rebuilds every store derived from the articles (cards, index, frequencies, count, journal)
   * from the articles, in one transaction: they are only read. Resolves to how many articles
   * are usable and how many records are damaged.
   */
  async rebuildIndex(): Promise<{ articles: number; damaged: number }> {
    return this.write((tx) => rebuildDerived(tx as unknown as IDBPTransaction<unknown, string[], 'readwrite'>));
  }

  /** How many records the library holds (damaged ones included). */
  async count(): Promise<number> {
    return this.db.count('articles');
  }

  /**
   * The stored articles `offset` to `offset + limit`, newest first, without their texts, those
   * passing `filter` only when there is one, with exact counts. Without a filter a page reads
   * only its own cards (the `savedAt` index); with one, every card is read.
   */
  async page(
    options: { offset?: number; limit?: number; filter?: (summary: LibrarySummary) => boolean } = {},
  ): Promise<LibraryPage> {
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = Math.max(0, options.limit ?? 100);
    const tx = this.db.transaction(['articles', 'cards']);
    const cards = tx.objectStore('cards');
    const [records, total] = await Promise.all([tx.objectStore('articles').count(), cards.count()]);
    const damaged = Math.max(0, records - total);
    let damagedCards = 0;
    const entries: LibrarySummary[] = [];
    let matching = total;
    if (!options.filter) {
      let cursor = await cards.index('savedAt').openCursor(null, 'prev');
      if (cursor && offset > 0) cursor = await cursor.advance(offset);
      while (cursor && entries.length < limit) {
        const value: unknown = cursor.value;
        if (isCard(value)) entries.push(summaryOf(value));
        else damagedCards += 1;
        cursor = await cursor.continue();
      }
    } else {
      const found: LibrarySummary[] = [];
      let after: string | undefined;
      for (;;) {
        const batch: unknown[] = await cards.getAll(
          after === undefined ? null : IDBKeyRange.lowerBound(after, true),
          SCAN_BATCH,
        );
        if (batch.length === 0) break;
        after = (batch[batch.length - 1] as { id: string }).id;
        for (const value of batch) {
          if (!isCard(value)) damagedCards += 1;
          else if (options.filter(summaryOf(value))) found.push(summaryOf(value));
        }
      }
      matching = found.length;
      entries.push(...found.sort(newestFirst).slice(offset, offset + limit));
    }
    await tx.done;
    if (damagedCards > 0) this.damaged(`${damagedCards} damaged cards`);
    return { entries, matching, total, damaged };
  }

  /** The first `limit` articles, newest first, without their texts, and how many records are damaged. */
  async list(limit = Number.POSITIVE_INFINITY): Promise<{ entries: LibrarySummary[]; damaged: number }> {
    const { entries, damaged } = await this.page({ limit });
    return { entries, damaged };
  }

  /** Every sound article, with its text (damaged records are left out), for an export. */
  async exportAll(): Promise<LibraryEntry[]> {
    const all: unknown[] = await this.db.getAll('articles');
    return all.filter(isSound);
  }

  /**
   * The sound articles in batches of `size` (by id), each read in a transaction of its own:
   * an export of any size without holding the whole library at once.
   */
  async *exportBatches(size = 200): AsyncGenerator<LibraryEntry[]> {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const tx = this.db.transaction('articles');
      const [keys, values] = await Promise.all([
        tx.store.getAllKeys(range, size),
        tx.store.getAll(range, size) as Promise<unknown[]>,
      ]);
      await tx.done;
      if (keys.length === 0) return;
      after = keys[keys.length - 1];
      yield values.filter(isSound);
    }
  }

  /**
   * Merges articles into the library in one transaction, so that it is all or nothing (a full
   * disk leaves the library as it was): an article is written unless the library holds a sound
   * one with the same id, or with the same text, saved at the same time or later (the same
   * text under another id is replaced). Rejects with the browser's error.
   */
  async importEntries(entries: readonly LibraryEntry[]): Promise<{ imported: number; skipped: number }> {
    const { written, damaged } = await this.write((tx) =>
      writeEntries(tx, entries, { stays: (stored, entry) => isSound(stored) && stored.savedAt >= entry.savedAt }),
    );
    if (damaged > 0) this.damaged('a damaged card');
    return { imported: written, skipped: entries.length - written };
  }

  /**
   * The stored articles in other languages that tell the query's story, best first, scored
   * (those at or above MATCH_THRESHOLD). Reads the frequencies of the query's probe keys,
   * the index entries of the most telling ones (probes.ts), in the other languages
   * only, and the cards of the CANDIDATES articles sharing the most weight with the query.
   * Damaged records met are skipped (and the index rebuilt): a lookup never fails on them.
   */
  async findCounterparts(
    query: { anchors: string[]; lang: string; published: string | null; id: string },
    trace?: LookupTrace,
  ): Promise<LibraryMatch[]> {
    const lap = lapper(trace);
    const damage: string[] = [];
    const tx = this.db.transaction(['articles', 'cards', 'postings', 'terms', 'meta', 'journal']);
    const cards = tx.objectStore('cards');
    const terms = tx.objectStore('terms');
    const keys = probeKeys(query.anchors);
    const [kept, selfKey, held, pending] = await Promise.all([
      tx.objectStore('meta').get(COUNT_KEY) as Promise<unknown>,
      cards.getKey(query.id),
      Promise.all(keys.map((key) => terms.get(key) as Promise<unknown>)),
      tx.objectStore('journal').getAll() as Promise<unknown[]>,
    ]);
    // What the journal holds and is not folded in yet.
    const unfolded = new LibraryChange();
    const badEntries = unfolded.addJournal(pending);
    if (badEntries > 0) damage.push(`${badEntries} damaged journal entries`);
    let stored: number;
    if (kept === undefined || isCount(kept)) stored = kept ?? 0;
    else {
      damage.push('a damaged article count');
      stored = await cards.count();
    }
    const librarySize = Math.max(0, stored + unfolded.count);
    const heldCount = (value: unknown): number => {
      if (value === undefined || isCount(value)) return value ?? 0;
      damage.push('a damaged frequency');
      return 0;
    };
    const frequency = new Map(keys.map((key, i) => [key, heldCount(held[i]) + (unfolded.delta.get(key) ?? 0)]));
    lap('frequencies');
    if (librarySize === 0 || keys.length === 0) {
      this.reportDamage(damage);
      return [];
    }

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
      probes.map(async (probe) => {
        const found = (
          await Promise.all(ranges(probe.key).map((range) => postings.getAllKeys(range)))
        ).flat() as unknown[];
        const sound = found.filter(isPostingKey);
        if (sound.length < found.length) damage.push(`${found.length - sound.length} damaged index entries`);
        return { probe, ids: sound.map((posting) => posting[2]) };
      }),
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
    // A damaged card is made again from its article.
    const articles = tx.objectStore('articles');
    const cardOrArticle = async (id: string): Promise<LibraryCard | undefined> => {
      const card: unknown = await cards.get(id);
      if (card === undefined || isCard(card)) return card;
      damage.push('a damaged card');
      const article: unknown = await articles.get(id);
      return isSound(article) ? cardOf(article) : undefined;
    };
    const found = (await Promise.all(ids.map(cardOrArticle))).filter((card): card is LibraryCard => card !== undefined);
    await tx.done;
    lap('cards');
    this.reportDamage(damage);

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
    if (trace)
      Object.assign(trace, { keys: keys.length, probes: probes.length, entriesRead, candidates: found.length, ranked });
    return ranked.filter((match) => match.score >= MATCH_THRESHOLD);
  }

  private reportDamage(damage: readonly string[]): void {
    if (damage.length > 0) this.damaged(damage.join(', '));
  }
}
