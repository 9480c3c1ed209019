/**
 * Order agreement of two anchor lists (each in order of first occurrence, as storyAnchors
 * gives them): a translation tells its story in the same order, so the anchors it shares
 * with its original come in the same order; an article on the same event by another
 * newsroom shares names and numbers in another order.
 */

/** Kinds whose order is compared (the weak spelling keys p: and k: collide too often). */
export const ORDERED_KINDS = /^(w|f|n|y|d|pc):/;

/** With few shared anchors the agreement is drawn toward this prior, since a handful in order proves little. */
const PRIOR = 0.7;
const PRIOR_WEIGHT = 3;

/**
 * Agreement in [0, 1] from the positions, in one list, of the shared anchors taken in the
 * other list's order: the share of them in the longest increasing run, drawn toward PRIOR.
 */
export function sequenceAgreement(positions: readonly number[]): number {
  const tails: number[] = [];
  for (const at of positions) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = at;
  }
  return (tails.length + PRIOR * PRIOR_WEIGHT) / (positions.length + PRIOR_WEIGHT);
}

/** The order agreement of the anchors two lists share (see sequenceAgreement). */
export function orderAgreement(query: readonly string[], candidate: readonly string[]): number {
  const position = new Map<string, number>();
  query.forEach((anchor, index) => {
    if (!position.has(anchor) && ORDERED_KINDS.test(anchor)) position.set(anchor, index);
  });
  const positions: number[] = [];
  const seen = new Set<string>();
  for (const anchor of candidate) {
    const at = position.get(anchor);
    if (at === undefined || seen.has(anchor)) continue;
    seen.add(anchor);
    positions.push(at);
  }
  return sequenceAgreement(positions);
}
