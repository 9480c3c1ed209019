/**
 * How the library looks for a counterpart without reading much, even among 100,000 articles.
 * Only some anchor kinds are "probe keys", kept in the library's index and counted (their
 * document frequency kept beside it, updated by every write, so each costs a read and a write
 * when an article is saved): names (`w:`), numbers, years, dates, percentages and URL words.
 * The spelling keys derived from names (`f:`, `p:`, `k:`) are not: they double an article's
 * keys and, on newstest2014, find only 0.6 % more counterparts first (recall@1 0.994 against
 * 0.988). They still count when candidates are ranked, with their kind's typical weight.
 * A lookup reads the frequency of the query's probe keys, then the index entries of the most
 * telling ones only (rare and of a strong kind), within a budget of entries read.
 */
import { kindWeight } from '../match/rank-counterparts.ts';

const PROBE_KEY = /^(?:w|n|y|d|pc|u):/;

/** At most this many of the query's keys are looked up in the index. */
export const MAX_PROBES = 48;
/** The probes' index entries read, at most (their summed document frequencies). */
export const MAX_PROBE_ENTRIES = 4000;
/** A key held by more articles than this (or than a fifth of the library) is not probed. */
export const MAX_PROBE_FREQUENCY = 1000;
const COMMON_SHARE = 0.2;

export function isProbeKey(anchor: string): boolean {
  return PROBE_KEY.test(anchor);
}

/** An article's probe keys, each once, in the order of its anchors. */
export function probeKeys(anchors: readonly string[]): string[] {
  return [...new Set(anchors.filter(isProbeKey))];
}

export interface Probe {
  key: string;
  /** What one shared occurrence counts when candidates are tallied: kind weight × rarity. */
  weight: number;
}

/**
 * The keys to look up for a query, most telling first: held by at least one article other
 * than the query's own (`selfStored`: the query is in the library under its own keys), by at
 * most MAX_PROBE_FREQUENCY and a fifth of the library, within MAX_PROBES and
 * MAX_PROBE_ENTRIES.
 */
export function planProbes(
  keys: readonly string[],
  frequency: (key: string) => number,
  librarySize: number,
  selfStored: boolean,
): Probe[] {
  const own = selfStored ? 1 : 0;
  const common = Math.max(10, Math.min(MAX_PROBE_FREQUENCY, librarySize * COMMON_SHARE));
  const ranked = keys
    .map((key) => ({ key, held: frequency(key) }))
    .filter(({ held }) => held - own > 0 && held - own <= common)
    .map(({ key, held }) => ({ key, held, weight: kindWeight(key) * Math.log((librarySize + 1) / held) }))
    .sort((a, b) => b.weight - a.weight || a.held - b.held || (a.key < b.key ? -1 : 1));
  const probes: Probe[] = [];
  let entries = 0;
  for (const { key, held, weight } of ranked) {
    if (probes.length >= MAX_PROBES) break;
    if (entries + held > MAX_PROBE_ENTRIES) continue;
    entries += held;
    probes.push({ key, weight });
  }
  return probes;
}
