import type { Snapshot } from '../snapshot/types.ts';
import type { Seed } from './ppr-push.ts';

/** For each reached node: the arc it was best reached by (-1 for seeds and unreached nodes). */
export interface BestPaths {
  cost: Float64Array;
  viaArc: Int32Array;
  from: Int32Array;
  hops: Uint8Array;
}

/**
 * The most convincing path from any seed to each node, for explanations: a Dijkstra over
 * -log(type weight), with a toll for passing through hubs (a path through "Education" explains
 * little). Only `allowed` nodes are entered (those the spreading reached), up to `maxHops` arcs.
 * With `targets`, it stops as soon as all of them are settled (their paths are then final); it
 * never settles more than `maxSettled` nodes (bounded work; unreached targets then have no path).
 */
export function bestPaths(snapshot: Snapshot, seeds: Seed[], allowed: Uint8Array, targets?: readonly number[], maxHops = 4, maxSettled = Infinity): BestPaths {
  const n = snapshot.nodes.length;
  const cost = new Float64Array(n).fill(Infinity);
  const viaArc = new Int32Array(n).fill(-1);
  const from = new Int32Array(n).fill(-1);
  const hops = new Uint8Array(n);
  const heap = new MinHeap();
  const top = Math.max(...seeds.map((s) => s.weight), 1e-9);
  for (const seed of seeds) {
    if (seed.weight <= 0) continue;
    const c = -Math.log(seed.weight / top) * 0.5;
    if (c < cost[seed.index]!) {
      cost[seed.index] = c;
      heap.push(seed.index, c);
    }
  }
  const { offsets, targets: arcTargets, typeWeights, degree } = snapshot;
  const waiting = new Set(targets ?? []);
  let settled = 0;
  while (heap.size > 0 && settled < maxSettled) {
    const [u, c] = heap.pop();
    if (c > cost[u]!) continue;
    settled++;
    if (targets && waiting.delete(u) && waiting.size === 0) break;
    if (hops[u]! >= maxHops) continue;
    const toll = 0.25 * Math.log(1 + degree[u]!);
    const end = offsets[u + 1]!;
    for (let a = offsets[u]!; a < end; a++) {
      const w = typeWeights[a]!;
      if (w <= 0) continue;
      const v = arcTargets[a]!;
      if (!allowed[v]) continue;
      const next = c - Math.log(w) + toll + 0.3;
      if (next < cost[v]!) {
        cost[v] = next;
        viaArc[v] = a;
        from[v] = u;
        hops[v] = hops[u]! + 1;
        heap.push(v, next);
      }
    }
  }
  return { cost, viaArc, from, hops };
}

/** The arcs of the best path to `target`, seed first; empty for a seed or an unreached node. */
export function pathTo(paths: BestPaths, target: number): { node: number; arc: number }[] {
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
