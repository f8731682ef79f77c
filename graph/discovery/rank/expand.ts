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


/** The ancestors of a concept (BROADER, up to `levels` steps), nearest first, with their level (1 = parent). */
export function ancestors(snapshot: Snapshot, index: number, levels = 3): { index: number; level: number }[] {
  return withAncestors(snapshot, index, 0.5, levels).slice(1).map((seed) => ({ index: seed.index, level: Math.round(Math.log2(1 / seed.weight)) }));
}
