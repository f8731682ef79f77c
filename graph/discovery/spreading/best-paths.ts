import type { Snapshot } from '../snapshot/types.ts';

/** For each reached node: the arc it was best reached by (-1 for seeds and unreached nodes). */
interface BestPaths {
  cost: Float64Array;
  viaArc: Int32Array;
  from: Int32Array;
  hops: Uint8Array;
}

/**
 * The most convincing path from the seeds to each target, for explanations: a Dijkstra over -log(type weight),
 * with a toll for passing through hubs (a path through "Education" explains little), up to `maxHops` arcs, never
 * settling more than `maxSettled` nodes (bounded work; an unreached target then has no path).
 * Lazy and shared by the targets of one question: it settles nodes only as far as the target asked for, and
 * resumes from there for the next. The settle order does not depend on the targets, so each gets the path a
 * search of its own would find, for one set of arrays instead of one per result. Nodes in `enterable` may be
 * reached; only seeds and nodes in `expandable` are passed through (a target is an end).
 */
export class BestPathSearch {
  private readonly paths: BestPaths;
  private readonly done: Uint8Array;
  private readonly heap = new MinHeap();
  private settled = 0;
  /** A node settled last time but not yet expanded (the search stopped on it). */
  private pending = -1;

  constructor(private readonly snapshot: Snapshot, private readonly seeds: ReadonlySet<number>, private readonly enterable: Uint8Array,
    private readonly expandable: Uint8Array, private readonly maxHops = 4, private readonly maxSettled = 5000) {
    const n = snapshot.nodes.length;
    this.paths = { cost: new Float64Array(n).fill(Infinity), viaArc: new Int32Array(n).fill(-1), from: new Int32Array(n).fill(-1), hops: new Uint8Array(n) };
    this.done = new Uint8Array(n);
    for (const seed of seeds) {
      this.paths.cost[seed] = 0;
      this.heap.push(seed, 0);
    }
  }

  /** The arcs of the best path to `target`, seed first; empty when it is a seed or was not reached. */
  pathTo(target: number): { node: number; arc: number; from: number }[] {
    this.settleUntil(target);
    if (!this.done[target]) return [];
    return pathTo(this.paths, target).map((step) => ({ ...step, from: this.paths.from[step.node]! }));
  }

  private settleUntil(target: number): void {
    const { cost, viaArc, from, hops } = this.paths;
    const { offsets, targets: arcTargets, typeWeights, degree } = this.snapshot;
    for (;;) {
      if (this.pending >= 0) this.expand(this.pending, offsets, arcTargets, typeWeights, degree, cost, viaArc, from, hops);
      this.pending = -1;
      if (this.done[target] || this.heap.size === 0 || this.settled >= this.maxSettled) return;
      const [u, c] = this.heap.pop();
      if (c > cost[u]! || this.done[u]) continue;
      this.done[u] = 1;
      this.settled++;
      this.pending = u;
    }
  }

  private expand(u: number, offsets: Int32Array, arcTargets: Int32Array, typeWeights: Float32Array, degree: Snapshot['degree'],
    cost: Float64Array, viaArc: Int32Array, from: Int32Array, hops: Uint8Array): void {
    if (hops[u]! >= this.maxHops || (!this.seeds.has(u) && !this.expandable[u])) return;
    const c = cost[u]!;
    const toll = 0.25 * Math.log(1 + degree[u]!);
    const end = offsets[u + 1]!;
    for (let a = offsets[u]!; a < end; a++) {
      const w = typeWeights[a]!;
      if (w <= 0) continue;
      const v = arcTargets[a]!;
      if (!this.enterable[v]) continue;
      const next = c - Math.log(w) + toll + 0.3;
      if (next < cost[v]!) {
        cost[v] = next;
        viaArc[v] = a;
        from[v] = u;
        hops[v] = hops[u]! + 1;
        this.heap.push(v, next);
      }
    }
  }
}

/** The arcs of the best path to `target`, seed first; empty for a seed or an unreached node. */
function pathTo(paths: BestPaths, target: number): { node: number; arc: number }[] {
  const steps: { node: number; arc: number }[] = [];
  let at = target;
  let guard = 0;
  while (paths.viaArc[at]! >= 0 && guard++ < 16) {
    steps.unshift({ node: at, arc: paths.viaArc[at]! });
    at = paths.from[at]!;
  }
  return steps;
}

class MinHeap {
  private items: number[] = [];
  private keys: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, key: number): void {
    this.items.push(item);
    this.keys.push(key);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): [number, number] {
    const item = this.items[0]!;
    const key = this.keys[0]!;
    const lastItem = this.items.pop()!;
    const lastKey = this.keys.pop()!;
    if (this.items.length > 0) {
      this.items[0] = lastItem;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < this.keys.length && this.keys[l]! < this.keys[smallest]!) smallest = l;
        if (r < this.keys.length && this.keys[r]! < this.keys[smallest]!) smallest = r;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return [item, key];
  }
  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!];
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
  }
}
