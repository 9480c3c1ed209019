/**
 * Bitext sentence alignment without a dictionary or a model: dynamic programming over beads
 * 0-1, 1-0, 1-1, 2-1, 1-2, 2-2, 3-1, 1-3, each scored by
 * - a prior per bead type,
 * - Gale–Church length agreement, in characters without spaces scaled by the pair's overall
 *   length ratio (so it compares across scripts),
 * - lexical agreement: how much of each sentence the other side covers (cosines of tf-idf
 *   vectors of what survives translation: numbers, names, cognate prefixes, punctuation;
 *   see sentence-features.ts), plus on shorter texts a lexicon learnt from a first pass over
 *   the pair itself,
 * - a fragment that starts in lower case joins the sentence before more cheaply,
 * - paragraph boundaries as soft landmarks.
 * Omitted or added sentences cost a fixed skip penalty, so they come out as 1-0 / 0-1.
 * Long texts are aligned in a band around a path of high-confidence landmarks (a diagonal
 * band when there are none), never more than linearly many cells, and at most
 * `maxSentences` sentences of each side are aligned: the rest come out unpaired (score 0).
 * So time and memory are bounded whatever the input. Pure: runs in Node, extension pages
 * and workers.
 */
import { bandCells, landmarkBand, findLandmarks, fullBand, type Band } from './landmarks.ts';
import { sentenceFeatures } from './sentence-features.ts';
import { expectedLengthRatio } from './length-ratio.ts';
import { learnLexicon } from './learn-lexicon.ts';
import { DotCache } from './dot-cache.ts';
import { buildBitextVectors, KeyInterner, mergeIds } from './bitext-vectors.ts';
import type { Bead, SegmentedText } from '../types.ts';

export interface AlignTuning {
  /** Weight of the lexical agreement bonus (see DotCache.coverage). */
  lexicalWeight?: number;
  /** Weight of the length cost. */
  lengthWeight?: number;
  /** Variance of the length difference per character (Gale–Church: 6.8). */
  lengthVariance?: number;
  /** Cost of leaving one sentence unpaired (1-0 or 0-1). */
  skipCost?: number;
  /** Cost taken off a bead that joins a sentence fragment to the sentence it continues. */
  continuationBonus?: number;
  /** Prior costs of the bead types besides 1-1 (which is 0). */
  mergeCost?: number;
  doubleMergeCost?: number;
  /** Prior cost of 3-1 and 1-3 beads. */
  tripleMergeCost?: number;
  /** Cost of a bead joining two sentences from different paragraphs, and of a paragraph boundary met on one side only. */
  paragraphCost?: number;
  /** Rounds of lexicon learning and re-alignment (0 = off). */
  lexiconRounds?: number;
  lexiconMinCount?: number;
  lexiconMinDice?: number;
  lexiconWeight?: number;
  /**
   * Temperature of the bead posteriors given as scores (texts searched whole; long texts get
   * a cheaper margin-based score); 0 = always the margin-based score.
   */
  posteriorTemperature?: number;
  /** Up to this many DP cells, the full matrix is searched; above it, a band around landmarks. */
  maxFullCells?: number;
  /** Half-width of the band (rows) around the landmark path. */
  bandWidth?: number;
  /**
   * Sentences aligned per side at most: only the first `maxSentences` of each side are
   * aligned, the others come out unpaired with score 0 (see AlignStats.truncated).
   */
  maxSentences?: number;
}

/** What an alignment cost: its search space and the work done (for bounds checks and benches). */
export interface AlignStats {
  /** Sentences of each side that were aligned (the others left unpaired). */
  alignedA: number;
  alignedB: number;
  /** Some sentences were left unaligned because a side has more than maxSentences. */
  truncated: boolean;
  /** Searched in a band rather than the full matrix. */
  banded: boolean;
  /** Landmark pairs the band follows. */
  landmarks: number;
  /** Cells of the search space. */
  bandCells: number;
  /** Cells evaluated, summed over every pass of the dynamic programme. */
  cellsVisited: number;
  /** Dot products cached (the largest cache), and posting entries walked to fill caches (all passes). */
  cachedDots: number;
  postingSteps: number;
}

export interface AlignOptions extends AlignTuning {
  /** Called once with what the alignment cost. */
  onStats?: (stats: AlignStats) => void;
}

/** Sentences aligned per side by default; a side beyond it is aligned up to here only. */
export const MAX_ALIGNED_SENTENCES = 20_000;

export const defaultAlignOptions: Required<AlignTuning> = {
  // tuned on Text+Berg dev only (coordinate search, multiplicative steps, objective strict F1 +
  // 0.3 lax F1); never on test
  lexicalWeight: 20.16,
  lengthWeight: 1,
  lengthVariance: 4.896,
  skipCost: 2.058,
  mergeCost: 2.52,
  doubleMergeCost: 3.175,
  tripleMergeCost: 4.62,
  continuationBonus: 0.7,
  paragraphCost: 1,
  lexiconRounds: 1,
  lexiconMinCount: 2,
  lexiconMinDice: 0.6,
  lexiconWeight: 1,
  posteriorTemperature: 1,
  maxFullCells: 1_500_000,
  bandWidth: 40,
  maxSentences: MAX_ALIGNED_SENTENCES,
};

/** Bead types: [A sentences, B sentences]. */
const TYPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];

/** -log(erfc(z)) for z >= 0 (Numerical Recipes' Chebyshev fit, computed in log space). */
function negLogErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628288 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) + poly);
}

interface Prepared {
  n: number;
  m: number;
  prefixA: Float64Array;
  prefixB: Float64Array;
  ratio: number;
  paraA: number[];
  paraB: number[];
  useParagraphs: boolean;
  /** contA[i]: sentence i of A continues the one before (starts in lower case). */
  contA: Uint8Array;
  contB: Uint8Array;
}

class Scorer {
  constructor(
    private readonly p: Prepared,
    private readonly cache: DotCache,
    private readonly o: Required<AlignTuning>,
  ) {}

  lengthCost(la: number, lb: number): number {
    const b = lb / this.p.ratio;
    const sum = la + b;
    if (sum <= 0) return 0;
    const delta = Math.abs(b - la) / Math.sqrt((this.o.lengthVariance * sum) / 2);
    return Math.min(40, negLogErfc(delta / Math.SQRT2));
  }

  /** Cost of the bead made of A sentences [i - da, i) and B sentences [j - db, j). */
  cost(i: number, j: number, da: number, db: number): number {
    const o = this.o;
    const p = this.p;
    if (da === 0 || db === 0) return o.skipCost;
    let cost = 0;
    if (da + db === 3) cost += o.mergeCost;
    else if (da === 2 && db === 2) cost += o.doubleMergeCost;
    else if (da + db === 4) cost += o.tripleMergeCost;
    const la = p.prefixA[i]! - p.prefixA[i - da]!;
    const lb = p.prefixB[j]! - p.prefixB[j - db]!;
    cost += o.lengthWeight * this.lengthCost(la, lb);
    cost -= o.lexicalWeight * this.cache.coverage(i - da, i - 1, j - db, j - 1);
    // joining a fragment to the sentence it continues is cheap
    for (let k = i - da + 1; k < i; k++) if (p.contA[k]) cost -= o.continuationBonus;
    for (let k = j - db + 1; k < j; k++) if (p.contB[k]) cost -= o.continuationBonus;
    if (p.useParagraphs) {
      if (da >= 2 && p.paraA[i - da] !== p.paraA[i - 1]) cost += o.paragraphCost;
      if (db >= 2 && p.paraB[j - db] !== p.paraB[j - 1]) cost += o.paragraphCost;
    }
    return cost;
  }

  /** Soft landmark: a paragraph boundary met on one side but not the other. */
  boundaryCost(i: number, j: number): number {
    const p = this.p;
    if (!p.useParagraphs || i === 0 || j === 0 || i === p.n || j === p.m) return 0;
    const endA = p.paraA[i - 1] !== p.paraA[i];
    const endB = p.paraB[j - 1] !== p.paraB[j];
    return endA !== endB ? this.o.paragraphCost * 0.5 : 0;
  }
}

function runDp(p: Prepared, band: Band, scorer: Scorer): { beads: Bead[]; costs: number[]; cells: number } {
  const { n } = p;
  const { lo, hi } = band;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i]! + (hi[i]! - lo[i]! + 1);
  const total = rowStart[n + 1]!;
  const cost = new Float64Array(total).fill(Infinity);
  const back = new Uint8Array(total).fill(255);
  const at = (i: number, j: number): number => (j < lo[i]! || j > hi[i]! ? -1 : rowStart[i]! + j - lo[i]!);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = rowStart[i]! + j - lo[i]!;
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestType = 255;
      for (let t = 0; t < TYPES.length; t++) {
        const [da, db] = TYPES[t]!;
        if (i < da || j < db) continue;
        const from = at(i - da, j - db);
        if (from < 0) continue;
        const before = cost[from]!;
        if (before === Infinity) continue;
        const c = before + scorer.cost(i, j, da, db);
        if (c < best) {
          best = c;
          bestType = t;
        }
      }
      cost[here] = best + scorer.boundaryCost(i, j);
      back[here] = bestType;
    }
  }
  const beads: Bead[] = [];
  const costs: number[] = [];
  let i = n;
  let j = p.m;
  while (i > 0 || j > 0) {
    const index = at(i, j);
    const t = index < 0 ? 255 : back[index]!;
    const type = TYPES[t];
    if (!type) throw new Error(`alignment band broken at ${i},${j}`);
    const [da, db] = type;
    beads.push({
      a: Array.from({ length: da }, (_, k) => i - da + k),
      b: Array.from({ length: db }, (_, k) => j - db + k),
    });
    costs.push(scorer.cost(i, j, da, db));
    i -= da;
    j -= db;
  }
  beads.reverse();
  costs.reverse();
  return { beads, costs, cells: total };
}

/** -T log(e^(-x/T) + e^(-y/T)), stable. */
function softMin(x: number, y: number, temperature: number): number {
  if (x === Infinity) return y;
  if (y === Infinity) return x;
  const low = Math.min(x, y);
  return low - temperature * Math.log1p(Math.exp(-Math.abs(x - y) / temperature));
}

/**
 * Confidence per bead as its posterior probability under all alignments in the band, each
 * weighted exp(-cost / T) (forward–backward with soft minima): how sure the aligner is of
 * this very bead, given every other way of pairing the sentences around it.
 */
function posteriorScores(p: Prepared, band: Band, scorer: Scorer, beads: Bead[], temperature: number): void {
  const { n, m } = p;
  const { lo, hi } = band;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i]! + (hi[i]! - lo[i]! + 1);
  const total = rowStart[n + 1]!;
  const at = (i: number, j: number): number =>
    i < 0 || i > n || j < lo[i]! || j > hi[i]! ? -1 : rowStart[i]! + j - lo[i]!;
  const forward = new Float64Array(total).fill(Infinity);
  const backward = new Float64Array(total).fill(Infinity);
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let acc = Infinity;
      for (const [da, db] of TYPES) {
        if (i < da || j < db) continue;
        const from = at(i - da, j - db);
        if (from < 0 || forward[from] === Infinity) continue;
        acc = softMin(acc, forward[from]! + scorer.cost(i, j, da, db), temperature);
      }
      forward[at(i, j)] = acc + scorer.boundaryCost(i, j);
    }
  }
  backward[at(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      if (i === n && j === m) continue;
      let acc = Infinity;
      for (const [da, db] of TYPES) {
        if (i + da > n || j + db > m) continue;
        const to = at(i + da, j + db);
        if (to < 0 || backward[to] === Infinity) continue;
        acc = softMin(
          acc,
          scorer.cost(i + da, j + db, da, db) + scorer.boundaryCost(i + da, j + db) + backward[to]!,
          temperature,
        );
      }
      backward[at(i, j)] = acc;
    }
  }
  const all = forward[at(n, m)]!;
  let i = 0;
  let j = 0;
  for (const bead of beads) {
    const da = bead.a.length;
    const db = bead.b.length;
    const start = at(i, j);
    const end = at(i + da, j + db);
    i += da;
    j += db;
    if (start < 0 || end < 0) continue;
    const path = forward[start]! + scorer.cost(i, j, da, db) + scorer.boundaryCost(i, j) + backward[end]!;
    const posterior = Math.exp(-(path - all) / temperature);
    bead.score = Math.round(Math.min(1, Math.max(0, posterior)) * 1000) / 1000;
  }
}

/** Length ratio B/A over the 1-1 beads of an alignment (0 when there are too few). */
function pairedRatio(beads: Bead[], prefixA: Float64Array, prefixB: Float64Array): number {
  let sumA = 0;
  let sumB = 0;
  let count = 0;
  for (const bead of beads) {
    if (bead.a.length !== 1 || bead.b.length !== 1) continue;
    sumA += prefixA[bead.a[0]! + 1]! - prefixA[bead.a[0]!]!;
    sumB += prefixB[bead.b[0]! + 1]! - prefixB[bead.b[0]!]!;
    count++;
  }
  return count >= 20 && sumA > 0 && sumB > 0 ? sumB / sumA : 0;
}

/** Which sentences continue the previous one: they start in lower case. */
function continuations(sentences: string[]): Uint8Array {
  const out = new Uint8Array(sentences.length);
  for (let k = 1; k < sentences.length; k++) {
    out[k] = /^[\s"'«»„“‚‘([<-]*\p{Ll}/u.test(sentences[k]!) ? 1 : 0;
  }
  return out;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Confidence per bead: how much better the bead is than leaving its sentences unpaired. */
function scoreBeads(beads: Bead[], costs: number[], o: Required<AlignTuning>): void {
  beads.forEach((bead, k) => {
    const c = costs[k]!;
    const size = bead.a.length + bead.b.length;
    if (bead.a.length === 0 || bead.b.length === 0) {
      // an omission is as sure as its neighbours' pairings are good
      const prev = beads[k - 1];
      const next = beads[k + 1];
      const near = [prev, next].filter((x): x is Bead => !!x && x.a.length > 0 && x.b.length > 0);
      const conf = near.length ? Math.min(...near.map((x) => x.score ?? 0.5)) : 0.5;
      bead.score = Math.round(Math.max(0.05, Math.min(0.95, 0.3 + 0.6 * conf)) * 1000) / 1000;
      return;
    }
    const margin = size * o.skipCost - c;
    bead.score = Math.round(sigmoid((margin - o.skipCost) / 2) * 1000) / 1000;
  });
  // omissions were scored from their neighbours before those were scored: rescore them
  beads.forEach((bead, k) => {
    if (bead.a.length > 0 && bead.b.length > 0) return;
    const near = [beads[k - 1], beads[k + 1]].filter((x): x is Bead => !!x && x.a.length > 0 && x.b.length > 0);
    const conf = near.length ? Math.min(...near.map((x) => x.score ?? 0.5)) : 0.5;
    bead.score = Math.round(Math.max(0.05, Math.min(0.95, 0.3 + 0.6 * conf)) * 1000) / 1000;
  });
}

/** The first `count` sentences of a text. */
function head(text: SegmentedText, count: number): SegmentedText {
  if (text.sentences.length <= count) return text;
  return { ...text, sentences: text.sentences.slice(0, count), paragraphOf: text.paragraphOf.slice(0, count) };
}

/**
 * Aligns two segmented texts. Beads come in reading order and cover every sentence index
 * of both sides exactly once; `a: [i], b: []` is an omission. `score` is a confidence in [0, 1].
 * Sentences past `maxSentences` on a side are not aligned: they come last, unpaired, score 0.
 */
export function alignSentences(a: SegmentedText, b: SegmentedText, options: AlignOptions = {}): Bead[] {
  const { onStats, ...tuning } = options;
  const o: Required<AlignTuning> = { ...defaultAlignOptions, ...tuning };
  const limit = Math.max(1, Math.floor(o.maxSentences));
  if (a.sentences.length <= limit && b.sentences.length <= limit) return alignWhole(a, b, o, onStats);
  const beads = alignWhole(head(a, limit), head(b, limit), o, (stats) => onStats?.({ ...stats, truncated: true }));
  for (let i = limit; i < a.sentences.length; i++) beads.push({ a: [i], b: [], score: 0 });
  for (let j = limit; j < b.sentences.length; j++) beads.push({ a: [], b: [j], score: 0 });
  return beads;
}

function alignWhole(
  a: SegmentedText,
  b: SegmentedText,
  o: Required<AlignTuning>,
  onStats?: (stats: AlignStats) => void,
): Bead[] {
  const n = a.sentences.length;
  const m = b.sentences.length;
  const stats: AlignStats = {
    alignedA: n,
    alignedB: m,
    truncated: false,
    banded: false,
    landmarks: 0,
    bandCells: 0,
    cellsVisited: 0,
    cachedDots: 0,
    postingSteps: 0,
  };
  if (n === 0 || m === 0) {
    onStats?.(stats);
    return [
      ...a.sentences.map((_, i): Bead => ({ a: [i], b: [], score: 1 })),
      ...b.sentences.map((_, j): Bead => ({ a: [], b: [j], score: 1 })),
    ];
  }
  const featuresA = a.sentences.map((s) => sentenceFeatures(s));
  const featuresB = b.sentences.map((s) => sentenceFeatures(s));
  const prefixA = new Float64Array(n + 1);
  const prefixB = new Float64Array(m + 1);
  featuresA.forEach((f, i) => (prefixA[i + 1] = prefixA[i]! + f.length));
  featuresB.forEach((f, j) => (prefixB[j + 1] = prefixB[j]! + f.length));
  // the texts' own length ratio, unless it strays far from what the languages lead to expect
  // (one side leaving out a large part)
  const observed = prefixA[n]! > 0 && prefixB[m]! > 0 ? prefixB[m]! / prefixA[n]! : 1;
  const expected = expectedLengthRatio(a.lang, b.lang);
  const ratio = expected > 0 && Math.abs(Math.log(observed / expected)) > Math.log(1.25) ? expected : observed;
  const paraA = a.paragraphOf.length === n ? a.paragraphOf : a.sentences.map(() => 0);
  const paraB = b.paragraphOf.length === m ? b.paragraphOf : b.sentences.map(() => 0);
  const prepared: Prepared = {
    n,
    m,
    prefixA,
    prefixB,
    ratio,
    paraA,
    paraB,
    useParagraphs: (paraA[n - 1] ?? 0) > 0 && (paraB[m - 1] ?? 0) > 0,
    contA: continuations(a.sentences),
    contB: continuations(b.sentences),
  };
  const interner = new KeyInterner();
  const idsA = featuresA.map((f) => interner.sentence(f.keys));
  const idsB = featuresB.map((f) => interner.sentence(f.keys));
  let vectors = buildBitextVectors(idsA, idsB, interner.names);
  let band: Band;
  const banded = (n + 1) * (m + 1) > o.maxFullCells;
  if (!banded) {
    band = fullBand(n, m);
  } else {
    const landmarks = findLandmarks(
      vectors,
      featuresA.map((f) => f.length),
      featuresB.map((f) => f.length),
      ratio,
    );
    band = landmarkBand(landmarks, n, m, o.bandWidth);
    stats.landmarks = landmarks.length;
  }
  stats.banded = banded;
  stats.bandCells = bandCells(band);
  let cache = new DotCache(vectors, band);
  const counted = (c: DotCache): DotCache => {
    stats.cachedDots = Math.max(stats.cachedDots, c.size);
    stats.postingSteps += c.steps;
    return c;
  };
  counted(cache);
  let result = runDp(prepared, band, new Scorer(prepared, cache, o));
  stats.cellsVisited += result.cells;
  // the overall length ratio is skewed by untranslated blocks: re-estimate it from the 1-1 beads
  const paired = pairedRatio(result.beads, prefixA, prefixB);
  if (paired > 0 && Math.abs(Math.log(paired / prepared.ratio)) > 0.05) {
    prepared.ratio = paired;
    result = runDp(prepared, band, new Scorer(prepared, cache, o));
    stats.cellsVisited += result.cells;
  }
  // The learnt lexicon pays on short texts with few shared words (Text+Berg dev: +4 points
  // strict F1); on long texts it costs a second pass and, on news with many shared names and
  // numbers, tends to favour 2-2 beads (newstest: -2 points): long texts go without it.
  const rounds = banded ? 0 : o.lexiconRounds;
  for (let round = 0; round < rounds && n >= 8 && m >= 8; round++) {
    scoreBeads(result.beads, result.costs, o);
    const lexicon = learnLexicon(
      featuresA.map((f) => f.words),
      featuresB.map((f) => f.words),
      result.beads,
      { minCount: o.lexiconMinCount, minDice: o.lexiconMinDice, minScore: 0.5 },
    );
    if (lexicon.pairs === 0) break;
    vectors = buildBitextVectors(
      idsA.map((ids, i) => mergeIds(ids, interner.sentence(lexicon.keysA[i]!))),
      idsB.map((ids, j) => mergeIds(ids, interner.sentence(lexicon.keysB[j]!))),
      interner.names,
      (key) => (key.startsWith('l:') ? o.lexiconWeight : 1),
    );
    cache = counted(new DotCache(vectors, band));
    result = runDp(prepared, band, new Scorer(prepared, cache, o));
    stats.cellsVisited += result.cells;
  }
  scoreBeads(result.beads, result.costs, o);
  if (!banded && o.posteriorTemperature > 0) {
    posteriorScores(prepared, band, new Scorer(prepared, cache, o), result.beads, o.posteriorTemperature);
    stats.cellsVisited += 2 * stats.bandCells;
  }
  onStats?.(stats);
  return result.beads;
}
