/**
 * Finding an article's counterpart: the stored article in another language that tells the
 * same story. Candidates are compared by the anchors they share (utils/match/story-anchors.ts),
 * each weighted by its kind and by its rarity in the library (IDF).
 */
import { primaryLang } from '../language/lang-codes.ts';
import { ORDERED_KINDS, orderAgreement, sequenceAgreement } from './order-agreement.ts';
import { storyAnchors, type AnchorInput } from './story-anchors.ts';
import type { LangCode } from '../types.ts';

export interface MatchCandidate {
  id: string;
  lang: LangCode;
  anchors: string[];
  published?: string | null;
}

export interface MatchQuery {
  anchors: string[];
  lang: LangCode;
  published?: string | null;
}

export interface RankOptions {
  /**
   * In how many stored articles an anchor occurs (the query's own article included or not);
   * undefined when the library does not count that anchor (its kind's typical weight is used).
   * Only the query's anchors are asked about.
   */
  documentFrequency?: (anchor: string) => number | undefined;
  /** How many articles the library holds. */
  librarySize?: number;
  /** At most this many results (default 10). */
  limit?: number;
}

/** A score at or above it means "the same story"; below it, no counterpart is shown. */
export const MATCH_THRESHOLD = 0.35;

/** How much one shared anchor of a kind says about two texts telling the same story. */
const KIND_WEIGHT: Readonly<Record<string, number>> = {
  w: 1,
  f: 0.6,
  p: 0.5,
  k: 0.3,
  n: 1,
  y: 0.5,
  d: 1.2,
  pc: 1,
  u: 0.8,
};

/** When the library's statistics are not known: a typical IDF per kind. */
const PRIOR_IDF: Readonly<Record<string, number>> = {
  w: 4,
  f: 4,
  p: 2.5,
  k: 3,
  n: 3.5,
  y: 2,
  d: 4,
  pc: 3.5,
  u: 3,
};

function kindOf(anchor: string): string {
  const colon = anchor.indexOf(':');
  return colon > 0 ? anchor.slice(0, colon) : '';
}

/** The weight of an anchor: its kind's weight times its rarity. */
type AnchorWeight = (anchor: string) => number;

interface WeightCache {
  weight: Map<string, number>;
  unshared: Map<string, number>;
}

/** Anchor weights per documentFrequency function and library size, reused across queries. */
const weightCaches = new WeakMap<(anchor: string) => number | undefined, Map<number, WeightCache>>();

/** How much one shared anchor of this anchor's kind says (before its rarity). */
export function kindWeight(anchor: string): number {
  return KIND_WEIGHT[kindOf(anchor)] ?? 0.5;
}

interface Weights {
  /** An anchor's weight: its kind's weight times its IDF. */
  weight: AnchorWeight;
  /** What an anchor of a candidate counts toward the candidate's total when the query does not share it. */
  unshared: AnchorWeight;
  size: number;
}

function weightFunctions(options: RankOptions | undefined, candidates: MatchCandidate[]): Weights {
  let df = options?.documentFrequency;
  let size = options?.librarySize;
  let cache: WeightCache | undefined;
  if (df) {
    size = Math.max(size ?? 0, 1);
    let bySize = weightCaches.get(df);
    if (!bySize) weightCaches.set(df, (bySize = new Map<number, WeightCache>()));
    cache = bySize.get(size);
    if (!cache) bySize.set(size, (cache = { weight: new Map(), unshared: new Map() }));
  } else {
    // No library statistics: count among the candidates themselves.
    const counts = new Map<string, number>();
    for (const candidate of candidates) for (const a of candidate.anchors) counts.set(a, (counts.get(a) ?? 0) + 1);
    df = (anchor) => counts.get(anchor) ?? 0;
    size = Math.max(candidates.length, 1);
    cache = { weight: new Map(), unshared: new Map() };
  }
  const lookup = df;
  // Smoothed: a small library is taken as drawn from a larger background where anchors are
  // rare, so that two articles sharing names in a library of three still count as evidence.
  const n = size + BACKGROUND_ARTICLES;
  const { weight: weightCache, unshared: unsharedCache } = cache;
  const priorScale = Math.log(n + 1) / PRIOR_SCALE;
  const compute = (anchor: string, count: number | undefined) =>
    count === undefined
      ? priorWeight(anchor) * priorScale
      : kindWeight(anchor) * Math.max(Math.log((n + 1) / Math.max(count, 1)), 0);
  const weight = (anchor: string) => {
    let w = weightCache.get(anchor);
    if (w === undefined) weightCache.set(anchor, (w = compute(anchor, lookup(anchor))));
    return w;
  };
  // A candidate's anchors that the query lacks count with the typical weight of their kind
  // for a library this size, whatever documentFrequency says of them: a caller often knows
  // the frequencies of the query's anchors only (an index lookup each), and the score must
  // not depend on it.
  const unshared = (anchor: string) => {
    let w = unsharedCache.get(anchor);
    if (w === undefined)
      unsharedCache.set(anchor, (w = priorWeight(anchor) * priorScale * (DERIVED.test(anchor) ? DERIVED_UNSHARED : 1)));
    return w;
  };
  return { weight, unshared, size: n };
}

/** Articles added to the library size for IDF (smoothing for small libraries). */
const BACKGROUND_ARTICLES = 500;

/** Spelling keys derived from a name (f:, p:, k:): the name's w: anchor already counts it, so unshared they count half. */
const DERIVED = /^[fpk]:/;
const DERIVED_UNSHARED = 0.5;

/** Weights of the anchors with no library: the typical IDF of the kind. */
const priorWeight: AnchorWeight = (anchor) => kindWeight(anchor) * (PRIOR_IDF[kindOf(anchor)] ?? 2);

/** isSameStory: the IDF scale of the prior weights, and a gain that puts its scores on rankCounterparts' scale. */
const PRIOR_SCALE = 6;
const SAME_STORY_GAIN = 3.3;

/**
 * The score of a candidate from the weight it shares with the query (`shared`), the weight
 * of the query's anchors that could be shared at all (`matchable`: those found in some
 * article of the other languages) and the candidate's own weight: a cosine of the two
 * anchor sets, damped while the shared evidence is small in absolute terms (a name and a
 * year in common say little, however short the articles). `scale` is the IDF of an anchor
 * seen once in the library, which the absolute evidence is measured in.
 */
function combine(shared: number, matchable: number, candidateTotal: number, scale: number): number {
  if (shared <= 0 || matchable <= 0 || candidateTotal <= 0) return 0;
  const cosine = Math.min(1, shared / Math.sqrt(matchable * candidateTotal));
  const evidence = 1 - Math.exp(-shared / (2.5 * scale));
  return cosine * evidence;
}

/** At least this share of the query's weight counts as matchable (few candidates). */
const MIN_MATCHABLE = 0.1;

function publishedTime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** A factor for publication dates: a counterpart appears within days, not months. */
function timeFactor(a: string | null | undefined, b: string | null | undefined): number {
  const ta = publishedTime(a);
  const tb = publishedTime(b);
  if (ta === undefined || tb === undefined) return 1;
  const days = Math.abs(ta - tb) / 86_400_000;
  if (days <= 3) return 1;
  return Math.max(0.5, 1 - (days - 3) / 60);
}

/** Weight of the anchors' order in the score: a factor from ORDER_FLOOR (no order kept) to 1. */
const ORDER_FLOOR = 0.2;

function rounded(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 10_000) / 10_000;
}

/**
 * Ranks the candidates as counterparts of the query, best first, with scores in [0, 1]
 * (at most `limit`, default 10; candidates sharing no anchor are left out, and so are those
 * in the query's own language). Pass as candidates the stored articles (of the wanted
 * language) that share anchors with the query, the more the better: the weight of the
 * query's anchors found in any of them is what a score is measured against. Without
 * documentFrequency, anchors are counted among the candidates.
 */
export function rankCounterparts(
  query: MatchQuery,
  candidates: MatchCandidate[],
  options?: RankOptions,
): Array<{ id: string; score: number }> {
  const queryLang = primaryLang(query.lang);
  const others = candidates.filter((candidate) => queryLang === 'und' || primaryLang(candidate.lang) !== queryLang);
  const { weight, unshared, size } = weightFunctions(options, candidates);
  const queryWeights = new Map<string, number>();
  const queryPositions = new Map<string, number>();
  let queryTotal = 0;
  query.anchors.forEach((anchor, index) => {
    if (queryWeights.has(anchor)) return;
    const w = weight(anchor);
    queryWeights.set(anchor, w);
    if (ORDERED_KINDS.test(anchor)) queryPositions.set(anchor, index);
    queryTotal += w;
  });
  const matched = new Set<string>();
  const scored: Array<{ candidate: MatchCandidate; shared: number; total: number; positions: number[] }> = [];
  for (const candidate of others) {
    let shared = 0;
    let total = 0;
    const positions: number[] = [];
    for (const anchor of candidate.anchors) {
      const q = queryWeights.get(anchor);
      if (q === undefined) {
        total += unshared(anchor);
      } else {
        total += q;
        shared += q;
        matched.add(anchor);
        const at = queryPositions.get(anchor);
        if (at !== undefined) positions.push(at);
      }
    }
    if (shared > 0) scored.push({ candidate, shared, total, positions });
  }
  let matchable = 0;
  for (const anchor of matched) matchable += queryWeights.get(anchor) ?? 0;
  matchable = Math.max(matchable, MIN_MATCHABLE * queryTotal);
  const scale = Math.log(size + 1); // size is already smoothed
  const results = scored.map(({ candidate, shared, total, positions }) => {
    const base = combine(shared, matchable, total, scale);
    const order = ORDER_FLOOR + (1 - ORDER_FLOOR) * sequenceAgreement(positions);
    return { id: candidate.id, score: rounded(base * order * timeFactor(query.published, candidate.published)) };
  });
  results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return results.slice(0, options?.limit ?? 10);
}

/** Scripts whose texts are much shorter in characters than a Latin-script translation. */
const DENSE_SCRIPT_LANGS: ReadonlySet<string> = new Set(['zh', 'ja', 'ko', 'th', 'lo', 'km', 'my', 'bo', 'yue', 'wuu']);

/** Below this length ratio, two texts in alphabetic scripts are unlikely to be translations. */
const MIN_LENGTH_RATIO = 0.6;

/**
 * A translation is about as long as its original (newstest2014: ratio ≥ 0.75 for 99% of the
 * pairs); another newsroom's article on the same event often is not.
 */
function lengthFactor(a: AnchorInput, b: AnchorInput): number {
  if (DENSE_SCRIPT_LANGS.has(a.lang.toLowerCase()) || DENSE_SCRIPT_LANGS.has(b.lang.toLowerCase())) return 1;
  const la = a.title.length + a.text.length;
  const lb = b.title.length + b.text.length;
  if (la === 0 || lb === 0) return 0;
  const ratio = Math.min(la, lb) / Math.max(la, lb);
  return Math.min(1, ratio / MIN_LENGTH_RATIO);
}

/** Whether two articles (say a page and the page its alternate link leads to) tell the same story. */
export function isSameStory(a: AnchorInput, b: AnchorInput): { same: boolean; score: number } {
  const listA = storyAnchors(a);
  const anchorsA = new Set(listA);
  const anchorsB = storyAnchors(b);
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const anchor of anchorsA) totalA += priorWeight(anchor);
  for (const anchor of anchorsB) {
    const w = priorWeight(anchor);
    totalB += w;
    if (anchorsA.has(anchor)) shared += w;
  }
  const scale = PRIOR_SCALE;
  const cosine = shared > 0 ? Math.min(1, shared / Math.sqrt(totalA * totalB)) : 0;
  const evidence = 1 - Math.exp(-shared / (2.5 * scale));
  const score = rounded(
    cosine *
      evidence *
      SAME_STORY_GAIN *
      orderAgreement(listA, anchorsB) *
      lengthFactor(a, b) *
      timeFactor(a.published, b.published),
  );
  return { same: score >= MATCH_THRESHOLD, score };
}
