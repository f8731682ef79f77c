import type { Snapshot } from '../snapshot/types.ts';

/** The hard filters on offers. Every one is optional; given ones must all hold. */
export interface OfferFilters {
  /** An age range to overlap (a single age is min = max). */
  age?: { min: number; max: number } | null;
  /** An area id, or an authority id. */
  area?: string | null;
  need?: string | null;
  accessRoute?: string | null;
  cost?: string | null;
  category?: string | null;
  kind?: string | null;
  delivery?: string | null;
}

/**
 * The Cypher for each filter, on an offer bound to `o`: constants with parameters only. A query's
 * WHERE clause is assembled from this whitelist by filter name, never from user text.
 */
const FRAGMENTS = {
  age: `(o.minAge IS NULL OR o.minAge <= $ageMax) AND (o.maxAge IS NULL OR o.maxAge >= $ageMin)
    AND (o.minAge IS NOT NULL OR o.maxAge IS NOT NULL OR NOT EXISTS { (o)-[:FOR_AGE]->(:AgeBand) }
      OR EXISTS { (o)-[:FOR_AGE]->(b:AgeBand) WHERE coalesce(b.minAge, 0) <= $ageMax AND coalesce(b.maxAge, 99) >= $ageMin })`,
  area: `(o.authorityId = $area OR $area IN coalesce(o.areas, []) OR EXISTS { (o)-[:SERVES_AREA]->(:Area {id: $area}) }
    OR (size([x IN coalesce(o.areas, []) WHERE x <> 'all']) = 0 AND NOT EXISTS { (o)-[:SERVES_AREA]->(:Area) }
      AND EXISTS { MATCH (x:Area {id: $area}) WHERE x.authorityId = o.authorityId }))`,
  need: `EXISTS { (o)-[:FOR_NEED]->(c:Concept) WHERE c.id IN $need }`,
  accessRoute: `EXISTS { (o)-[:ACCESS_ROUTE]->(:Concept {id: $accessRoute}) }`,
  cost: `o.costType = $cost`,
  category: `EXISTS { (o)-[:IN_CATEGORY]->(c:Concept) WHERE c.id IN $category }`,
  kind: `o.kind = $kind`,
  delivery: `$delivery IN coalesce(o.delivery, [])`,
} as const satisfies Record<keyof OfferFilters, string>;

/**
 * The WHERE conditions (joined with AND, to follow `NOT coalesce(o.retired, false)`) and their
 * parameters. A need or kind of help also matches its narrower concepts: `narrower(id)` gives the
 * id with all of them (from the snapshot), so the query needs no variable-length pattern.
 */
export function filterClause(filters: OfferFilters, narrower: (id: string) => string[] = (id) => [id]): { where: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  for (const name of Object.keys(FRAGMENTS) as (keyof OfferFilters)[]) {
    const value = filters[name];
    if (value === undefined || value === null || value === '') continue;
    conditions.push(`(${FRAGMENTS[name]})`);
    if (name === 'age') {
      const range = value as { min: number; max: number };
      params.ageMin = range.min;
      params.ageMax = range.max;
    } else if (name === 'need' || name === 'category') {
      params[name] = narrower(value as string);
    } else {
      params[name] = value;
    }
  }
  return { where: conditions.map((c) => ` AND ${c}`).join(''), params };
}

/** The age range an offer or concept serves: its own bounds, else the age bands it is linked to; null ends are open. */
export function ageRangeOf(snapshot: Snapshot, index: number): { min: number | null; max: number | null } {
  const node = snapshot.nodes[index]!;
  if (node.minAge !== null || node.maxAge !== null) return { min: node.minAge, max: node.maxAge };
  let min: number | null = null;
  let max: number | null = null;
  let any = false;
  for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
    const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
    if (type.type !== 'FOR_AGE' || !type.forward) continue;
    const band = snapshot.nodes[snapshot.targets[a]!]!;
    if (band.kind !== 'ageBand') continue;
    any = true;
    min = Math.min(min ?? 99, band.minAge ?? 0);
    max = Math.max(max ?? 0, band.maxAge ?? 99);
  }
  return any ? { min, max } : { min: null, max: null };
}

/** Does the node serve someone in this age range? Nodes without ages always do. */
export function servesAge(snapshot: Snapshot, index: number, age: { min: number; max: number }): boolean {
  const range = ageRangeOf(snapshot, index);
  return (range.min === null || range.min <= age.max) && (range.max === null || range.max >= age.min);
}

/** Does the offer serve this area (or authority)? Offers that name no areas serve their whole authority. */
export function servesArea(snapshot: Snapshot, index: number, area: string): boolean {
  const node = snapshot.nodes[index]!;
  if (node.authorityId === area) return true;
  const named = node.areas.filter((a) => a !== 'all');
  if (named.includes(area)) return true;
  if (named.length > 0) return false;
  const place = snapshot.nodes[snapshot.indexOf.get(area) ?? -1];
  return !!place && place.kind === 'area' && place.authorityId !== null && place.authorityId === node.authorityId;
}

/** A concept's id and the ids of every concept narrower than it (BROADER, followed backwards), from the snapshot. */
export function withNarrower(snapshot: Snapshot, id: string): string[] {
  const start = snapshot.indexOf.get(id);
  if (start === undefined) return [id];
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (let a = snapshot.offsets[at]!; a < snapshot.offsets[at + 1]!; a++) {
      const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
      const child = snapshot.targets[a]!;
      if (type.type === 'BROADER' && !type.forward && !seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return [...seen].map((i) => snapshot.nodes[i]!.id);
}
