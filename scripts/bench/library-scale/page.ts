/**
 * Page side of the library-scale bench (bundled by esbuild, served from 127.0.0.1): the real
 * LibraryStorage in the page's real IndexedDB, the synthetic library made by Web Workers
 * (worker.ts), and the measurements, exposed as globalThis.libraryBench for the Node runner.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { LIBRARY_DB_NAME, LibraryStorage, type LookupTrace } from '../../../utils/library/storage-idb.ts';
import { storyAnchors } from '../../../utils/match/story-anchors.ts';
import type { LibraryEntry } from '../../../utils/types.ts';
import { realId, synthesiser, type CorpusDocument, type Synthesiser } from './synthesise.ts';
import type { WorkerReply, WorkerRequest } from './worker.ts';

type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

class Maker {
  private readonly worker: Worker;
  private next = 0;
  private readonly waiting = new Map<number, { resolve(reply: WorkerReply): void; reject(error: Error): void }>();
  constructor(url: string) {
    this.worker = new Worker(url);
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const waiter = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      if (event.data.error) waiter?.reject(new Error(event.data.error));
      else waiter?.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error(`worker: ${event.message}`));
      this.waiting.clear();
    };
  }
  ask(request: Request): Promise<WorkerReply> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }
  terminate() {
    this.worker.terminate();
  }
}

export interface LookupSample {
  query: string;
  lang: string;
  ms: number;
  /** 1-based rank of the true counterpart among the results (0: not among them). */
  rank: number;
  /** 1-based rank among the English results. */
  rankEn: number;
  results: number;
  topScore: number;
  /** 1-based rank of the true counterpart among the English candidates ranked, threshold or not (0: not among the ten best). */
  rankedEn: number;
}

export interface ProfileSample {
  query: string;
  rank: number;
  rankEn: number;
  total: number;
  phases: Record<string, number>;
  /** The query's probe keys (frequencies read), those probed, index entries read, cards loaded. */
  keys: number;
  probes: number;
  entriesRead: number;
  candidates: number;
}

interface State {
  storage: LibraryStorage;
  raw: IDBPDatabase;
  makers: Maker[];
  corpus: CorpusDocument[];
  made: Synthesiser;
  /** Next index of the synthetic library to store. */
  filled: number;
  /** In how many stored articles each anchor occurs (counted while filling). */
  frequency: Map<string, number>;
}
let state: State | undefined;
const ready = () => {
  if (!state) throw new Error('libraryBench.init() first');
  return state;
};

function rankOf(results: ReadonlyArray<{ id: string; lang: string }>, truth: string): { rank: number; rankEn: number } {
  const en = results.filter((r) => r.lang === 'en');
  return { rank: results.findIndex((r) => r.id === truth) + 1, rankEn: en.findIndex((r) => r.id === truth) + 1 };
}

/**
 * The real newstest documents of these corpus indices as queries, with their anchors (computed
 * here, untimed) and the id of their true English counterpart; ends once `maxMs` have passed.
 */
function* queriesFor(
  queryIndices: readonly number[],
  maxMs: number,
): Generator<{ article: LibraryEntry; anchors: string[]; truth: string }> {
  const s = ready();
  const until = performance.now() + maxMs;
  for (const index of queryIndices) {
    if (performance.now() > until) return;
    const article = s.made.article(index);
    const anchors = storyAnchors({ title: article.title, text: article.text, lang: article.lang });
    yield { article, anchors, truth: realId('en', s.corpus[index]!.docid) };
  }
}

const api = {
  async init(workers: number): Promise<{ corpus: number; workers: number; hardwareConcurrency: number }> {
    const corpus = (await (await fetch('/corpus.json')).json()) as CorpusDocument[];
    const storage = await LibraryStorage.open();
    // A second connection to the same database, for the profiled replica of findCounterparts.
    const raw = await openDB(LIBRARY_DB_NAME);
    const makers = Array.from({ length: workers }, () => new Maker('/worker.js'));
    await Promise.all(makers.map((maker) => maker.ask({ type: 'init', corpusUrl: '/corpus.json' })));
    state = {
      storage,
      raw,
      makers,
      corpus,
      made: synthesiser(corpus),
      filled: await storage.count(),
      frequency: new Map(),
    };
    return { corpus: corpus.length, workers, hardwareConcurrency: navigator.hardwareConcurrency };
  },

  async estimate(): Promise<{ usage: number; quota: number; details?: unknown }> {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: unknown };
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, details: estimate.usageDetails };
  },

  count: () => ready().storage.count(),

  /** Stores articles filled … upTo − 1 of the synthetic library, `chunk` a transaction (LibraryStorage.importEntries). */
  async fill(
    upTo: number,
    chunk = 1000,
  ): Promise<{ added: number; ms: number; workerMs: number; importMs: number; anchors: number; chars: number }> {
    const s = ready();
    const started = performance.now();
    let next = s.filled;
    let turn = 0;
    const pending: Array<Promise<WorkerReply>> = [];
    const request = () => {
      if (next >= upTo) return;
      const from = next;
      next = Math.min(upTo, next + chunk);
      pending.push(s.makers[turn++ % s.makers.length]!.ask({ type: 'make', from, to: next, anchors: true }));
    };
    for (let i = 0; i < s.makers.length * 2; i++) request();
    let workerMs = 0;
    let importMs = 0;
    let added = 0;
    let anchors = 0;
    let chars = 0;
    while (pending.length > 0) {
      const reply = await pending.shift()!;
      request();
      const entries = reply.entries ?? [];
      workerMs += reply.ms;
      const t0 = performance.now();
      const { imported } = await s.storage.importEntries(entries);
      importMs += performance.now() - t0;
      added += imported;
      for (const entry of entries) {
        anchors += entry.anchors.length;
        chars += entry.text.length;
        for (const anchor of entry.anchors) s.frequency.set(anchor, (s.frequency.get(anchor) ?? 0) + 1);
      }
    }
    s.filled = upTo;
    return { added, ms: performance.now() - started, workerMs, importMs, anchors, chars };
  },

  /**
   * Storing one new article, `samples` times each way: LibraryStorage.save with the anchors
   * computed beforehand, and storyAnchors + save. The new articles (synthetic indices from
   * `firstIndex`, not in the library) are deleted afterwards, untimed.
   */
  async store(
    samples: number,
    firstIndex: number,
  ): Promise<{ save: number[]; anchorsAndSave: number[]; anchorsOnly: number[]; fold: number[] }> {
    const s = ready();
    const reply = await s.makers[0]!.ask({
      type: 'make',
      from: firstIndex,
      to: firstIndex + 2 * samples,
      anchors: false,
    });
    const entries = reply.entries ?? [];
    const save: number[] = [];
    const anchorsAndSave: number[] = [];
    const anchorsOnly: number[] = [];
    const fold: number[] = [];
    // Each save as a page load makes it: the library idle (the last save's journal folded in,
    // which is timed on its own: the work a save leaves for after it).
    await s.storage.settled();
    for (const entry of entries.slice(0, samples)) {
      entry.anchors = storyAnchors({ title: entry.title, text: entry.text, lang: entry.lang });
      const t0 = performance.now();
      await s.storage.save(entry);
      const t1 = performance.now();
      await s.storage.settled();
      save.push(t1 - t0);
      fold.push(performance.now() - t1);
    }
    for (const entry of entries.slice(samples)) {
      const t0 = performance.now();
      entry.anchors = storyAnchors({ title: entry.title, text: entry.text, lang: entry.lang });
      const t1 = performance.now();
      await s.storage.save(entry);
      anchorsAndSave.push(performance.now() - t0);
      anchorsOnly.push(t1 - t0);
      await s.storage.settled();
    }
    for (const entry of entries) await s.storage.delete(entry.id);
    await s.storage.settled();
    return { save, anchorsAndSave, anchorsOnly, fold };
  },

  /**
   * What single requests cost in this library: store.count() (what findCounterparts asks
   * first), and store.getKey of a stored id, each in its own read transaction (median of `n`).
   */
  async requestCosts(n = 15): Promise<{ count: number; getKey: number; getKeys100: number }> {
    const s = ready();
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const counts: number[] = [];
    const getKeys: number[] = [];
    const batches: number[] = [];
    const ids = Array.from({ length: 100 }, (_, i) => s.made.article(i * 7).id);
    for (let i = 0; i < n; i++) {
      let t0 = performance.now();
      await s.raw.transaction('articles').store.count();
      counts.push(performance.now() - t0);
      t0 = performance.now();
      await s.raw.transaction('articles').store.getKey(ids[i % ids.length]!);
      getKeys.push(performance.now() - t0);
      t0 = performance.now();
      const tx = s.raw.transaction('articles');
      await Promise.all(ids.map((id) => tx.store.getKey(id)));
      batches.push(performance.now() - t0);
    }
    return { count: median(counts), getKey: median(getKeys), getKeys100: median(batches) };
  },

  /** The real documents that are queries (not English), as corpus indices. */
  queries(): number[] {
    const s = ready();
    return s.corpus.flatMap((doc, index) => (doc.lang === 'en' ? [] : [index]));
  },

  /** LibraryStorage.findCounterparts for real newstest documents (anchors computed beforehand), with the true counterpart's rank. */
  async lookup(queryIndices: number[], maxMs = Infinity): Promise<LookupSample[]> {
    const s = ready();
    // The fill's journal folded in first (as it is a moment after an import).
    await s.storage.settled();
    const samples: LookupSample[] = [];
    for (const { article, anchors, truth } of queriesFor(queryIndices, maxMs)) {
      // The trace only keeps what the lookup has at hand anyway (the ranked list), untimed by it.
      const trace: LookupTrace = { now: () => 0, phases: {} };
      const t0 = performance.now();
      const results = await s.storage.findCounterparts(
        { anchors, lang: article.lang, published: article.published, id: article.id },
        trace,
      );
      const ms = performance.now() - t0;
      samples.push({
        query: article.id,
        lang: article.lang,
        ms,
        ...rankOf(results, truth),
        results: results.length,
        topScore: results[0]?.score ?? 0,
        rankedEn: rankOf(trace.ranked ?? [], truth).rankEn,
      });
    }
    return samples;
  },

  /** LibraryStorage.findCounterparts with its trace: where each lookup's time goes and what it reads. */
  async profile(queryIndices: number[], maxMs = Infinity): Promise<ProfileSample[]> {
    const s = ready();
    const samples: ProfileSample[] = [];
    for (const { article, anchors, truth } of queriesFor(queryIndices, maxMs)) {
      const trace: LookupTrace = { now: () => performance.now(), phases: {} };
      const started = performance.now();
      const results = await s.storage.findCounterparts(
        { anchors, lang: article.lang, published: article.published, id: article.id },
        trace,
      );
      samples.push({
        query: article.id,
        ...rankOf(results, truth),
        total: performance.now() - started,
        phases: trace.phases,
        keys: trace.keys ?? 0,
        probes: trace.probes ?? 0,
        entriesRead: trace.entriesRead ?? 0,
        candidates: trace.candidates ?? 0,
      });
    }
    return samples;
  },

  /** Anchors of the stored library (counted as it was filled): how many distinct, the commonest, and how many are held by ≤ n articles. */
  anchorSpread(): { entries: number; distinct: number; top: Array<[string, number]>; atMost: Array<[number, number]> } {
    const s = ready();
    const counts = [...s.frequency.entries()].sort((a, b) => b[1] - a[1]);
    const entries = counts.reduce((sum, [, n]) => sum + n, 0);
    const atMost = [1, 10, 100, 1000, 10000].map((limit): [number, number] => [
      limit,
      counts.filter(([, n]) => n <= limit).length,
    ]);
    return { entries, distinct: counts.length, top: counts.slice(0, 10), atMost };
  },

  close(): void {
    const s = state;
    if (!s) return;
    for (const maker of s.makers) maker.terminate();
    s.raw.close();
    s.storage.close();
    state = undefined;
  },
};

export type LibraryBench = typeof api;
(globalThis as unknown as { libraryBench: LibraryBench }).libraryBench = api;
