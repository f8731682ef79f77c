import { createHash } from 'node:crypto';
import { readQuery, writeQuery, type GraphContext } from '../../../graph/seam/index.ts';

/** Properties that say when something was written, not what: left out of the comparison. */
const TIMESTAMPS = ['ingestedAt', 'createdAt', 'retiredAt', 'updatedAt'];

/** Everything one source put in the graph: its offers, their relationships and what hangs off them. */
const READ_SOURCE = `
MATCH (o:Offer {source: $source})
OPTIONAL MATCH (o)-[r]->(x)
WITH o, collect({type: type(r), to: x.id, labels: labels(x), props: properties(r),
  node: CASE WHEN x:Answer OR x:Location OR x:Organisation OR x:Authority THEN properties(x) ELSE null END}) AS links
RETURN o.id AS id, labels(o) AS labels, properties(o) AS props, links
ORDER BY id`;

export interface SourceSnapshot {
  offers: number;
  relationships: number;
  answers: number;
  /** sha256 over every offer's labels, properties and relationships (timestamps aside), in id order. */
  hash: string;
}

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !TIMESTAMPS.includes(key)).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, stable(v)]));
  }
  return value;
}

/** Counts and a content hash of what `source` holds in the graph, independent of when and in what order it was written. */
export async function snapshotSource(ctx: GraphContext, source: string): Promise<SourceSnapshot> {
  const rows = await readQuery<{ id: string; labels: string[]; props: object; links: Array<{ type: string | null; to: string }> }>(ctx, READ_SOURCE, { source });
  const hash = createHash('sha256');
  let relationships = 0;
  let answers = 0;
  for (const row of rows) {
    const links = row.links.filter((l) => l.type !== null).map((l) => stable(l) as { type: string; to: string })
      .sort((a, b) => `${a.type} ${a.to}`.localeCompare(`${b.type} ${b.to}`));
    relationships += links.length;
    answers += links.filter((l) => l.type === 'HAS_ANSWER').length;
    hash.update(JSON.stringify([row.id, [...row.labels].sort(), stable(row.props), links]));
  }
  return { offers: rows.length, relationships, answers, hash: hash.digest('hex') };
}

/** Removes everything an ingest of `source` for `authorityId` made: offers, answers, locations, organisations, the authority. */
export async function deleteSource(ctx: GraphContext, source: string, authorityId: string): Promise<void> {
  await writeQuery(ctx, 'MATCH (o:Offer {source: $source}) OPTIONAL MATCH (o)-[:HAS_ANSWER]->(a:Answer) DETACH DELETE a, o', { source });
  await writeQuery(ctx, 'MATCH (n) WHERE (n:Location OR n:Organisation) AND n.source = $source DETACH DELETE n', { source });
  await writeQuery(ctx, 'MATCH (n:Organisation) WHERE n.id STARTS WITH $prefix AND NOT (n)<-[:PROVIDED_BY]-() DETACH DELETE n', { prefix: `org-${authorityId}` });
  await writeQuery(ctx, 'MATCH (a:Authority {id: $id}) DETACH DELETE a', { id: authorityId });
}
