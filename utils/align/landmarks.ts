/**
 * The search band of the aligner's dynamic programme for long texts: high-confidence 1-1
 * landmark pairs found by rare shared features (numbers, names, cognates), chained into a
 * monotone path (longest increasing subsequence, weighted), then a band of rows around the
 * path interpolated between landmarks. Time and memory grow about linearly with the texts.
 */
import { lowerBound, sparseDot, type BitextVectors } from './bitext-vectors.ts';

/** For each DP row i (0..n: i sentences of A consumed), the admissible j range, inclusive. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export interface Landmark {
  i: number;
  j: number;
  score: number;
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * Landmark pairs: for each A sentence, the B sentence within a wide diagonal window that
 * shares the most rare-feature weight (cosine), kept when the choice is mutual, the
 * similarity high and the lengths compatible; then the best monotone chain of them.
 */
export function findLandmarks(
  vectors: BitextVectors,
  lengthA: ArrayLike<number>,
  lengthB: ArrayLike<number>,
  ratio: number,
  minSimilarity = 0.25,
): Landmark[] {
  const n = vectors.a.length;
  const m = vectors.b.length;
  if (n === 0 || m === 0) return [];
  const window = Math.max(100, Math.ceil(0.08 * Math.max(n, m)));
  const rareLimit = Math.max(4, Math.ceil(Math.sqrt(n + m) / 4));
  const bestForA = new Int32Array(n).fill(-1);
  const simForA = new Float64Array(n);
  const bestForB = new Int32Array(m).fill(-1);
  const simForB = new Float64Array(m);
  const touched = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const va = vectors.a[i]!;
    const center = Math.round(((i + 0.5) * m) / n);
    const from = Math.max(0, center - window);
    const to = Math.min(m - 1, center + window);
    touched.clear();
    for (let k = 0; k < va.ids.length; k++) {
      const id = va.ids[k]!;
      if (vectors.df[id]! > rareLimit) continue;
      const posting = vectors.postingsB[id]!;
      for (let p = lowerBound(posting.sentence, from); p < posting.sentence.length; p++) {
        const j = posting.sentence[p]!;
        if (j > to) break;
        touched.set(j, 0);
      }
    }
    for (const j of touched.keys()) {
      const vb = vectors.b[j]!;
      const denom = Math.sqrt(va.norm2 * vb.norm2);
      if (denom <= 0) continue;
      const sim = sparseDot(va, vb) / denom;
      const la = lengthA[i]!;
      const lb = lengthB[j]! / ratio;
      if (Math.abs(la - lb) > 0.5 * Math.max(la, lb) + 10) continue;
      if (sim > simForA[i]!) {
        simForA[i] = sim;
        bestForA[i] = j;
      }
      if (sim > simForB[j]!) {
        simForB[j] = sim;
        bestForB[j] = i;
      }
    }
  }
  const candidates: Landmark[] = [];
  for (let i = 0; i < n; i++) {
    const j = bestForA[i]!;
    if (j >= 0 && bestForB[j] === i && simForA[i]! >= minSimilarity) candidates.push({ i, j, score: simForA[i]! });
  }
  return dropOutliers(heaviestChain(candidates), n, m);
}

/**
 * Drops landmarks that stray from their neighbours' diagonal (a repeated sentence paired with
 * its twin far away): each landmark's offset from the main diagonal must be near the median
 * offset of the landmarks around it.
 */
function dropOutliers(chain: Landmark[], n: number, m: number): Landmark[] {
  const slope = m / n;
  const offset = chain.map((a) => a.j - a.i * slope);
  const radius = 5;
  return chain.filter((_landmark, k) => {
    const around: number[] = [];
    for (let x = Math.max(0, k - radius); x <= Math.min(chain.length - 1, k + radius); x++)
      if (x !== k) around.push(offset[x]!);
    if (around.length < 2) return true;
    around.sort((x, y) => x - y);
    const median = around[around.length >> 1]!;
    const spread = Math.abs(chain[Math.min(chain.length - 1, k + radius)]!.i - chain[Math.max(0, k - radius)]!.i);
    return Math.abs(offset[k]! - median) <= 10 + 0.1 * spread;
  });
}

/** The monotone (i and j strictly increasing) subset of landmarks with the largest total score. */
function heaviestChain(candidates: Landmark[]): Landmark[] {
  // candidates are sorted by i, unique in i and in j; weighted LIS over j via a Fenwick tree of maxima
  const k = candidates.length;
  if (k === 0) return [];
  const js = [...new Set(candidates.map((c) => c.j))].sort((x, y) => x - y);
  const rank = new Map(js.map((j, r) => [j, r + 1]));
  const treeScore = new Float64Array(js.length + 1);
  const treeIndex = new Int32Array(js.length + 1).fill(-1);
  const total = new Float64Array(k);
  const previous = new Int32Array(k).fill(-1);
  for (let c = 0; c < k; c++) {
    const r = rank.get(candidates[c]!.j)!;
    let best = 0;
    let bestIndex = -1;
    for (let x = r - 1; x > 0; x -= x & -x) {
      if (treeScore[x]! > best) {
        best = treeScore[x]!;
        bestIndex = treeIndex[x]!;
      }
    }
    total[c] = best + candidates[c]!.score;
    previous[c] = bestIndex;
    for (let x = r; x <= js.length; x += x & -x) {
      if (total[c]! > treeScore[x]!) {
        treeScore[x] = total[c]!;
        treeIndex[x] = c;
      }
    }
  }
  let end = 0;
  for (let c = 1; c < k; c++) if (total[c]! > total[end]!) end = c;
  const chain: Landmark[] = [];
  for (let c = end; c >= 0; c = previous[c]!) chain.push(candidates[c]!);
  return chain.reverse();
}

/** Gaps between landmarks up to this many cells are searched whole. */
const RECTANGLE_CELLS = 2_500_000;

/**
 * Cells a band may hold, per row and column of the texts and per cell of the nominal band
 * width: a landmark band wider than this (landmarks far apart or none at all) is narrowed to
 * a diagonal band around its path, so that time and memory stay linear whatever the input.
 */
export const BAND_CELLS_FACTOR = 2;

/** The most cells a band of half-width `width` over n × m sentences holds (see BAND_CELLS_FACTOR). */
export function bandBudget(n: number, m: number, width: number): number {
  return BAND_CELLS_FACTOR * (n + m + 1) * (2 * width + 1);
}

/** Number of cells of a band: the sum of its row widths. */
export function bandCells(band: Band): number {
  let total = 0;
  for (let i = 0; i < band.lo.length; i++) total += Math.max(0, band.hi[i]! - band.lo[i]! + 1);
  return total;
}

/**
 * A band of half-width `width` (plus a quarter of the distance to the nearer landmark, since
 * the path may wander between landmarks; small gaps between landmarks searched whole) around
 * the landmark path from (0,0) to (n,m). With no landmarks the path is the diagonal. Never
 * more cells than bandBudget(n, m, width): rows are narrowed around the path when needed.
 */
export function landmarkBand(landmarks: Landmark[], n: number, m: number, width: number): Band {
  const points = [{ i: 0, j: 0 }, ...landmarks.map((a) => ({ i: a.i + 0.5, j: a.j + 0.5 })), { i: n, j: m }];
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  /** The path's column in each row (non-decreasing: landmarks are monotone). */
  const center = new Float64Array(n + 1);
  let seg = 0;
  for (let i = 0; i <= n; i++) {
    while (seg + 2 < points.length && points[seg + 1]!.i <= i) seg++;
    const p = points[seg]!;
    const q = points[seg + 1]!;
    const t = q.i > p.i ? (i - p.i) / (q.i - p.i) : 0;
    center[i] = p.j + Math.min(1, Math.max(0, t)) * (q.j - p.j);
    if ((q.i - p.i) * (q.j - p.j) <= RECTANGLE_CELLS) {
      // a small gap between landmarks (or before the first / after the last): search all of it,
      // so that a block of omitted sentences anywhere in it is found
      lo[i] = Math.max(0, Math.floor(p.j - width));
      hi[i] = Math.min(m, Math.ceil(q.j + width));
      continue;
    }
    const slack = width + 0.25 * Math.min(Math.abs(i - p.i), Math.abs(q.i - i));
    lo[i] = Math.max(0, Math.floor(center[i]! - slack));
    hi[i] = Math.min(m, Math.ceil(center[i]! + slack));
  }
  const budget = bandBudget(n, m, width);
  let total = 0;
  for (let i = 0; i <= n; i++) total += hi[i]! - lo[i]! + 1;
  if (total > budget) {
    // Rows of at most 2s+1 cells around the path; closing the band adds at most m cells
    // (the columns a row must skip to reach the next), so the total stays within the budget.
    const s = Math.max(width, Math.floor(((budget - m) / (n + 1) - 1) / 2));
    for (let i = 0; i <= n; i++) {
      lo[i] = Math.max(lo[i]!, Math.floor(center[i]! - s));
      hi[i] = Math.min(hi[i]!, Math.ceil(center[i]! + s) - 1);
      if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
    }
  }
  return closeBand(lo, hi, n, m);
}

/**
 * Makes row ranges usable by the DP: the corners (0,0) and (n,m) inside, both ends
 * non-decreasing, and consecutive rows connected (a row starts no later than one past the
 * previous row's end).
 */
function closeBand(lo: Int32Array, hi: Int32Array, n: number, m: number): Band {
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i - 1]! + 1) lo[i] = hi[i - 1]! + 1;
  return { lo, hi };
}
