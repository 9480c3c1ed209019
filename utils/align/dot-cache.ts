/**
 * The similarities the aligner's cost needs, for the sentence pairs near the DP band: dot
 * products of the sentences' feature vectors (cached row by row through the inverted index),
 * the norms of sums of up to three consecutive sentences, each sentence's coverage by a group
 * of sentences of the other side. Filling the cache costs one step per shared feature
 * occurrence within reach; texts that share many features everywhere (the same small
 * vocabulary on both sides) would make that cells × sentence length, so past a budget per
 * cached dot product the most frequent shared features are left out of the cached dots
 * (they carry the least weight: tf-idf).
 */
import type { Band } from './landmarks.ts';
import { lowerBound, sparseDot, type BitextVectors } from './bitext-vectors.ts';

/** Posting entries walked per cached dot product at most (real text walks less than one). */
const STEPS_PER_DOT = 32;
/** Steps allowed whatever the cache size. */
const BASE_STEPS = 1_000_000;

/**
 * The shared features to leave out so that filling the cache walks at most `budget` posting
 * entries, most frequent first; null when all fit.
 */
function featuresToSkip(vectors: BitextVectors, from: Int32Array, to: Int32Array, budget: number): Uint8Array | null {
  const work = new Float64Array(vectors.vocabulary);
  let total = 0;
  vectors.a.forEach((va, i) => {
    if (to[i]! < from[i]!) return;
    for (let k = 0; k < va.ids.length; k++) {
      const id = va.ids[k]!;
      const sentences = vectors.postingsB[id]!.sentence;
      const steps = lowerBound(sentences, to[i]! + 1) - lowerBound(sentences, from[i]!);
      work[id] = work[id]! + steps;
      total += steps;
    }
  });
  if (total <= budget) return null;
  const order = Array.from({ length: vectors.vocabulary }, (_, id) => id).sort(
    (x, y) => vectors.df[y]! - vectors.df[x]! || x - y,
  );
  const skip = new Uint8Array(vectors.vocabulary);
  for (const id of order) {
    if (total <= budget) break;
    skip[id] = 1;
    total -= work[id]!;
  }
  return skip;
}

/** Dot products of sentence pairs near the band, cached row by row. */
export class DotCache {
  private readonly offset: Int32Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly values: Float32Array;
  readonly normA: Float64Array;
  readonly normB: Float64Array;
  /** dot(A_i, A_i+1), dot(B_j, B_j+1), and two apart. */
  readonly nextA: Float64Array;
  readonly nextB: Float64Array;
  readonly next2A: Float64Array;
  readonly next2B: Float64Array;
  /** Posting entries walked to fill the cache (the work, for bounds checks). */
  readonly steps: number = 0;
  /** Number of dot products held. */
  get size(): number {
    return this.values.length;
  }

  constructor(
    private readonly vectors: BitextVectors,
    band: Band,
  ) {
    const n = vectors.a.length;
    const m = vectors.b.length;
    this.offset = new Int32Array(n + 1);
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const from = Math.max(0, band.lo[i + 1]! - 3);
      const to = Math.min(m - 1, band.hi[Math.min(n, i + 3)]! - 1);
      this.from[i] = from;
      this.to[i] = Math.max(from - 1, to);
      this.offset[i + 1] = this.offset[i]! + Math.max(0, to - from + 1);
    }
    this.values = new Float32Array(this.offset[n]!);
    const skip = featuresToSkip(vectors, this.from, this.to, STEPS_PER_DOT * this.values.length + BASE_STEPS);
    let steps = 0;
    for (let i = 0; i < n; i++) {
      const va = vectors.a[i]!;
      const from = this.from[i]!;
      const to = this.to[i]!;
      if (to < from) continue;
      const base = this.offset[i]! - from;
      for (let k = 0; k < va.ids.length; k++) {
        if (skip?.[va.ids[k]!]) continue;
        const posting = vectors.postingsB[va.ids[k]!]!;
        const wa = va.weights[k]!;
        const sentences = posting.sentence;
        const start = lowerBound(sentences, from);
        let p = start;
        for (; p < sentences.length; p++) {
          const j = sentences[p]!;
          if (j > to) break;
          this.values[base + j] = this.values[base + j]! + wa * posting.weight[p]!;
        }
        steps += p - start;
      }
    }
    this.steps = steps;
    this.normA = Float64Array.from(vectors.a, (v) => v.norm2);
    this.normB = Float64Array.from(vectors.b, (v) => v.norm2);
    this.nextA = new Float64Array(n);
    for (let i = 0; i + 1 < n; i++) this.nextA[i] = sparseDot(vectors.a[i]!, vectors.a[i + 1]!);
    this.nextB = new Float64Array(m);
    for (let j = 0; j + 1 < m; j++) this.nextB[j] = sparseDot(vectors.b[j]!, vectors.b[j + 1]!);
    this.next2A = new Float64Array(n);
    for (let i = 0; i + 2 < n; i++) this.next2A[i] = sparseDot(vectors.a[i]!, vectors.a[i + 2]!);
    this.next2B = new Float64Array(m);
    for (let j = 0; j + 2 < m; j++) this.next2B[j] = sparseDot(vectors.b[j]!, vectors.b[j + 2]!);
  }

  private static norm(norms: Float64Array, next: Float64Array, next2: Float64Array, from: number, to: number): number {
    let sum = 0;
    for (let k = from; k <= to; k++) sum += norms[k]!;
    for (let k = from; k < to; k++) sum += 2 * next[k]!;
    if (to - from === 2) sum += 2 * next2[from]!;
    return sum;
  }

  dot(i: number, j: number): number {
    if (j >= this.from[i]! && j <= this.to[i]!) return this.values[this.offset[i]! + j - this.from[i]!]!;
    return sparseDot(this.vectors.a[i]!, this.vectors.b[j]!);
  }

  /**
   * How well each sentence of the bead is matched by the other side as a whole, summed over
   * the bead's sentences and halved (a 1-1 bead: its cosine). A sentence that nothing on the
   * other side matches adds nothing, where in the cosine of sums it would only dilute.
   */
  coverage(i0: number, i1: number, j0: number, j1: number): number {
    const na = DotCache.norm(this.normA, this.nextA, this.next2A, i0, i1);
    const nb = DotCache.norm(this.normB, this.nextB, this.next2B, j0, j1);
    if (na <= 0 || nb <= 0) return 0;
    let sum = 0;
    for (let i = i0; i <= i1; i++) {
      let dot = 0;
      for (let j = j0; j <= j1; j++) dot += this.dot(i, j);
      if (dot > 0 && this.normA[i]! > 0) sum += Math.min(1, dot / Math.sqrt(this.normA[i]! * nb));
    }
    for (let j = j0; j <= j1; j++) {
      let dot = 0;
      for (let i = i0; i <= i1; i++) dot += this.dot(i, j);
      if (dot > 0 && this.normB[j]! > 0) sum += Math.min(1, dot / Math.sqrt(this.normB[j]! * na));
    }
    return sum / 2;
  }
}
