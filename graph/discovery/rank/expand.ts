import type { Snapshot } from '../snapshot/types.ts';
import type { Seed } from '../spreading/ppr-push.ts';

/**
 * A concept and what it is a kind of: "autism" is a kind of "communication and interaction", which
 * is a kind of "special educational needs", so provision for special educational needs is provision
 * for autism too. Ancestors (BROADER, up to `levels` steps) join the seed at `decay` per step.
 */
export function withAncestors(snapshot: Snapshot, index: number, decay: number, levels = 3): Seed[] {
  const seeds: Seed[] = [{ index, weight: 1 }];
  const seen = new Set([index]);
  let frontier = [index];
  let weight = 1;
  for (let level = 0; level < levels && frontier.length > 0 && decay > 0; level++) {
    weight *= decay;
    const next: number[] = [];
    for (const at of frontier) {
      for (let a = snapshot.offsets[at]!; a < snapshot.offsets[at + 1]!; a++) {
        const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
        const parent = snapshot.targets[a]!;
        if (type.type !== 'BROADER' || !type.forward || seen.has(parent)) continue;
        seen.add(parent);
        next.push(parent);
        seeds.push({ index: parent, weight });
      }
    }
    frontier = next;
  }
  return seeds;
}

const rootCache = new WeakMap<Snapshot, number[]>();

/**
 * The roots of the needs hierarchy (needs that are a kind of nothing but have kinds of their own:
 * "special educational needs", "disability"): every question here is about one of them, so a walk
 * from them is the context every answer shares, where the core rights and services are found.
 */
export function needRoots(snapshot: Snapshot): number[] {
  let roots = rootCache.get(snapshot);
  if (roots) return roots;
  roots = [];
  for (let i = 0; i < snapshot.nodes.length; i++) {
    if (snapshot.nodes[i]!.kind !== 'need') continue;
    let parent = false;
    let children = 0;
    for (let a = snapshot.offsets[i]!; a < snapshot.offsets[i + 1]!; a++) {
      const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
      if (type.type !== 'BROADER') continue;
      if (type.forward) parent = true;
      else children++;
    }
    if (!parent && children > 0) roots.push(i);
  }
  rootCache.set(snapshot, roots);
  return roots;
}
