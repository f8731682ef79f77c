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
export function filterMasks(snapshot: Snapshot, filters: HardFilters): Masks {
  const key = JSON.stringify([filters.age?.min ?? null, filters.age?.max ?? null, filters.area, [...filters.excluded].sort()]);
  let bySnapshot = maskCache.get(snapshot);
  if (!bySnapshot) maskCache.set(snapshot, (bySnapshot = new Map()));
  let masks = bySnapshot.get(key);
  if (!masks) {
    if (bySnapshot.size >= MAX_CACHED_MASKS) bySnapshot.clear();
    masks = { key, ...computeMasks(snapshot, filters) };
    bySnapshot.set(key, masks);
  }
  return masks;
}

/** Read-only masks; callers never write to them (they are shared between questions with the same filters). */
export type Masks = { readonly key: string; readonly blocked: Uint8Array; readonly eligible: Uint8Array };

/**
 * Questions repeat a few filter combinations (no age or area; an age; an area): their masks are kept per
 * snapshot (a new snapshot starts afresh). 10k services: 2 x 10.5 KB per entry.
 */
const MAX_CACHED_MASKS = 256;
const maskCache = new WeakMap<Snapshot, Map<string, Masks>>();

function computeMasks(snapshot: Snapshot, filters: HardFilters): Omit<Masks, 'key'> {
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
