/**
 * Sparse, tf-idf weighted feature vectors of the sentences of both sides of a bitext, and
 * fast dot products between them (merge join for one pair, an inverted index for a band).
 * Only features that occur on both sides take part in dot products; norms count them all,
 * so a sentence with much unmatched content scores lower.
 */

export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
  /** Squared L2 norm over all the sentence's features. */
  norm2: number;
}

export interface BitextVectors {
  a: SparseVector[];
  b: SparseVector[];
  /** postings[id]: the B sentences holding feature id, ascending, with their weights. */
  postingsB: { sentence: Int32Array; weight: Float32Array }[];
  /** Number of sentences (both sides) holding feature id. */
  df: Int32Array;
  vocabulary: number;
}

function termCounts(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Builds the vectors; `weightOf(key)` scales a feature family (default 1). */
export function buildBitextVectors(
  keysA: string[][],
  keysB: string[][],
  weightOf: (key: string) => number = () => 1,
): BitextVectors {
  const countsA = keysA.map(termCounts);
  const countsB = keysB.map(termCounts);
  const inA = new Map<string, number>();
  const inB = new Map<string, number>();
  for (const c of countsA) for (const key of c.keys()) inA.set(key, (inA.get(key) ?? 0) + 1);
  for (const c of countsB) for (const key of c.keys()) inB.set(key, (inB.get(key) ?? 0) + 1);
  const total = countsA.length + countsB.length;
  const ids = new Map<string, number>();
  const dfList: number[] = [];
  for (const [key, na] of inA) {
    const nb = inB.get(key);
    if (nb === undefined) continue;
    ids.set(key, ids.size);
    dfList.push(na + nb);
  }
  const idf = (df: number): number => Math.log(1 + total / df);
  const make = (counts: Map<string, number>, side: Map<string, number>): SparseVector => {
    const shared: [number, number][] = [];
    let norm2 = 0;
    for (const [key, tf] of counts) {
      const id = ids.get(key);
      const df = id === undefined ? (side.get(key) ?? 1) : dfList[id]!;
      const w = (1 + Math.log(tf)) * idf(df) * weightOf(key);
      norm2 += w * w;
      if (id !== undefined) shared.push([id, w]);
    }
    shared.sort((x, y) => x[0] - y[0]);
    return {
      ids: Int32Array.from(shared, (s) => s[0]),
      weights: Float32Array.from(shared, (s) => s[1]),
      norm2,
    };
  };
  const a = countsA.map((c) => make(c, inA));
  const b = countsB.map((c) => make(c, inB));
  const lists: { sentence: number[]; weight: number[] }[] = Array.from({ length: ids.size }, () => ({
    sentence: [],
    weight: [],
  }));
  b.forEach((v, j) => {
    for (let k = 0; k < v.ids.length; k++) {
      const list = lists[v.ids[k]!]!;
      list.sentence.push(j);
      list.weight.push(v.weights[k]!);
    }
  });
  return {
    a,
    b,
    postingsB: lists.map((l) => ({ sentence: Int32Array.from(l.sentence), weight: Float32Array.from(l.weight) })),
    df: Int32Array.from(dfList),
    vocabulary: ids.size,
  };
}

/** Dot product of two sparse vectors (ids ascending). */
export function sparseDot(x: SparseVector, y: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const xi = x.ids;
  const yi = y.ids;
  while (i < xi.length && j < yi.length) {
    const a = xi[i]!;
    const b = yi[j]!;
    if (a === b) {
      sum += x.weights[i]! * y.weights[j]!;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return sum;
}

/** First index in the ascending array `arr` whose value is >= `value`. */
export function lowerBound(arr: Int32Array, value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
