/**
 * The probe keys' frequencies and the article count (storage glue), kept without slowing
 * writes: a write appends its change to the `journal` in its own transaction (no reads), and
 * `foldJournal` adds journalled changes to `terms` and `meta` afterwards, in a transaction of
 * its own. A lookup reads the journal beside the frequencies, so what it sees is always
 * exact; a change not yet folded in when the browser stops is folded in the next time.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { COUNT_KEY, quiet, type CardKey, type JournalEntry, type LibrarySchema, type LibraryStoreName } from './library-schema-idb.ts';

/** Journal entries folded in one transaction. */
const FOLD_BATCH = 200;

/** A change being put together: probe key → change in its frequency; and the count's. */
export class FrequencyChange {
  readonly delta = new Map<string, number>();
  count = 0;

  add(keys: readonly CardKey[], by: number): void {
    for (const [key] of keys) this.delta.set(key, (this.delta.get(key) ?? 0) + by);
  }

  /** Adds what journal entries hold. */
  addJournal(entries: readonly JournalEntry[]): void {
    for (const entry of entries) {
      for (const [key, by] of Object.entries(entry.delta)) this.delta.set(key, (this.delta.get(key) ?? 0) + by);
      this.count += entry.count;
    }
  }

  get empty(): boolean {
    return this.count === 0 && [...this.delta.values()].every((by) => by === 0);
  }

  toJournal(): JournalEntry {
    const delta: Record<string, number> = {};
    for (const [key, by] of this.delta) if (by !== 0) delta[key] = by;
    return { delta, count: this.count };
  }
}

/** Appends a write's change to the journal, in the write's transaction. */
export function journal(tx: IDBPTransaction<LibrarySchema, LibraryStoreName[], 'readwrite'>, change: FrequencyChange): Promise<unknown> {
  return change.empty ? Promise.resolve() : quiet(tx.objectStore('journal').add(change.toJournal()));
}

/**
 * Folds the oldest journal entries (FOLD_BATCH at most) into the frequencies and the count,
 * and removes them, all in one transaction. Resolves to whether entries remain.
 */
export async function foldJournal(db: IDBPDatabase<LibrarySchema>): Promise<boolean> {
  // Nothing to fold (the common case on opening): no write transaction at all.
  if ((await db.count('journal')) === 0) return false;
  // Relaxed: a fold lost to a power cut is folded again from the journal it did not remove.
  const tx = db.transaction(['journal', 'terms', 'meta'], 'readwrite', { durability: 'relaxed' });
  const journalStore = tx.objectStore('journal');
  const terms = tx.objectStore('terms');
  const meta = tx.objectStore('meta');
  const [keys, entries, total] = await Promise.all([
    quiet(journalStore.getAllKeys(null, FOLD_BATCH)),
    quiet(journalStore.getAll(null, FOLD_BATCH)),
    quiet(journalStore.count()),
  ]);
  if (keys.length === 0) {
    await tx.done;
    return false;
  }
  const change = new FrequencyChange();
  change.addJournal(entries);
  const changed = [...change.delta].filter(([, by]) => by !== 0);
  const [held, count] = await Promise.all([
    Promise.all(changed.map(([key]) => quiet(terms.get(key)))),
    quiet(meta.get(COUNT_KEY)),
  ]);
  await Promise.all([
    ...changed.map(([key, by], i) => {
      const next = (held[i] ?? 0) + by;
      return next > 0 ? quiet(terms.put(next, key)) : quiet(terms.delete(key));
    }),
    change.count !== 0 ? quiet(meta.put(Math.max(0, (count ?? 0) + change.count), COUNT_KEY)) : undefined,
    quiet(journalStore.delete(IDBKeyRange.bound(keys[0]!, keys[keys.length - 1]!))),
  ]);
  await tx.done;
  return total > keys.length;
}
