import type { Snapshot } from '../snapshot/types.ts';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  kind: FacetValue[];
  cost: FacetValue[];
  delivery: FacetValue[];
  accessRoute: FacetValue[];
  need: FacetValue[];
  category: FacetValue[];
  area: FacetValue[];
}

const LINK_FACETS = { ACCESS_ROUTE: 'accessRoute', FOR_NEED: 'need', IN_CATEGORY: 'category', SERVES_AREA: 'area' } as const;
const KIND_NAMES: Record<string, string> = { service: 'Services', setting: 'Schools and settings' };
const COST_NAMES: Record<string, string> = { free: 'Free', paid: 'Paid', subsidised: 'Subsidised', varies: 'Varies', unknown: 'Not known' };

/** Counts, for the matching offers, of each value of each facet (most frequent first, at most `top` each). */
export function countFacets(snapshot: Snapshot, offers: readonly number[], top = 25): Facets {
  const counts = {
    kind: new Map<string, number>(), cost: new Map<string, number>(), delivery: new Map<string, number>(),
    accessRoute: new Map<string, number>(), need: new Map<string, number>(), category: new Map<string, number>(),
    area: new Map<string, number>(),
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const index of offers) {
    const node = snapshot.nodes[index]!;
    bump(counts.kind, node.kind);
    bump(counts.cost, node.costType ?? 'unknown');
    for (const d of new Set(node.delivery)) bump(counts.delivery, d);
    const areas = new Set(node.areas.filter((a) => a !== 'all'));
    const seen = new Set<string>();
    for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
      const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
      const facet = type.forward ? LINK_FACETS[type.type as keyof typeof LINK_FACETS] : undefined;
      if (!facet) continue;
      const target = snapshot.nodes[snapshot.targets[a]!]!.id;
      if (facet === 'area') { areas.add(target); continue; }
      const key = `${facet}|${target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      bump(counts[facet], target);
    }
    if (areas.size === 0 && node.authorityId) areas.add(node.authorityId);
    for (const area of areas) bump(counts.area, area);
  }
  const label = (facet: keyof Facets, value: string) => {
    if (facet === 'kind') return KIND_NAMES[value] ?? value;
    if (facet === 'cost') return COST_NAMES[value] ?? value;
    if (facet === 'delivery') return value.charAt(0).toUpperCase() + value.slice(1);
    return snapshot.nodes[snapshot.indexOf.get(value) ?? -1]?.name ?? value;
  };
  const list = (facet: keyof Facets): FacetValue[] =>
    [...counts[facet].entries()]
      .map(([value, count]) => ({ value, label: label(facet, value), count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, top);
  return {
    kind: list('kind'), cost: list('cost'), delivery: list('delivery'), accessRoute: list('accessRoute'),
    need: list('need'), category: list('category'), area: list('area'),
  };
}
