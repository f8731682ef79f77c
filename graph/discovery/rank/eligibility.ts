import { NOT_RESULTS, OFFER_KINDS } from '../kinds.ts';
import { servesAge, servesArea } from '../search/offer-filters.ts';
import type { Snapshot } from '../snapshot/types.ts';

export interface HardFilters {
  age: { min: number; max: number } | null;
  area: string | null;
  excluded: ReadonlySet<string>;
}

/**
 * The hard filters as a mask over the snapshot: offers outside the age or area, and nodes the person
 * excluded, are `blocked` (the walk never enters them); `eligible` also leaves out the kinds that are
 * never results. Concepts are filtered by age only when they carry ages themselves.
 */
export function filterMasks(snapshot: Snapshot, filters: HardFilters): { blocked: Uint8Array; eligible: Uint8Array } {
  const n = snapshot.nodes.length;
  const blocked = new Uint8Array(n);
  const eligible = new Uint8Array(n);
  const { age, area, excluded } = filters;
  for (let i = 0; i < n; i++) {
    const node = snapshot.nodes[i]!;
    let ok = !excluded.has(node.id);
    if (ok && OFFER_KINDS.has(node.kind)) {
      if (age && !servesAge(snapshot, i, age)) ok = false;
      else if (area && !servesArea(snapshot, i, area)) ok = false;
    } else if (ok && age && (node.minAge !== null || node.maxAge !== null)) {
      ok = (node.minAge === null || node.minAge <= age.max) && (node.maxAge === null || node.maxAge >= age.min);
    }
    if (!ok) blocked[i] = 1;
    else if (!NOT_RESULTS.has(node.kind)) eligible[i] = 1;
  }
  return { blocked, eligible };
}
