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

/** Feature keys as dense integer ids, shared by the sentences of both sides (and by several passes). */
export class KeyInterner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(key, id);
      this.names.push(key);
    }
    return id;
  }

  /** A sentence's keys as ascending ids (repetitions kept: term frequency). */
  sentence(keys: string[]): Int32Array {
    const out = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) out[k] = this.id(keys[k]!);
    return out.sort();
  }
}

/** Merges two ascending id lists. */
export function mergeIds(x: Int32Array, y: Int32Array): Int32Array {
  if (y.length === 0) return x;
  const out = new Int32Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return out.sort();
}

/**
 * Builds the vectors from interned sentences (ascending ids, see KeyInterner);
 * `weightOf(key)` scales a feature family (default 1).
 */
export function buildBitextVectors(
  sentencesA: Int32Array[],
  sentencesB: Int32Array[],
  names: readonly string[],
  weightOf: (key: string) => number = () => 1,
): BitextVectors {
  const size = names.length;
  const dfA = new Int32Array(size);
  const dfB = new Int32Array(size);
  const countDf = (sentences: Int32Array[], df: Int32Array): void => {
    for (const s of sentences) for (let k = 0; k < s.length; k++) if (k === 0 || s[k] !== s[k - 1]) df[s[k]!]!++;
  };
  countDf(sentencesA, dfA);
  countDf(sentencesB, dfB);
  // shared features get dense ids 0..shared-1
  const sharedId = new Int32Array(size).fill(-1);
  const dfList: number[] = [];
  for (let id = 0; id < size; id++) {
    if (dfA[id]! > 0 && dfB[id]! > 0) {
      sharedId[id] = dfList.length;
      dfList.push(dfA[id]! + dfB[id]!);
    }
  }
  const total = sentencesA.length + sentencesB.length;
  const familyWeight = names.map((name) => weightOf(name));
  const make = (s: Int32Array, dfSide: Int32Array): SparseVector => {
    const outIds: number[] = [];
    const outWeights: number[] = [];
    let norm2 = 0;
    for (let k = 0; k < s.length;) {
      const id = s[k]!;
      let tf = 0;
      while (k < s.length && s[k] === id) {
        tf++;
        k++;
      }
      const shared = sharedId[id]!;
      const df = shared >= 0 ? dfList[shared]! : dfSide[id]!;
      const w = (1 + Math.log(tf)) * Math.log(1 + total / df) * familyWeight[id]!;
      norm2 += w * w;
      if (shared >= 0) {
        outIds.push(shared);
        outWeights.push(w);
      }
    }
    // shared ids are assigned in id order, so they stay ascending
    return { ids: Int32Array.from(outIds), weights: Float32Array.from(outWeights), norm2 };
  };
  const a = sentencesA.map((s) => make(s, dfA));
  const b = sentencesB.map((s) => make(s, dfB));
  const postingCount = new Int32Array(dfList.length);
  for (const v of b) for (let k = 0; k < v.ids.length; k++) postingCount[v.ids[k]!]!++;
  const postingsB = Array.from(postingCount, (c) => ({ sentence: new Int32Array(c), weight: new Float32Array(c) }));
  const fill = new Int32Array(dfList.length);
  b.forEach((v, j) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      const at = fill[id]!++;
      postingsB[id]!.sentence[at] = j;
      postingsB[id]!.weight[at] = v.weights[k]!;
    }
  });
  return { a, b, postingsB, df: Int32Array.from(dfList), vocabulary: dfList.length };
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
