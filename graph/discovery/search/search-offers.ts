import { int, readQuery, type GraphContext } from '../../seam/index.ts';
import type { NodeKind } from '../kinds.ts';
import type { Snapshot } from '../snapshot/types.ts';
import { countFacets, type Facets } from './facets.ts';
import { filterClause, withNarrower, type OfferFilters } from './offer-filters.ts';

export interface SearchRequest {
  /** A Lucene query built by buildFullTextQuery (already escaped). */
  query: string;
  filters: OfferFilters;
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  kind: NodeKind;
  name: string;
  summary: string;
  score: number;
  minAge: number | null;
  maxAge: number | null;
  costType: string | null;
  authorityId: string | null;
  areas: string[];
}

export interface SearchResult {
  total: number;
  results: SearchHit[];
  facets: Facets;
}

/** At most this many of the best full-text matches are filtered, counted and faceted: more than anyone pages through (15 pages). */
export const MAX_HITS = 300;

/** Full-text over offers, then the hard filters (from the whitelist in offer-filters.ts). `__FILTERS__` is replaced by that clause only. */
const SEARCH = `CALL db.index.fulltext.queryNodes('offer_text', $query, {limit: $cap}) YIELD node AS o, score
WHERE o:Offer AND NOT coalesce(o.retired, false)__FILTERS__
RETURN o.id AS id, score
ORDER BY score DESC, id`;

/** Details of offers that are newer than the snapshot. */
const DETAILS = `MATCH (o:Offer) WHERE o.id IN $ids
RETURN o.id AS id, o.kind AS kind, o.name AS name, coalesce(o.summary, left(o.description, 240)) AS summary,
  o.minAge AS minAge, o.maxAge AS maxAge, o.costType AS costType, o.authorityId AS authorityId, coalesce(o.areas, []) AS areas`;

/** The database part of a search: ids and scores of every match (up to MAX_HITS) that passes the filters. */
export async function searchHits(ctx: GraphContext, query: string, filters: OfferFilters, narrower?: (id: string) => string[]): Promise<{ id: string; score: number }[]> {
  const { where, params } = filterClause(filters, narrower);
  return readQuery<{ id: string; score: number }>(ctx, SEARCH.replace('__FILTERS__', where), { ...params, query, cap: int(MAX_HITS) });
}

/** Runs a search: every match up to MAX_HITS is filtered and counted; one page is returned in full. */
export async function searchOffers(ctx: GraphContext, snapshot: Snapshot, request: SearchRequest): Promise<SearchResult> {
  const rows = await searchHits(ctx, request.query, request.filters, (id) => withNarrower(snapshot, id));
  const known = rows.map((row) => snapshot.indexOf.get(row.id)).filter((i): i is number => i !== undefined);
  const page = rows.slice(request.offset, request.offset + request.limit);
  const missing = page.filter((row) => !snapshot.indexOf.has(row.id)).map((row) => row.id);
  const fresh = new Map<string, SearchHit>();
  if (missing.length > 0) {
    for (const row of await readQuery<Omit<SearchHit, 'score'>>(ctx, DETAILS, { ids: missing })) {
      fresh.set(row.id, { ...row, kind: row.kind === 'setting' ? 'setting' : 'service', summary: row.summary ?? '', score: 0 });
    }
  }
  const results: SearchHit[] = [];
  for (const row of page) {
    const index = snapshot.indexOf.get(row.id);
    const score = Math.round(row.score * 1000) / 1000;
    if (index !== undefined) {
      const node = snapshot.nodes[index]!;
      results.push({
        id: node.id, kind: node.kind, name: node.name, summary: node.summary, score, minAge: node.minAge,
        maxAge: node.maxAge, costType: node.costType, authorityId: node.authorityId, areas: node.areas,
      });
    } else {
      const hit = fresh.get(row.id);
      if (hit) results.push({ ...hit, score });
    }
  }
  return { total: rows.length, results, facets: countFacets(snapshot, known) };
}
