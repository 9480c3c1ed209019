/**
 * Page side of the library-scale bench (bundled by esbuild, served from 127.0.0.1): the real
 * LibraryStorage in the page's real IndexedDB, the synthetic library made by Web Workers
 * (worker.ts), and the measurements, exposed as globalThis.libraryBench for the Node runner.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { libraryEntryFault } from '../../../utils/library-entry-fault.ts';
import { LIBRARY_DB_NAME, LibraryStorage } from '../../../utils/library-storage-idb.ts';
import { MATCH_THRESHOLD, rankCounterparts, type MatchCandidate } from '../../../utils/match-counterpart.ts';
import { storyAnchors } from '../../../utils/story-anchors.ts';
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

/** How findCounterparts is parameterised (utils/library-storage-idb.ts at this commit), for the profiled replica. */
export interface ReplicaOptions {
  queryAnchors: number;
  commonShare: number;
  candidates: number;
  /** Not in findCounterparts: also leave out anchors held by more than this many articles. */
  maxProbeCount?: number;
  /** Not in findCounterparts: the library's size as known beforehand (a kept count), instead of store.count(). */
  knownSize?: number;
  /**
   * Not in findCounterparts: each anchor's document frequency from a table kept beside the
   * library (here the counts made while filling, in memory) instead of an index.count per anchor.
   */
  keptFrequency?: boolean;
  /** Not in findCounterparts: leave the query's own language out before keeping the best `candidates` (its ids from the lang index). */
  excludeSameLang?: boolean;
}
export const SHIPPED: ReplicaOptions = { queryAnchors: 150, commonShare: 0.2, candidates: 200 };

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
}

export interface ProfileSample {
  query: string;
  rank: number;
  rankEn: number;
  total: number;
  phases: Record<string, number>;
  anchors: number;
  probes: number;
  keys: number;
  distinct: number;
  loaded: number;
  loadedChars: number;
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

const isSound = (value: unknown): value is LibraryEntry => libraryEntryFault(value) === null;

function rankOf(results: ReadonlyArray<{ id: string; lang: string }>, truth: string): { rank: number; rankEn: number } {
  const en = results.filter((r) => r.lang === 'en');
  return { rank: results.findIndex((r) => r.id === truth) + 1, rankEn: en.findIndex((r) => r.id === truth) + 1 };
}

/**
 * The real newstest documents of these corpus indices as queries, with their anchors (computed
 * here, untimed) and the id of their true English counterpart; ends once `maxMs` have passed.
 */
function* queriesFor(queryIndices: readonly number[], maxMs: number): Generator<{ article: LibraryEntry; anchors: string[]; truth: string }> {
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
    state = { storage, raw, makers, corpus, made: synthesiser(corpus), filled: await storage.count(), frequency: new Map() };
    return { corpus: corpus.length, workers, hardwareConcurrency: navigator.hardwareConcurrency };
  },

  async estimate(): Promise<{ usage: number; quota: number; details?: unknown }> {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: unknown };
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, details: estimate.usageDetails };
  },

  count: () => ready().storage.count(),

  /** Stores articles filled … upTo − 1 of the synthetic library, `chunk` a transaction (LibraryStorage.importEntries). */
  async fill(upTo: number, chunk = 1000): Promise<{ added: number; ms: number; workerMs: number; importMs: number; anchors: number; chars: number }> {
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
  async store(samples: number, firstIndex: number): Promise<{ save: number[]; anchorsAndSave: number[]; anchorsOnly: number[] }> {
    const s = ready();
    const reply = await s.makers[0]!.ask({ type: 'make', from: firstIndex, to: firstIndex + 2 * samples, anchors: false });
    const entries = reply.entries ?? [];
    const save: number[] = [];
    const anchorsAndSave: number[] = [];
    const anchorsOnly: number[] = [];
    for (const entry of entries.slice(0, samples)) {
      entry.anchors = storyAnchors({ title: entry.title, text: entry.text, lang: entry.lang });
      const t0 = performance.now();
      await s.storage.save(entry);
      save.push(performance.now() - t0);
    }
    for (const entry of entries.slice(samples)) {
      const t0 = performance.now();
      entry.anchors = storyAnchors({ title: entry.title, text: entry.text, lang: entry.lang });
      const t1 = performance.now();
      await s.storage.save(entry);
      anchorsAndSave.push(performance.now() - t0);
      anchorsOnly.push(t1 - t0);
    }
    for (const entry of entries) await s.storage.delete(entry.id);
    return { save, anchorsAndSave, anchorsOnly };
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
    const samples: LookupSample[] = [];
    for (const { article, anchors, truth } of queriesFor(queryIndices, maxMs)) {
      const t0 = performance.now();
      const results = await s.storage.findCounterparts({ anchors, lang: article.lang, published: article.published, id: article.id });
      const ms = performance.now() - t0;
      samples.push({
        query: article.id,
        lang: article.lang,
        ms,
        ...rankOf(results, truth),
        results: results.length,
        topScore: results[0]?.score ?? 0,
      });
    }
    return samples;
  },

  /**
   * A step-by-step copy of LibraryStorage.findCounterparts (same requests, same order, same
   * transaction), timing each phase and counting what it reads; `options` can differ from the
   * shipped constants to see what a change would buy (time and rank of the true counterpart).
   */
  async profile(queryIndices: number[], options: ReplicaOptions = SHIPPED, maxMs = Infinity): Promise<ProfileSample[]> {
    const s = ready();
    const samples: ProfileSample[] = [];
    for (const { article, anchors, truth } of queriesFor(queryIndices, maxMs)) {
      const phases: Record<string, number> = {};
      let mark = performance.now();
      const started = mark;
      const lap = (name: string) => {
        const now = performance.now();
        phases[name] = now - mark;
        mark = now;
      };
      const tx = s.raw.transaction('articles');
      const byAnchor = tx.store.index('anchors');
      const librarySize = options.knownSize ?? (await tx.store.count());
      lap('store.count');
      const frequency = new Map<string, number>();
      let sameLang = new Set<IDBValidKey>();
      const [selfStored] = await Promise.all([
        tx.store.getKey(article.id).then((key) => key !== undefined),
        ...anchors.map(async (anchor) =>
          frequency.set(anchor, options.keptFrequency ? (s.frequency.get(anchor) ?? 0) : await byAnchor.count(anchor)),
        ),
        options.excludeSameLang ? tx.store.index('lang').getAllKeys(article.lang).then((keys) => (sameLang = new Set(keys))) : undefined,
      ]);
      lap('index.count per anchor');
      const own = selfStored ? 1 : 0;
      const common = Math.min(Math.max(10, librarySize * options.commonShare), options.maxProbeCount ?? Infinity);
      const probes = anchors
        .filter((anchor) => {
          const others = (frequency.get(anchor) ?? 0) - own;
          return others > 0 && others <= common;
        })
        .sort((x, y) => frequency.get(x)! - frequency.get(y)!)
        .slice(0, options.queryAnchors);
      const keyLists = await Promise.all(probes.map((anchor) => byAnchor.getAllKeys(anchor)));
      lap('index.getAllKeys per probe');
      const shared = new Map<IDBValidKey, number>();
      let keys = 0;
      for (const list of keyLists) {
        keys += list.length;
        for (const key of list) if (key !== article.id && !sameLang.has(key)) shared.set(key, (shared.get(key) ?? 0) + 1);
      }
      const ids = [...shared.entries()]
        .sort((x, y) => y[1] - x[1])
        .slice(0, options.candidates)
        .map(([id]) => id);
      lap('tally keys');
      const entries = (await Promise.all(ids.map((id): Promise<unknown> => tx.store.get(id)))).filter(isSound);
      await tx.done;
      lap('store.get candidates');
      const candidates: MatchCandidate[] = entries
        .filter((e) => e.lang !== article.lang)
        .map((e) => ({ id: e.id, lang: e.lang, anchors: e.anchors, published: e.published }));
      const byId = new Map(entries.map((e) => [e.id, e]));
      const results = rankCounterparts({ anchors, lang: article.lang, published: article.published }, candidates, {
        documentFrequency: (anchor) => Math.max(1, frequency.get(anchor) ?? 1),
        librarySize,
      })
        .filter((r) => r.score >= MATCH_THRESHOLD)
        .map((r) => ({ id: r.id, lang: byId.get(r.id)!.lang }));
      lap('rankCounterparts');
      samples.push({
        query: article.id,
        ...rankOf(results, truth),
        total: performance.now() - started,
        phases,
        anchors: anchors.length,
        probes: probes.length,
        keys,
        distinct: shared.size,
        loaded: entries.length,
        loadedChars: entries.reduce((sum, e) => sum + e.text.length + e.paragraphs.join('').length, 0),
      });
    }
    return samples;
  },

  /** Anchors of the stored library (counted as it was filled): how many distinct, the commonest, and how many are held by ≤ n articles. */
  anchorSpread(): { entries: number; distinct: number; top: Array<[string, number]>; atMost: Array<[number, number]> } {
    const s = ready();
    const counts = [...s.frequency.entries()].sort((a, b) => b[1] - a[1]);
    const entries = counts.reduce((sum, [, n]) => sum + n, 0);
    const atMost = [1, 10, 100, 1000, 10000].map((limit): [number, number] => [limit, counts.filter(([, n]) => n <= limit).length]);
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
