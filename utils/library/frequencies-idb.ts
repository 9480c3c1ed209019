/**
 * The probe-key index (`postings`), the keys' frequencies and the article count (storage
 * glue), kept without slowing writes: a write appends its change to the `journal` in its own
 * transaction, and `foldJournal` applies journalled changes to `postings`, `terms` and `meta`
 * afterwards, in a transaction of its own. A lookup reads the journal beside them, so what it
 * sees is always exact; a change not yet folded in when the browser stops is folded in the
 * next time. A damaged journal entry, frequency or count is skipped (and said so: the caller
 * rebuilds them from the articles), never a reason for a lookup or a fold to fail.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import {
  COUNT_KEY,
  isCount,
  isJournalEntry,
  postingsOf,
  quiet,
  type JournalEntry,
  type LibraryCard,
  type LibrarySchema,
  type LibraryStoreName,
  type PostingKey,
} from './schema-idb.ts';

/** Journal entries folded in one transaction (an import's entry holds a thousand articles' postings). */
const FOLD_BATCH = 16;

const postingId = (posting: PostingKey) => posting.join('\u0000');

/** A change being put together: probe key → change in its frequency, the count's, and the postings to put and drop. */
export class LibraryChange {
  readonly delta = new Map<string, number>();
  count = 0;
  readonly put: PostingKey[] = [];
  readonly drop: PostingKey[] = [];

  /** An article's card replaced (`old` undefined: a new article; `card` undefined: deleted). */
  replace(old: LibraryCard | undefined, card: LibraryCard | undefined): void {
    const before = postingsOf(old);
    const after = postingsOf(card);
    const had = new Set(before.map(postingId));
    const has = new Set(after.map(postingId));
    for (const posting of after) if (!had.has(postingId(posting))) this.put.push(posting);
    for (const posting of before) if (!has.has(postingId(posting))) this.drop.push(posting);
    for (const [key] of before) this.delta.set(key, (this.delta.get(key) ?? 0) - 1);
    for (const [key] of after) this.delta.set(key, (this.delta.get(key) ?? 0) + 1);
    this.count += (card ? 1 : 0) - (old ? 1 : 0);
  }

  /** Adds what journal entries hold; resolves to how many were damaged (and left out). */
  addJournal(entries: readonly unknown[]): number {
    let damaged = 0;
    for (const entry of entries) {
      if (!isJournalEntry(entry)) {
        damaged += 1;
        continue;
      }
      for (const [key, by] of Object.entries(entry.delta)) this.delta.set(key, (this.delta.get(key) ?? 0) + by);
      this.count += entry.count;
      for (const posting of entry.put) this.put.push(posting);
      for (const posting of entry.drop) this.drop.push(posting);
    }
    return damaged;
  }

  get empty(): boolean {
    return (
      this.count === 0 &&
      this.put.length === 0 &&
      this.drop.length === 0 &&
      [...this.delta.values()].every((by) => by === 0)
    );
  }

  toJournal(): JournalEntry {
    const delta: Record<string, number> = {};
    for (const [key, by] of this.delta) if (by !== 0) delta[key] = by;
    return { delta, count: this.count, put: this.put, drop: this.drop };
  }
}

/** Appends a write's change to the journal, in the write's transaction. */
export function journal(
  tx: IDBPTransaction<LibrarySchema, LibraryStoreName[], 'readwrite'>,
  change: LibraryChange,
): Promise<unknown> {
  return change.empty ? Promise.resolve() : quiet(tx.objectStore('journal').add(change.toJournal()));
}

/** What a fold did: whether entries remain, and how many damaged records it met (skipped). */
export interface Fold {
  more: boolean;
  damaged: number;
}

/**
 * Folds the oldest journal entries (FOLD_BATCH at most) into the frequencies and the count,
 * and removes them, all in one transaction. A damaged entry is removed without being folded
 * in, a damaged frequency or count taken as 0: the fold says how many it met, for the caller
 * to rebuild the index.
 */
export async function foldJournal(db: IDBPDatabase<LibrarySchema>): Promise<Fold> {
  // Nothing to fold (the common case on opening): no write transaction at all.
  if ((await db.count('journal')) === 0) return { more: false, damaged: 0 };
  // Relaxed: a fold lost to a power cut is folded again from the journal it did not remove.
  const tx = db.transaction(['journal', 'postings', 'terms', 'meta'], 'readwrite', { durability: 'relaxed' });
  const journalStore = tx.objectStore('journal');
  const postings = tx.objectStore('postings');
  const terms = tx.objectStore('terms');
  const meta = tx.objectStore('meta');
  const [keys, entries, total] = await Promise.all([
    quiet(journalStore.getAllKeys(null, FOLD_BATCH)),
    quiet(journalStore.getAll(null, FOLD_BATCH)),
    quiet(journalStore.count()),
  ]);
  if (keys.length === 0) {
    await tx.done;
    return { more: false, damaged: 0 };
  }
  const change = new LibraryChange();
  let damaged = change.addJournal(entries);
  // In journal order: a posting dropped, then put again, stays (and the other way round).
  const writes: Array<Promise<unknown>> = [];
  for (const entry of entries.filter(isJournalEntry)) {
    for (const posting of entry.drop) writes.push(quiet(postings.delete(posting)));
    for (const posting of entry.put) writes.push(quiet(postings.put(null, posting)));
  }
  const changed = [...change.delta].filter(([, by]) => by !== 0);
  const [held, count] = await Promise.all([
    Promise.all(changed.map(([key]) => quiet(terms.get(key)))),
    quiet(meta.get(COUNT_KEY)),
  ]);
  const countOf = (value: unknown): number => {
    if (value === undefined || isCount(value)) return value ?? 0;
    damaged += 1;
    return 0;
  };
  await Promise.all([
    ...writes,
    ...changed.map(([key, by], i) => {
      const next = countOf(held[i]) + by;
      return next > 0 ? quiet(terms.put(next, key)) : quiet(terms.delete(key));
    }),
    change.count !== 0 ? quiet(meta.put(Math.max(0, countOf(count) + change.count), COUNT_KEY)) : undefined,
    quiet(journalStore.delete(IDBKeyRange.bound(keys[0]!, keys[keys.length - 1]!))),
  ]);
  await tx.done;
  return { more: total > keys.length, damaged };
}
