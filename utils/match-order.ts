/**
 * Order agreement of two anchor lists (each in order of first occurrence, as storyAnchors
 * gives them): a translation tells its story in the same order, so the anchors it shares
 * with its original come in the same order; an article on the same event by another
 * newsroom shares names and numbers in another order.
 */

/** Kinds whose order is compared (the weak spelling keys p: and k: collide too often). */
const ORDERED_KINDS = /^(w|f|n|y|d|pc):/;

/**
 * The share of the shared anchors that keep their order (longest increasing run of their
 * positions in `candidate`, taken in `query` order), in [0, 1]; with few shared anchors it is
 * drawn toward `prior`, since a handful in order proves little.
 */
export function orderAgreement(query: readonly string[], candidate: readonly string[], prior = 0.7, weight = 3): number {
  const position = new Map<string, number>();
  candidate.forEach((anchor, index) => {
    if (!position.has(anchor) && ORDERED_KINDS.test(anchor)) position.set(anchor, index);
  });
  const tails: number[] = [];
  let shared = 0;
  for (const anchor of query) {
    const at = position.get(anchor);
    if (at === undefined) continue;
    shared++;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = at;
  }
  return (tails.length + prior * weight) / (shared + weight);
}
