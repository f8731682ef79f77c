import type { ManagedTransaction } from 'neo4j-driver';
import { OfferLinkType } from '../../ontology/offer.ts';
import { writeQuery, type GraphContext } from '../seam/index.ts';
import type { OfferRow } from './offer-row.ts';

/** Offer → Concept links are built from this fixed list (graph/README.md), never from input. */
const linkSubqueries = OfferLinkType.options.map((type) => `
CALL (o, row) {
  UNWIND row.links.${type} AS link
  MATCH (c:Concept {id: link.conceptId})
  MERGE (o)-[r:${type}]->(c)
  SET r.explicit = link.explicit, r.evidence = link.evidence
}`).join('');

const OWNED_RELATIONSHIPS = [...OfferLinkType.options, 'PROVIDED_BY', 'IN_AUTHORITY', 'SERVES_AREA', 'AT_LOCATION'].join('|');

/**
 * Creates or rewrites offers: the node's managed properties, its kind label, and all of its relationships
 * (old ones are removed first, so a changed record loses the links it no longer has). Organisations,
 * locations and the authority are merged by id and shared; answers belong to their offer and are replaced.
 */
export const UPSERT_OFFERS = `
UNWIND $rows AS row
MERGE (o:Offer {id: row.id})
ON CREATE SET o.createdAt = $now
SET o += row.props, o.ingestedAt = $now, o.retired = false, o.retiredAt = null
FOREACH (_ IN CASE WHEN row.kind = 'setting' THEN [1] ELSE [] END | SET o:Setting REMOVE o:Service)
FOREACH (_ IN CASE WHEN row.kind = 'service' THEN [1] ELSE [] END | SET o:Service REMOVE o:Setting)
WITH o, row
CALL (o) {
  MATCH (o)-[r:${OWNED_RELATIONSHIPS}]->()
  DELETE r
}
CALL (o) {
  MATCH (o)-[:HAS_ANSWER]->(a:Answer)
  DETACH DELETE a
}
CALL (o, row) {
  MERGE (au:Authority {id: row.authorityId})
  ON CREATE SET au.name = row.authorityId, au.fictional = false, au.source = row.props.source, au.ingestedAt = $now
  MERGE (o)-[:IN_AUTHORITY]->(au)
}
CALL (o, row) {
  UNWIND CASE WHEN row.organisation IS NULL THEN [] ELSE [row.organisation] END AS org
  MERGE (g:Organisation {id: org.id})
  SET g += org.props, g.source = row.props.source, g.ingestedAt = $now
  FOREACH (_ IN CASE WHEN org.support THEN [1] ELSE [] END | SET g:SupportOrganisation)
  MERGE (o)-[:PROVIDED_BY]->(g)
}
CALL (o, row) {
  UNWIND row.locations AS loc
  MERGE (l:Location {id: loc.id})
  SET l += loc.props, l.source = row.props.source, l.ingestedAt = $now
  MERGE (o)-[:AT_LOCATION]->(l)
}
CALL (o, row) {
  UNWIND row.areaIds AS areaId
  MATCH (ar:Area {id: areaId})
  MERGE (o)-[:SERVES_AREA]->(ar)
}
CALL (o, row) {
  UNWIND row.answers AS answer
  CREATE (a:Answer {id: answer.id})
  SET a += answer.props, a.source = row.props.source, a.ingestedAt = $now
  CREATE (o)-[:HAS_ANSWER]->(a)
  WITH a, answer
  MATCH (q:Concept {id: answer.questionId})
  MERGE (a)-[:ANSWERS]->(q)
}
${linkSubqueries}
RETURN count(o) AS written`;

/** Writes `rows` (see UPSERT_OFFERS); pass `tx` to make it part of a larger transaction. Returns how many were written. */
export async function upsertOffers(ctx: GraphContext, rows: OfferRow[], now: string, tx?: ManagedTransaction): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await writeQuery<{ written: number }>(ctx, UPSERT_OFFERS, { rows, now }, tx);
  return result?.written ?? 0;
}
