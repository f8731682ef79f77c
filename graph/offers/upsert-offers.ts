import type { ManagedTransaction } from 'neo4j-driver';
import { OfferLinkType } from '../../ontology/offer.ts';
import { writeQuery, type GraphContext } from '../seam/index.ts';
import type { OfferRow } from './offer-row.ts';

const OWNED_RELATIONSHIPS = [...OfferLinkType.options, 'PROVIDED_BY', 'IN_AUTHORITY', 'SERVES_AREA', 'AT_LOCATION'].join('|');

/** Before rewriting an existing offer: its links go (a changed record keeps none it no longer has), its answers too. */
const CLEAR_OFFERS = `
UNWIND $ids AS id
MATCH (o:Offer {id: id})
CALL (o) {
  MATCH (o)-[r:${OWNED_RELATIONSHIPS}]->()
  DELETE r
}
CALL (o) {
  MATCH (o)-[:HAS_ANSWER]->(a:Answer)
  DETACH DELETE a
}`;

/**
 * Everything one batch writes, in ONE statement: a row per offer, each kind of related thing in its own unit
 * subquery. One statement rather than one per kind of link measured 20-30% faster (fewer round trips and plans,
 * each offer found once). Relationship types are dynamic (Neo4j 5.26), but only from the fixed list
 * $linkTypes (graph/README.md), never from input: a row with any other type writes nothing for that link.
 * Organisations, locations and the authority are merged by id and shared; answers belong to their offer.
 */
const WRITE_OFFERS = `
UNWIND $rows AS row
MERGE (o:Offer {id: row.id})
ON CREATE SET o.createdAt = $now
SET o += row.props, o.ingestedAt = $now, o.retired = false, o.retiredAt = null
FOREACH (_ IN CASE WHEN row.kind = 'setting' THEN [1] ELSE [] END | SET o:Setting REMOVE o:Service)
FOREACH (_ IN CASE WHEN row.kind = 'service' THEN [1] ELSE [] END | SET o:Service REMOVE o:Setting)
WITH o, row
CALL (o, row) {
  MERGE (au:Authority {id: row.authorityId})
  ON CREATE SET au.name = row.authorityId, au.fictional = false, au.source = row.props.source, au.ingestedAt = $now
  CREATE (o)-[:IN_AUTHORITY]->(au)
}
CALL (o, row) {
  UNWIND row.organisations AS org
  MERGE (g:Organisation {id: org.id})
  SET g += org.props, g.source = row.props.source, g.ingestedAt = $now
  FOREACH (_ IN CASE WHEN org.support THEN [1] ELSE [] END | SET g:SupportOrganisation)
  CREATE (o)-[:PROVIDED_BY]->(g)
}
CALL (o, row) {
  UNWIND row.locations AS loc
  MERGE (l:Location {id: loc.id})
  SET l += loc.props, l.source = row.props.source, l.ingestedAt = $now
  CREATE (o)-[:AT_LOCATION]->(l)
}
CALL (o, row) {
  UNWIND row.areaIds AS areaId
  MATCH (ar:Area {id: areaId})
  CREATE (o)-[:SERVES_AREA]->(ar)
}
CALL (o, row) {
  UNWIND row.answers AS answer
  CREATE (a:Answer {id: answer.id})
  SET a += answer.props, a.source = row.props.source, a.ingestedAt = $now
  CREATE (o)-[:HAS_ANSWER]->(a)
  WITH a, answer
  MATCH (q:Concept {id: answer.questionId})
  CREATE (a)-[:ANSWERS]->(q)
}
CALL (o, row) {
  UNWIND row.links AS link
  WITH link WHERE link.type IN $linkTypes
  MATCH (c:Concept {id: link.conceptId})
  CREATE (o)-[:$(link.type) {explicit: link.explicit, evidence: link.evidence}]->(c)
}`;

/**
 * Creates or rewrites `rows` in the caller's transaction (or its own): the offer nodes and all their
 * relationships, old ones removed first. `existing` names the rows already in the graph (to clear them first).
 * Returns how many offers were written.
 */
export async function upsertOffers(ctx: GraphContext, rows: OfferRow[], now: string, existing: ReadonlySet<string>, tx?: ManagedTransaction): Promise<number> {
  if (rows.length === 0) return 0;
  const old = rows.filter((row) => existing.has(row.id)).map((row) => row.id);
  if (old.length) await writeQuery(ctx, CLEAR_OFFERS, { ids: old }, tx);
  await writeQuery(ctx, WRITE_OFFERS, { rows: rows.map(statementRow), now, linkTypes: OfferLinkType.options }, tx);
  return rows.length;
}

/** An OfferRow as WRITE_OFFERS reads it: optional parts as lists, links flattened with their type. */
function statementRow(row: OfferRow) {
  return {
    id: row.id, kind: row.kind, authorityId: row.authorityId, props: row.props, areaIds: row.areaIds,
    organisations: row.organisation ? [row.organisation] : [], locations: row.locations, answers: row.answers,
    links: OfferLinkType.options.flatMap((type) => row.links[type].map((link) => ({ ...link, type }))),
  };
}
