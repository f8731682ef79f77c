import { readQuery, type GraphContext } from '../seam/index.ts';
import { LINK_TYPES } from './filters.ts';
import { SUMMARY_PROJECTION } from './read-offer-page.ts';
import type { OfferFullRecord } from './records.ts';

/** A live offer with everything the feed publishes about it: provider, authority, places, areas and concept links. */
const READ_FULL = `
UNWIND $ids AS id
MATCH (o:Offer {id: id})
WHERE coalesce(o.retired, false) = false
CALL (o) {
  OPTIONAL MATCH (o)-[:PROVIDED_BY]->(g:Organisation)
  RETURN g ORDER BY g.id LIMIT 1
}
CALL (o) {
  OPTIONAL MATCH (o)-[:IN_AUTHORITY]->(au:Authority)
  RETURN au ORDER BY au.id LIMIT 1
}
CALL (o) {
  OPTIONAL MATCH (o)-[:AT_LOCATION]->(l:Location)
  WITH l ORDER BY l.id
  RETURN collect(l { .id, name: l.name, address: l.address, postcode: l.postcode, lat: l.lat, lon: l.lon,
    accessibility: coalesce(l.accessibility, []) }) AS locations
}
CALL (o) {
  OPTIONAL MATCH (o)-[:SERVES_AREA]->(a:Area)
  WITH a ORDER BY a.name, a.id
  RETURN collect(a { .id, name: coalesce(a.name, a.id) }) AS areas
}
CALL (o) {
  OPTIONAL MATCH (o)-[r]->(c:Concept)
  WHERE type(r) IN $linkTypes
  WITH r, c ORDER BY type(r), c.id
  RETURN collect({ type: type(r), conceptId: c.id, explicit: coalesce(r.explicit, false), evidence: coalesce(r.evidence, '') }) AS links
}
WITH o, au, locations, areas, links, ${SUMMARY_PROJECTION} AS summary
RETURN summary {
  .*,
  kind: o.kind, costType: o.costType, costText: o.costText, waitingTime: o.waitingTime, eligibility: o.eligibility,
  referral: o.referral, phone: o.phone, contactsJson: o.contactsJson, openingTimes: o.openingTimes,
  delivery: coalesce(o.delivery, []), languages: coalesce(o.languages, []),
  commissionerNames: coalesce(o.commissionerNames, []), areaNames: coalesce(o.areaNames, []),
  authority: CASE WHEN au IS NULL THEN null ELSE au { .id, name: au.name } END,
  areas: areas, locations: locations, links: links
} AS offer`;

/** The live offers among `ids`, in no particular order (ids that are unknown or retired are left out). */
export async function readFullOffers(ctx: GraphContext, ids: string[]): Promise<OfferFullRecord[]> {
  if (ids.length === 0) return [];
  const rows = await readQuery<{ offer: OfferFullRecord }>(ctx, READ_FULL, { ids, linkTypes: LINK_TYPES });
  return rows.map((row) => row.offer);
}
