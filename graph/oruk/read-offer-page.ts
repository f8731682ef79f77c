import { inReadTransaction, int, toNative, type GraphContext } from '../seam/index.ts';
import { offerWhere, PUBLISHED_DESCRIPTION, type OrukOfferFilter } from './filters.ts';
import type { OfferSummaryRecord } from './records.ts';

/** The one-to-one fields of an offer bound to `o`, and its provider bound to `g`. */
export const SUMMARY_PROJECTION = `o {
  .id, .name, description: ${PUBLISHED_DESCRIPTION}, summary: o.summary, website: o.website, email: o.email,
  minAge: o.minAge, maxAge: o.maxAge, lastReviewed: o.lastReviewed, ingestedAt: o.ingestedAt,
  organisation: CASE WHEN g IS NULL THEN null ELSE g { .id, .name, description: g.description, url: g.url } END
}`;

const countCypher = (where: string) => `
MATCH (o:Offer)
${where}
RETURN count(o) AS total`;

/** Ordered by name (then id, so pages never overlap or skip when names repeat). */
const pageCypher = (where: string) => `
MATCH (o:Offer)
${where}
WITH o ORDER BY toLower(o.name), o.id SKIP $skip LIMIT $limit
CALL (o) {
  OPTIONAL MATCH (o)-[:PROVIDED_BY]->(g:Organisation)
  RETURN g ORDER BY g.id LIMIT 1
}
RETURN ${SUMMARY_PROJECTION} AS offer`;

export interface OfferPage {
  total: number;
  offers: OfferSummaryRecord[];
}

/**
 * One page of live offers matching `filter` and how many match in all, read in one read transaction so the
 * count and the page agree. `page` is 1-based.
 */
export async function readOfferPage(ctx: GraphContext, filter: OrukOfferFilter, page: number, perPage: number): Promise<OfferPage> {
  const { where, params } = offerWhere(filter);
  return inReadTransaction(ctx, async (tx) => {
    const counted = await tx.run(countCypher(where), params);
    const total = Number(toNative(counted.records[0]?.get('total')) ?? 0);
    const skip = (page - 1) * perPage;
    if (skip >= total) return { total, offers: [] };
    const result = await tx.run(pageCypher(where), { ...params, skip: int(skip), limit: int(perPage) });
    return { total, offers: result.records.map((record) => toNative(record.get('offer')) as OfferSummaryRecord) };
  });
}
