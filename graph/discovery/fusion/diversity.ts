/**
 * Greedy diversification: results are taken best first, but each further result sharing a group
 * with ones already taken has its score multiplied by that level's decay once more (for example
 * level 0 = kind, level 1 = kind of help), so the top of the list is not twenty near-identical
 * entries. `skip` drops an item made redundant by those already taken. Returns items with the
 * adjusted scores they were taken at (never increasing).
 */
export function diversify<T>(
  items: readonly T[],
  score: (item: T) => number,
  groups: (item: T) => readonly string[],
  decays: readonly number[],
  limit: number,
  skip: (item: T, taken: readonly T[]) => boolean = () => false,
): { item: T; score: number }[] {
  const pool = items.map((item) => ({ item, score: score(item), groups: groups(item) }));
  const shown = decays.map(() => new Map<string, number>());
  const out: { item: T; score: number }[] = [];
  const taken: T[] = [];
  let ceiling = Infinity;
  while (out.length < limit && pool.length > 0) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const candidate = pool[i]!;
      let adjusted = candidate.score;
      candidate.groups.forEach((group, level) => {
        adjusted *= Math.pow(decays[level] ?? 1, shown[level]?.get(group) ?? 0);
      });
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = i;
      }
    }
    const [chosen] = pool.splice(best, 1);
    if (skip(chosen!.item, taken)) continue;
    ceiling = Math.min(ceiling, bestScore);
    out.push({ item: chosen!.item, score: ceiling });
    taken.push(chosen!.item);
    chosen!.groups.forEach((group, level) => shown[level]?.set(group, (shown[level]?.get(group) ?? 0) + 1));
  }
  return out;
}
