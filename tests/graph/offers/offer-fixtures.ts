import { Offer, type ConceptLink, type OfferInput } from '../../../ontology/offer.ts';
import { readQuery, writeQuery, type GraphContext } from '../../../graph/seam/index.ts';
import type { LoadableOffer } from '../../../graph/offers/index.ts';

/** A source and authority unique to one test file, so what it creates can be found and removed. */
export function testScope(name: string) {
  const tag = `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return { tag, source: `test/${tag}`, authorityId: `test-authority-${tag}`, conceptPrefix: `need:test-${tag}` };
}

export type Scope = ReturnType<typeof testScope>;

/** A valid offer in the scope, with what the test sets. */
export function makeOffer(scope: Scope, sourceId: string, fields: Partial<OfferInput> = {}): Offer {
  return Offer.parse({ source: scope.source, sourceId, authorityId: scope.authorityId, kind: 'service', name: `Service ${sourceId}`, description: `About ${sourceId}.`, ...fields });
}

export function loadable(offer: Offer, links: ConceptLink[] = [], areaIds: string[] = []): LoadableOffer {
  return { offer, links, areaIds, searchText: links.map((l) => l.conceptId).join(' ') };
}

/** Creates throwaway :Concept:Need nodes (ids `<conceptPrefix>-<n>`), an authority and its areas. */
export async function seedScope(ctx: GraphContext, scope: Scope, concepts = 3, areas = 2): Promise<{ conceptIds: string[]; areaIds: string[] }> {
  const conceptIds = Array.from({ length: concepts }, (_, i) => `${scope.conceptPrefix}-${i + 1}`);
  const areaIds = Array.from({ length: areas }, (_, i) => `${scope.tag}-area-${i + 1}`);
  await writeQuery(ctx, 'UNWIND $ids AS id CREATE (:Concept:Need {id: id, scheme: "need", label: "Test need " + id, altLabels: ["test synonym"]})', { ids: conceptIds });
  await writeQuery(ctx, `MERGE (au:Authority {id: $authorityId}) SET au.name = 'Test Authority'
    WITH au UNWIND $areaIds AS areaId CREATE (ar:Area {id: areaId, name: areaId, authorityId: $authorityId})-[:PART_OF]->(au)`, { authorityId: scope.authorityId, areaIds });
  return { conceptIds, areaIds };
}

/** Removes everything the scope made: its offers and answers, its locations and organisations, concepts, authority. */
export async function cleanScope(ctx: GraphContext, scope: Scope): Promise<void> {
  await writeQuery(ctx, 'MATCH (o:Offer {source: $source}) OPTIONAL MATCH (o)-[:HAS_ANSWER]->(a:Answer) DETACH DELETE a, o', { source: scope.source });
  await writeQuery(ctx, 'MATCH (l:Location {source: $source}) WHERE NOT (l)<-[:AT_LOCATION]-() DETACH DELETE l', { source: scope.source });
  await writeQuery(ctx, 'MATCH (g:Organisation) WHERE g.id STARTS WITH $prefix DETACH DELETE g', { prefix: `org-${scope.authorityId}` });
  await writeQuery(ctx, 'MATCH (c:Concept) WHERE c.id STARTS WITH $prefix DETACH DELETE c', { prefix: scope.conceptPrefix });
  await writeQuery(ctx, 'MATCH (ar:Area {authorityId: $authorityId}) DETACH DELETE ar', { authorityId: scope.authorityId });
  await writeQuery(ctx, 'MATCH (au:Authority {id: $authorityId}) DETACH DELETE au', { authorityId: scope.authorityId });
}

const TIMESTAMPS = ['ingestedAt', 'createdAt', 'retiredAt'];
const withoutTimestamps = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([key]) => !TIMESTAMPS.includes(key)).sort(([a], [b]) => a.localeCompare(b)));

/** Everything the scope's offers are and touch, timestamps aside, in a stable order: compare two of these. */
export async function snapshotScope(ctx: GraphContext, scope: Scope): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const nodes = await readQuery<{ labels: string[]; props: Record<string, unknown> }>(ctx, `
    MATCH (o:Offer {source: $source})
    OPTIONAL MATCH (o)--(n)
    OPTIONAL MATCH (o)-[:HAS_ANSWER]->()-->(q)
    WITH collect(DISTINCT o) + collect(DISTINCT n) + collect(DISTINCT q) AS all
    UNWIND all AS n
    WITH DISTINCT n
    RETURN labels(n) AS labels, properties(n) AS props`, { source: scope.source });
  const relationships = await readQuery<{ from: string; type: string; to: string; props: Record<string, unknown> }>(ctx, `
    MATCH (o:Offer {source: $source})-[r]->(n)
    RETURN o.id AS from, type(r) AS type, n.id AS to, properties(r) AS props
    UNION
    MATCH (o:Offer {source: $source})-[:HAS_ANSWER]->(a)-[r]->(n)
    RETURN a.id AS from, type(r) AS type, n.id AS to, properties(r) AS props`, { source: scope.source });
  const key = (value: unknown) => JSON.stringify(value);
  return {
    nodes: nodes.map((n) => ({ labels: [...n.labels].sort(), props: withoutTimestamps(n.props) })).sort((a, b) => key(a).localeCompare(key(b))),
    relationships: relationships.map((r) => ({ ...r, props: withoutTimestamps(r.props) })).sort((a, b) => key(a).localeCompare(key(b))),
  };
}
