import type { Snapshot } from '../snapshot/types.ts';
import { BestPathSearch } from './best-paths.ts';

/** One step of an explanation path: from one node to the next, along a relationship read one way. */
export interface PathStep {
  from: number;
  to: number;
  type: string;
  /** True when the relationship points from `from` to `to`. */
  forward: boolean;
}

/**
 * Traces the explanation paths of one question's results. For each target: the path by which the walk most
 * likely reached it from one of `seeds`: step back to the neighbour that sent it the most activation
 * (activation × link strength, a hub's share being thinner), a seed as soon as one is next door, until a seed is
 * reached (at most `maxHops`). When that fails, a best-path search (best-paths.ts), bounded in work and shared by
 * all the `targets` (every node a path may be asked for). Seed first; [] for a seed; null when nothing leads there.
 */
export function createPathTracer(snapshot: Snapshot, activation: Float64Array, seeds: ReadonlySet<number>, targets: readonly number[], maxHops = 4): (target: number) => PathStep[] | null {
  let search: BestPathSearch | undefined;
  const fallback = (target: number) => {
    if (!search) {
      const expandable = new Uint8Array(snapshot.nodes.length);
      for (let i = 0; i < activation.length; i++) if (activation[i]! > 0) expandable[i] = 1;
      const enterable = expandable.slice();
      for (const t of targets) enterable[t] = 1;
      search = new BestPathSearch(snapshot, seeds, enterable, expandable, maxHops, 5000);
    }
    return search.pathTo(target);
  };
  return (target) => tracePathWith(snapshot, activation, seeds, target, maxHops, fallback);
}

function tracePathWith(snapshot: Snapshot, activation: Float64Array, seeds: ReadonlySet<number>, target: number, maxHops: number,
  fallback: (target: number) => { node: number; arc: number; from: number }[]): PathStep[] | null {
  if (seeds.has(target)) return [];
  const back: PathStep[] = [];
  const visited = new Set([target]);
  let at = target;
  for (let hop = 0; hop < maxHops; hop++) {
    let best = -1;
    let bestArc = -1;
    let bestScore = 0;
    let seedFound = false;
    for (let a = snapshot.offsets[at]!; a < snapshot.offsets[at + 1]!; a++) {
      const w = snapshot.typeWeights[a]!;
      const u = snapshot.targets[a]!;
      if (w <= 0 || visited.has(u)) continue;
      const isSeed = seeds.has(u);
      if (seedFound && !isSeed) continue;
      const score = isSeed ? w : (activation[u]! * w) / Math.sqrt(Math.max(1, snapshot.degree[u]!));
      if ((isSeed && !seedFound) || score > bestScore) {
        best = u;
        bestArc = a;
        bestScore = score;
        seedFound ||= isSeed;
      }
    }
    if (best < 0 || bestScore <= 0) break;
    const type = snapshot.arcTypes[snapshot.arcType[bestArc]!]!;
    back.push({ from: best, to: at, type: type.type, forward: !type.forward });
    if (seedFound) return back.reverse();
    visited.add(best);
    at = best;
  }
  const steps = fallback(target);
  if (steps.length === 0) return null;
  return steps.map((step) => {
    const type = snapshot.arcTypes[snapshot.arcType[step.arc]!]!;
    return { from: step.from, to: step.node, type: type.type, forward: type.forward };
  });
}
