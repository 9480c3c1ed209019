/**
 * A tiny bilingual lexicon learnt from the bitext itself (as hunalign does without a
 * dictionary): words that keep co-occurring in the 1-1 beads of a first alignment are taken
 * for translations of each other (Dice coefficient over beads). Each learnt pair becomes a
 * feature key both sentences carry, so the second alignment pass can match them.
 */
import type { Bead } from './types.ts';

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

export function learnLexicon(
  wordsA: string[][],
  wordsB: string[][],
  beads: Bead[],
  options: LexiconOptions,
): LearntLexicon {
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  const joint = new Map<string, number>();
  for (const bead of beads) {
    if (bead.a.length !== 1 || bead.b.length !== 1 || (bead.score ?? 1) < options.minScore) continue;
    const setA = new Set(wordsA[bead.a[0]!] ?? []);
    const setB = new Set(wordsB[bead.b[0]!] ?? []);
    for (const w of setA) countA.set(w, (countA.get(w) ?? 0) + 1);
    for (const w of setB) countB.set(w, (countB.get(w) ?? 0) + 1);
    for (const wa of setA) {
      if ((countA.get(wa) ?? 0) < 1) continue;
      for (const wb of setB) {
        const key = `${wa}\u0000${wb}`;
        joint.set(key, (joint.get(key) ?? 0) + 1);
      }
    }
  }
  const pairOfA = new Map<string, number[]>();
  const pairOfB = new Map<string, number[]>();
  let pairs = 0;
  for (const [key, c] of joint) {
    if (c < options.minCount) continue;
    const [wa, wb] = key.split('\u0000') as [string, string];
    if (wa === wb) continue; // identical words are matched anyway
    const dice = (2 * c) / (countA.get(wa)! + countB.get(wb)!);
    if (dice < options.minDice) continue;
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
