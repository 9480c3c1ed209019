/**
 * Scoring of a sentence alignment against a gold one, as in Vecalign's score.py
 * (Sennrich & Volk 2011), used on the Text+Berg gold set: only beads with both sides
 * non-empty count. Strict: a hypothesis bead is right only if the very same bead is in the
 * gold. Lax: it is right if it shares at least one source and one target sentence with a
 * gold bead. Recall is precision with gold and hypothesis swapped. Counts add up over
 * documents, so several documents score together.
 */
import type { Bead } from '../types.ts';

export interface AlignmentCounts {
  /** [true positives, false positives] for precision, strict and lax. */
  strictP: [number, number];
  laxP: [number, number];
  /** The same with gold and hypothesis swapped: recall. */
  strictR: [number, number];
  laxR: [number, number];
}

export interface AlignmentScores {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
}

type Pair = { a: number[]; b: number[] };

function precisionCounts(gold: Pair[], test: Pair[]): { strict: [number, number]; lax: [number, number] } {
  const key = (x: Pair): string => `${x.a.join(',')}:${x.b.join(',')}`;
  const goldBeads = gold.filter((x) => x.a.length > 0 && x.b.length > 0);
  const goldKeys = new Set(goldBeads.map(key));
  const targetsOf = new Map<number, Set<number>>();
  for (const g of goldBeads) {
    for (const s of g.a) {
      const set = targetsOf.get(s) ?? new Set<number>();
      for (const t of g.b) set.add(t);
      targetsOf.set(s, set);
    }
  }
  const strict: [number, number] = [0, 0];
  const lax: [number, number] = [0, 0];
  const seen = new Set<string>();
  for (const t of test) {
    if (t.a.length === 0 || t.b.length === 0) continue;
    const k = key(t);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldKeys.has(k)) {
      strict[0]++;
      lax[0]++;
      continue;
    }
    strict[1]++;
    const overlap = t.a.some((s) => t.b.some((x) => targetsOf.get(s)?.has(x)));
    if (overlap) lax[0]++;
    else lax[1]++;
  }
  return { strict, lax };
}

export function emptyCounts(): AlignmentCounts {
  return { strictP: [0, 0], laxP: [0, 0], strictR: [0, 0], laxR: [0, 0] };
}

/** Adds one document's counts to `into` (and returns it). */
export function countAlignment(gold: Pair[], test: Pair[], into: AlignmentCounts = emptyCounts()): AlignmentCounts {
  const p = precisionCounts(gold, test);
  const r = precisionCounts(test, gold);
  const add = (x: [number, number], y: [number, number]): void => {
    x[0] += y[0];
    x[1] += y[1];
  };
  add(into.strictP, p.strict);
  add(into.laxP, p.lax);
  add(into.strictR, r.strict);
  add(into.laxR, r.lax);
  return into;
}

function prf(p: [number, number], r: [number, number]): { precision: number; recall: number; f1: number } {
  const precision = p[0] + p[1] > 0 ? p[0] / (p[0] + p[1]) : 0;
  const recall = r[0] + r[1] > 0 ? r[0] / (r[0] + r[1]) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function alignmentScores(counts: AlignmentCounts): AlignmentScores {
  return { strict: prf(counts.strictP, counts.strictR), lax: prf(counts.laxP, counts.laxR) };
}

/** Parses a Text+Berg / Vecalign gold file: one `[0, 1]:[2]` bead a line. */
export function parseBeadLines(text: string): Bead[] {
  const beads: Bead[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line);
    if (!match) continue;
    const ids = (s: string): number[] =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .map(Number);
    beads.push({ a: ids(match[1]!), b: ids(match[2]!) });
  }
  return beads;
}
