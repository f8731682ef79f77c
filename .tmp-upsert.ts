import type { ManagedTransaction } from 'neo4j-driver';
import { OfferLinkType } from './ontology/offer.ts';
import { writeQuery, type GraphContext, type Params } from './graph/seam/index.ts';
import type { OfferRow } from './graph/offers/offer-row.ts';

/**
 * Writing offers is a few simple statements run one after another in the caller's transaction (one per kind of
 * thing written), rather than one large query: each plans fast and runs without eager barriers.
 */

/** The offer nodes: managed properties (null removes), kind label, provenance, back from retirement. */
const WRITE_OFFERS = `
UNWIND $rows AS row
MERGE (o:Offer {id: row.id})
ON CREATE SET o.createdAt = $now
SET o += row.props, o.ingestedAt = $now, o.retired = false, o.retiredAt = null
FOREACH (_ IN CASE WHEN row.kind = 'setting' THEN [1] ELSE [] END | SET o:Setting REMOVE o:Service)
FOREACH (_ IN CASE WHEN row.kind = 'service' THEN [1] ELSE [] END | SET o:Service REMOVE o:Setting)`;

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

const LINK_AUTHORITIES = `
UNWIND $pairs AS pair
MATCH (o:Offer {id: pair.offer})
MERGE (au:Authority {id: pair.authority})
ON CREATE SET au.name = pair.authority, au.fictional = false, au.source = pair.source, au.ingestedAt = $now
CREATE (o)-[:IN_AUTHORITY]->(au)`;

const WRITE_ORGANISATIONS = `
UNWIND $organisations AS org
MERGE (g:Organisation {id: org.id})
SET g += org.props, g.source = org.source, g.ingestedAt = $now
FOREACH (_ IN CASE WHEN org.support THEN [1] ELSE [] END | SET g:SupportOrganisation)`;

const LINK_ORGANISATIONS = `
UNWIND $pairs AS pair
MATCH (o:Offer {id: pair.offer})
MATCH (g:Organisation {id: pair.organisation})
CREATE (o)-[:PROVIDED_BY]->(g)`;

const WRITE_LOCATIONS = `
UNWIND $locations AS loc
MERGE (l:Location {id: loc.id})
SET l += loc.props, l.source = loc.source, l.ingestedAt = $now`;

const LINK_LOCATIONS = `
UNWIND $pairs AS pair
MATCH (o:Offer {id: pair.offer})
MATCH (l:Location {id: pair.location})
CREATE (o)-[:AT_LOCATION]->(l)`;

const LINK_AREAS = `
UNWIND $pairs AS pair
MATCH (o:Offer {id: pair.offer})
MATCH (ar:Area {id: pair.area})
CREATE (o)-[:SERVES_AREA]->(ar)`;

const WRITE_ANSWERS = `
UNWIND $answers AS answer
MATCH (o:Offer {id: answer.offer})
CREATE (a:Answer {id: answer.id})
SET a += answer.props, a.source = answer.source, a.ingestedAt = $now
CREATE (o)-[:HAS_ANSWER]->(a)
WITH a, answer
MATCH (q:Concept {id: answer.questionId})
CREATE (a)-[:ANSWERS]->(q)`;

/** One statement per link type, from the fixed list of graph/README.md (never from input). */
const LINK_CONCEPTS = Object.fromEntries(OfferLinkType.options.map((type) => [type, `
UNWIND $links AS link
MATCH (o:Offer {id: link.offer})
MATCH (c:Concept {id: link.conceptId})
CREATE (o)-[:${type} {explicit: link.explicit, evidence: link.evidence}]->(c)`])) as Record<OfferLinkType, string>;

/**
 * Creates or rewrites `rows` in the caller's transaction (or its own): the offer nodes, then all their
 * relationships, old ones removed first. Organisations, locations and the authority are merged by id and
 * shared; answers belong to their offer. `existing` names the rows already in the graph (to clear them first).
 * Returns how many offers were written.
 */
export async function upsertOffers(ctx: GraphContext, rows: OfferRow[], now: string, existing: ReadonlySet<string>, tx?: ManagedTransaction): Promise<number> {
  if (rows.length === 0) return 0;
  const run = (cypher: string, params: Params) => writeQuery(ctx, cypher, { ...params, now }, tx);
  const old = rows.filter((row) => existing.has(row.id)).map((row) => row.id);
  if (old.length) await run(CLEAR_OFFERS, { ids: old });
  await run(WRITE_OFFERS, { rows: rows.map(({ id, kind, props }) => ({ id, kind, props })) });
  await run(LINK_AUTHORITIES, { pairs: rows.map((row) => ({ offer: row.id, authority: row.authorityId, source: row.props.source })) });

  const organisations = new Map(rows.flatMap((row) => (row.organisation ? [[row.organisation.id, { ...row.organisation, source: row.props.source }]] : [])));
  if (organisations.size) {
    await run(WRITE_ORGANISATIONS, { organisations: [...organisations.values()] });
    await run(LINK_ORGANISATIONS, { pairs: rows.flatMap((row) => (row.organisation ? [{ offer: row.id, organisation: row.organisation.id }] : [])) });
  }
  const locations = new Map(rows.flatMap((row) => row.locations.map((loc) => [loc.id, { ...loc, source: row.props.source }] as const)));
  if (locations.size) {
    await run(WRITE_LOCATIONS, { locations: [...locations.values()] });
    await run(LINK_LOCATIONS, { pairs: rows.flatMap((row) => row.locations.map((loc) => ({ offer: row.id, location: loc.id }))) });
  }
  const areas = rows.flatMap((row) => row.areaIds.map((area) => ({ offer: row.id, area })));
  if (areas.length) await run(LINK_AREAS, { pairs: areas });
  const answers = rows.flatMap((row) => row.answers.map((answer) => ({ ...answer, offer: row.id, source: row.props.source })));
  if (answers.length) await run(WRITE_ANSWERS, { answers });
  const links = OfferLinkType.options.flatMap((type) => rows.flatMap((row) => row.links[type].map((link) => ({ ...link, type, offer: row.id }))));
  if (links.length) await run(`UNWIND $links AS link
MATCH (o:Offer {id: link.offer})
MATCH (c:Concept {id: link.conceptId})
CREATE (o)-[:$(link.type) {explicit: link.explicit, evidence: link.evidence}]->(c)`, { links });
  return rows.length;
}
