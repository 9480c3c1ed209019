/**
 * A tiny bilingual lexicon learnt from the bitext itself (as hunalign does without a
 * dictionary): words that keep co-occurring in the 1-1 beads of a first alignment are taken
 * for translations of each other (Dice coefficient over beads). Each learnt pair becomes a
 * feature key both sentences carry, so the second alignment pass can match them.
 */
import type { Bead } from '../types.ts';

export interface LexiconOptions {
  /** Minimum number of beads in which the two words co-occur. */
  minCount: number;
  /** Minimum Dice coefficient. */
  minDice: number;
  /** Only beads at least this confident are learnt from. */
  minScore: number;
}

export interface LearntLexicon {
  /** Extra keys per sentence of A and of B (`l:<pair id>`). */
  keysA: string[][];
  keysB: string[][];
  pairs: number;
}

/** Beads learnt from at most: enough for the lexicon, bounded time on very long texts. */
const MAX_BEADS = 3000;
/**
 * Distinct words learnt from per sentence at most (the first ones): far above a real
 * sentence's, and it keeps the word pairs counted per bead bounded when a "sentence" is a
 * whole page without punctuation.
 */
const MAX_WORDS = 256;
/** Partners per word at most (the best by Dice): a word has few translations. */
const MAX_PARTNERS = 3;

export function learnLexicon(
  wordsA: string[][],
  wordsB: string[][],
  beads: Bead[],
  options: LexiconOptions,
): LearntLexicon {
  const usable = beads.filter(
    (bead) => bead.a.length === 1 && bead.b.length === 1 && (bead.score ?? 1) >= options.minScore,
  );
  const step = Math.max(1, usable.length / MAX_BEADS);
  const chosen: Bead[] = [];
  for (let k = 0; k < usable.length; k += step) chosen.push(usable[Math.floor(k)]!);
  // word ids, and how many chosen beads each word occurs in
  const idsA = new Map<string, number>();
  const idsB = new Map<string, number>();
  const countA: number[] = [];
  const countB: number[] = [];
  const setsA: number[][] = [];
  const setsB: number[][] = [];
  const intern = (words: string[], ids: Map<string, number>, counts: number[]): number[] => {
    const set: number[] = [];
    const seen = new Set<string>();
    for (const w of words) {
      if (seen.has(w)) continue;
      if (seen.size >= MAX_WORDS) break;
      seen.add(w);
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
        counts.push(0);
      }
      counts[id]!++;
      set.push(id);
    }
    return set;
  };
  for (const bead of chosen) {
    setsA.push(intern(wordsA[bead.a[0]!] ?? [], idsA, countA));
    setsB.push(intern(wordsB[bead.b[0]!] ?? [], idsB, countB));
  }
  const sizeB = idsB.size;
  const joint = new Map<number, number>();
  setsA.forEach((setA, k) => {
    const frequentB = setsB[k]!.filter((wb) => countB[wb]! >= options.minCount);
    for (const wa of setA) {
      if (countA[wa]! < options.minCount) continue;
      for (const wb of frequentB) {
        const key = wa * sizeB + wb;
        joint.set(key, (joint.get(key) ?? 0) + 1);
      }
    }
  });
  const wordA = [...idsA.keys()];
  const wordB = [...idsB.keys()];
  const candidates: { key: number; dice: number }[] = [];
  for (const [key, c] of joint) {
    if (c < options.minCount) continue;
    const a = Math.floor(key / sizeB);
    const b = key % sizeB;
    if (wordA[a] === wordB[b]) continue; // identical words are matched anyway
    const dice = (2 * c) / (countA[a]! + countB[b]!);
    if (dice >= options.minDice) candidates.push({ key, dice });
  }
  // each word keeps its best few partners only
  const kept = new Set<number>();
  const partnersA = new Map<number, number>();
  const partnersB = new Map<number, number>();
  for (const { key } of [...candidates].sort((x, y) => y.dice - x.dice)) {
    const a = Math.floor(key / sizeB);
    const b = key % sizeB;
    const na = partnersA.get(a) ?? 0;
    const nb = partnersB.get(b) ?? 0;
    if (na >= MAX_PARTNERS || nb >= MAX_PARTNERS) continue;
    partnersA.set(a, na + 1);
    partnersB.set(b, nb + 1);
    kept.add(key);
  }
  const pairOfA = new Map<string, number[]>();
  const pairOfB = new Map<string, number[]>();
  let pairs = 0;
  for (const { key } of candidates) {
    if (!kept.has(key)) continue;
    const wa = wordA[Math.floor(key / sizeB)]!;
    const wb = wordB[key % sizeB]!;
    const id = pairs++;
    (pairOfA.get(wa) ?? pairOfA.set(wa, []).get(wa)!).push(id);
    (pairOfB.get(wb) ?? pairOfB.set(wb, []).get(wb)!).push(id);
  }
  const keysFor = (words: string[][], pairOf: Map<string, number[]>): string[][] =>
    words.map((ws) => {
      const keys: string[] = [];
      for (const w of new Set(ws)) for (const id of pairOf.get(w) ?? []) keys.push(`l:${id}`);
      return keys;
    });
  return { keysA: keysFor(wordsA, pairOfA), keysB: keysFor(wordsB, pairOfB), pairs };
}
