import { OfferLinkType } from '../../ontology/offer.ts';

/**
 * What an Open Referral feed query may filter offers on. Every field is optional; the ones given must all hold
 * (ORUK query parameters combine with AND). Values arrive already checked by the caller (api/routes/oruk).
 */
export interface OrukOfferFilter {
  /** Only this authority's offers (the export of one Local Offer). */
  authorityId?: string;
  /** Lower-case words; each must appear in the name or the published description. */
  words?: string[];
  /** Offers for someone this age or older: the offer states an age and its maximum is at least this. */
  minimumAge?: number;
  /** Offers for someone this age or younger: the offer states an age and its minimum is at most this. */
  maximumAge?: number;
  /** Linked (by any offer → concept link) to this concept. */
  conceptId?: string;
  /** Linked to any concept of this scheme. */
  scheme?: string;
  /** Written (created or changed) at or after this ISO date-time. */
  modifiedAfter?: string;
}

/** The description the feed publishes: the offer's description, or its summary when it has none. */
export const PUBLISHED_DESCRIPTION = `CASE WHEN coalesce(o.description, '') <> '' THEN o.description ELSE coalesce(o.summary, '') END`;

const STATES_AN_AGE = '(o.minAge IS NOT NULL OR o.maxAge IS NOT NULL)';

/**
 * The Cypher condition for each filter, on an offer bound to `o`: constants with parameters only. A query's
 * WHERE clause is assembled from this whitelist by name, never from the values themselves.
 */
const CONDITIONS = {
  authorityId: 'o.authorityId = $authorityId',
  words: `ALL(w IN $words WHERE toLower(o.name) CONTAINS w OR toLower(${PUBLISHED_DESCRIPTION}) CONTAINS w)`,
  minimumAge: `${STATES_AN_AGE} AND coalesce(o.maxAge, 1000) >= $minimumAge`,
  maximumAge: `${STATES_AN_AGE} AND coalesce(o.minAge, 0) <= $maximumAge`,
  conceptId: 'EXISTS { MATCH (o)-[r]->(:Concept {id: $conceptId}) WHERE type(r) IN $linkTypes }',
  scheme: 'EXISTS { MATCH (o)-[r]->(c:Concept) WHERE type(r) IN $linkTypes AND c.scheme = $scheme }',
  modifiedAfter: 'o.ingestedAt >= $modifiedAfter',
} as const satisfies Record<keyof OrukOfferFilter, string>;

/** The offer → concept relationship types (graph/README.md) that the feed publishes as attributes. */
export const LINK_TYPES: readonly OfferLinkType[] = OfferLinkType.options;

/** `WHERE` for live (not retired) offers matching `filter`, and its parameters. */
export function offerWhere(filter: OrukOfferFilter): { where: string; params: Record<string, unknown> } {
  const conditions = ['coalesce(o.retired, false) = false'];
  const params: Record<string, unknown> = { linkTypes: LINK_TYPES };
  for (const name of Object.keys(CONDITIONS) as Array<keyof OrukOfferFilter>) {
    const value = filter[name];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    conditions.push(`(${CONDITIONS[name]})`);
    params[name] = value;
  }
  return { where: `WHERE ${conditions.join(' AND ')}`, params };
}
