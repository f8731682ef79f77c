/** One ranked list to fuse: node indices best first, and how much the list counts. */
export interface RankedList {
  name: string;
  items: readonly number[];
  weight: number;
}

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher 2009): each list adds weight / (k + rank).
 * Ranks, not raw scores, are fused, so a full-text score and a PageRank never need a common scale.
 */
export function reciprocalRankFusion(lists: readonly RankedList[], k = 60): Map<number, number> {
  const fused = new Map<number, number>();
  for (const list of lists) {
    list.items.forEach((item, rank) => {
      fused.set(item, (fused.get(item) ?? 0) + list.weight / (k + rank + 1));
    });
  }
  return fused;
}
