import { describe, expect, it } from 'vitest';
import { alignSentences, defaultAlignOptions, type AlignStats } from '../../../utils/align/align-sentences.ts';
import { bandBudget, bandCells, landmarkBand, type Band, type Landmark } from '../../../utils/align/landmarks.ts';
import { learnLexicon } from '../../../utils/align/learn-lexicon.ts';
import type { Bead, SegmentedText } from '../../../utils/types.ts';

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of one vocabulary: `prefix` keeps two vocabularies disjoint (nothing shared, no landmark). */
function vocabulary(prefix: string, size: number, rnd: () => number): string[] {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return Array.from({ length: size }, (_, k) => {
    let word = prefix + String.fromCharCode(97 + (k % 5));
    const length = 4 + Math.floor(rnd() * 5);
    while (word.length < length) word += letters[Math.floor(rnd() * letters.length)];
    return word;
  });
}

/** `count` sentences of random words, paragraphs of 10; `shared(i)` may add a token to sentence i. */
function text(
  lang: string,
  count: number,
  words: string[],
  rnd: () => number,
  shared?: (i: number) => string | undefined,
): SegmentedText {
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 6 + Math.floor(rnd() * 12);
    const parts = Array.from({ length }, () => words[Math.floor(rnd() * words.length)]!);
    const extra = shared?.(i);
    if (extra) parts.splice(length >> 1, 0, extra);
    sentences.push(parts.join(' ') + '.');
  }
  return { lang, sentences, paragraphOf: sentences.map((_, i) => Math.floor(i / 10)) };
}

/** Two texts with no word in common. */
function unrelated(n: number, m: number, seed = 1): [SegmentedText, SegmentedText] {
  const rnd = random(seed);
  return [text('de', n, vocabulary('q', 2000, rnd), rnd), text('fr', m, vocabulary('y', 2000, rnd), rnd)];
}

function statsOf(a: SegmentedText, b: SegmentedText, options = {}): { beads: Bead[]; stats: AlignStats } {
  let stats: AlignStats | undefined;
  const beads = alignSentences(a, b, { ...options, onStats: (s) => (stats = s) });
  expect(stats).toBeDefined();
  return { beads, stats: stats! };
}

function expectCovers(beads: Bead[], a: SegmentedText, b: SegmentedText): void {
  expect(beads.flatMap((x) => x.a)).toEqual(a.sentences.map((_, i) => i));
  expect(beads.flatMap((x) => x.b)).toEqual(b.sentences.map((_, j) => j));
}

/** Linear work: cells (per pass) and cached dot products within a constant times (n + m) · band width. */
function expectLinear(stats: AlignStats): void {
  const width = 2 * defaultAlignOptions.bandWidth + 1;
  const unit = (stats.alignedA + stats.alignedB + 1) * width;
  expect(stats.bandCells).toBeLessThanOrEqual(2 * unit);
  // at most two passes of the dynamic programme on a banded search (five on a full one: a
  // second pass with the learnt lexicon, and forward–backward for the confidences)
  expect(stats.cellsVisited).toBeLessThanOrEqual((stats.banded ? 2 : 5) * stats.bandCells);
  expect(stats.cachedDots).toBeLessThanOrEqual(3 * unit);
}

/** The band is usable: corners in, both ends non-decreasing, consecutive rows connected. */
function expectUsable(band: Band, n: number, m: number): void {
  expect(band.lo[0]).toBe(0);
  expect(band.hi[n]).toBe(m);
  for (let i = 0; i <= n; i++) {
    expect(band.lo[i]!).toBeLessThanOrEqual(band.hi[i]!);
    if (i === 0) continue;
    expect(band.lo[i]!).toBeGreaterThanOrEqual(band.lo[i - 1]!);
    expect(band.hi[i]!).toBeGreaterThanOrEqual(band.hi[i - 1]!);
    expect(band.lo[i]!).toBeLessThanOrEqual(band.hi[i - 1]! + 1);
  }
}

describe('landmarkBand: never more than linearly many cells', () => {
  const width = 40;
  it('no landmarks: a diagonal band within the budget', () => {
    const band = landmarkBand([], 20_000, 20_000, width);
    expectUsable(band, 20_000, 20_000);
    expect(bandCells(band)).toBeLessThanOrEqual(bandBudget(20_000, 20_000, width));
  });

  it('very unequal sides, with and without landmarks', () => {
    for (const [n, m] of [
      [50, 40_000],
      [40_000, 50],
      [3, 100_000],
    ] as const) {
      for (const landmarks of [[], [{ i: n >> 1, j: m >> 1, score: 1 }]]) {
        const band = landmarkBand(landmarks, n, m, width);
        expectUsable(band, n, m);
        expect(bandCells(band)).toBeLessThanOrEqual(bandBudget(n, m, width));
      }
    }
  });

  it('landmarks far apart, or all bunched at one end', () => {
    const n = 30_000;
    const m = 30_000;
    const sparse: Landmark[] = [5_000, 15_000, 25_000].map((i) => ({ i, j: i, score: 1 }));
    const bunched: Landmark[] = Array.from({ length: 50 }, (_, k) => ({ i: k * 2, j: k * 2, score: 1 }));
    const skewed: Landmark[] = [{ i: 10, j: 29_000, score: 1 }];
    for (const landmarks of [sparse, bunched, skewed]) {
      const band = landmarkBand(landmarks, n, m, width);
      expectUsable(band, n, m);
      expect(bandCells(band)).toBeLessThanOrEqual(bandBudget(n, m, width));
    }
  });
});

describe('alignSentences: bounded work whatever the input', () => {
  it('two long texts with no word in common: a linear search space, every sentence covered', () => {
    const [a, b] = unrelated(8000, 8000);
    const { beads, stats } = statsOf(a, b);
    expect(stats.banded).toBe(true);
    expect(stats.landmarks).toBe(0);
    expectLinear(stats);
    expectCovers(beads, a, b);
  });

  it('a short text against a long one stays linear', () => {
    const [a, b] = unrelated(100, 19_000, 4);
    const { beads, stats } = statsOf(a, b);
    expect(stats.banded).toBe(true);
    expectLinear(stats);
    expectCovers(beads, a, b);
  });

  it('a few shared numbers far apart (landmarks thousands of sentences apart) stay linear', () => {
    const rnd = random(5);
    const marked = (i: number): string | undefined => (i % 2500 === 1200 ? String(100_000 + i) : undefined);
    const a = text('de', 10_000, vocabulary('q', 2000, rnd), rnd, marked);
    const b = text('fr', 10_000, vocabulary('y', 2000, rnd), rnd, marked);
    const { beads, stats } = statsOf(a, b);
    expectLinear(stats);
    expectCovers(beads, a, b);
  });

  it('a very frequent shared token (in every sentence) keeps the cache work linear', () => {
    const rnd = random(6);
    const a = text('de', 4000, vocabulary('q', 2000, rnd), rnd, () => 'Zürich');
    const b = text('fr', 4000, vocabulary('y', 2000, rnd), rnd, () => 'Zürich');
    const { stats } = statsOf(a, b);
    expectLinear(stats);
    // each sentence holds a handful of features of this one token: posting steps per cached dot are few
    expect(stats.postingSteps).toBeLessThanOrEqual(8 * stats.cachedDots);
  });
});

describe('alignSentences: texts sharing the same words everywhere', () => {
  it('the caches walk a bounded number of postings per dot product', () => {
    const rnd = random(10);
    const words = vocabulary('w', 300, rnd);
    const dense = (lang: string): SegmentedText => {
      const sentences = Array.from(
        { length: 200 },
        () => Array.from({ length: 600 }, () => words[Math.floor(rnd() * words.length)]!).join(' ') + '.',
      );
      return { lang, sentences, paragraphOf: sentences.map(() => 0) };
    };
    const a = dense('de');
    const b = dense('fr');
    const { beads, stats } = statsOf(a, b);
    expect(stats.banded).toBe(false);
    expectCovers(beads, a, b);
    // each pair shares hundreds of features: walking them all would be 40,000 dots × hundreds;
    // two caches at most (the first pass and the one with the learnt lexicon)
    expect(stats.postingSteps).toBeLessThanOrEqual(2 * (32 * stats.cachedDots + 1_000_000));
  });
});

describe('alignSentences: at most maxSentences per side aligned', () => {
  it('aligns the first ones and lists the rest unpaired (score 0), saying so', () => {
    const [a, b] = unrelated(150, 130, 7);
    const { beads, stats } = statsOf(a, b, { maxSentences: 100 });
    expect(stats.truncated).toBe(true);
    expect(stats.alignedA).toBe(100);
    expect(stats.alignedB).toBe(100);
    expectCovers(beads, a, b);
    const tail = beads.filter((x) => x.a.some((i) => i >= 100) || x.b.some((j) => j >= 100));
    expect(tail).toHaveLength(50 + 30);
    for (const bead of tail) {
      expect(bead.a.length + bead.b.length).toBe(1);
      expect(bead.score).toBe(0);
    }
    // the aligned part stays within the first 100 of each side
    for (const bead of beads.slice(0, beads.length - tail.length)) {
      expect(bead.a.every((i) => i < 100) && bead.b.every((j) => j < 100)).toBe(true);
    }
  });

  it('texts within the limit are not truncated', () => {
    const [a, b] = unrelated(40, 40, 8);
    const { stats } = statsOf(a, b);
    expect(stats.truncated).toBe(false);
    expect(stats.alignedA).toBe(40);
  });

  it('by default a side of more than 20,000 sentences is aligned up to there', () => {
    const [a, b] = unrelated(20_010, 5, 9);
    const { beads, stats } = statsOf(a, b);
    expect(stats.truncated).toBe(true);
    expect(stats.alignedA).toBe(20_000);
    expect(beads.slice(-10).map((x) => x.a[0])).toEqual(Array.from({ length: 10 }, (_, k) => 20_000 + k));
  });
});

describe('learnLexicon: bounded on sentences that are whole pages', () => {
  const beads = (count: number): Bead[] => Array.from({ length: count }, (_, k) => ({ a: [k], b: [k], score: 1 }));
  const filler = (side: string, k: number, count: number): string[] =>
    Array.from({ length: count }, (_, x) => `${side}${k}w${x}`);

  it('learns a pair among the first words of long sentences', () => {
    const wordsA = Array.from({ length: 4 }, (_, k) => ['haus', ...filler('a', k, 2000)]);
    const wordsB = Array.from({ length: 4 }, (_, k) => ['maison', ...filler('b', k, 2000)]);
    expect(learnLexicon(wordsA, wordsB, beads(4), { minCount: 2, minDice: 0.6, minScore: 0.5 }).pairs).toBe(1);
  });

  it('reads no further than the first 256 distinct words of a sentence', () => {
    const wordsA = Array.from({ length: 4 }, (_, k) => [...filler('a', k, 2000), 'haus']);
    const wordsB = Array.from({ length: 4 }, (_, k) => [...filler('b', k, 2000), 'maison']);
    expect(learnLexicon(wordsA, wordsB, beads(4), { minCount: 2, minDice: 0.6, minScore: 0.5 }).pairs).toBe(0);
  });

  it('keeps at most three partners per word', () => {
    // every word of A co-occurs with every word of B in every bead
    const wordsA = Array.from({ length: 6 }, () => ['a1', 'a2', 'a3', 'a4', 'a5']);
    const wordsB = Array.from({ length: 6 }, () => ['b1', 'b2', 'b3', 'b4', 'b5']);
    const lexicon = learnLexicon(wordsA, wordsB, beads(6), { minCount: 2, minDice: 0.6, minScore: 0.5 });
    expect(lexicon.pairs).toBeLessThanOrEqual(15);
    for (const keys of [...lexicon.keysA, ...lexicon.keysB]) expect(keys.length).toBeLessThanOrEqual(5 * 3);
    expect(lexicon.pairs).toBeGreaterThan(0);
  });
});
