/**
 * Greedy diversification: results are taken best first, but each further result from a group
 * already shown (the same kind of club, the same type of school) has its score multiplied by
 * `decay` once more, so the top of the list is not twenty near-identical entries.
 */
export function diversify<T>(items: readonly T[], score: (item: T) => number, group: (item: T) => string, limit: number, decay = 0.7): T[] {
  const pool = items.map((item) => ({ item, score: score(item), group: group(item) }));
  const shown = new Map<string, number>();
  const out: T[] = [];
  while (out.length < limit && pool.length > 0) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const candidate = pool[i]!;
      const adjusted = candidate.score * Math.pow(decay, shown.get(candidate.group) ?? 0);
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = i;
      }
    }
    const [chosen] = pool.splice(best, 1);
    out.push(chosen!.item);
    shown.set(chosen!.group, (shown.get(chosen!.group) ?? 0) + 1);
  }
  return out;
}
