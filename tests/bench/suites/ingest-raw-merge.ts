import { percentile } from '../framework.ts';
import { autoCommitQuery, int, readQuery, type GraphContext } from '../../../graph/seam/index.ts';

/** The offers as the ingest wrote them, a page at a time in id order: properties and every relationship. */
const READ_PAGE = `
MATCH (o:Offer) WHERE o.id > $after AND NOT o.id STARTS WITH 'raw-'
WITH o ORDER BY o.id LIMIT $limit
RETURN o.id AS id, properties(o) AS props,
  [(o)-[r]->(t:Concept) | {type: type(r), target: t.id, props: properties(r)}] AS concepts,
  [(o)-[:SERVES_AREA]->(t:Area) | t.id] AS areas, [(o)-[:IN_AUTHORITY]->(t:Authority) | t.id] AS authorities,
  [(o)-[:PROVIDED_BY]->(t:Organisation) | t.id] AS organisations, [(o)-[:AT_LOCATION]->(t:Location) | t.id] AS locations`;

/** The offer nodes alone: one MERGE per row. */
const NODES_ONLY = 'UNWIND $rows AS row MERGE (o:Offer {id: row.id}) SET o += row.props';

/** The same rows in full: the node and every relationship it has, each a plain MERGE (types as read back). */
const FULL_ROWS = `
UNWIND $rows AS row
MERGE (o:Offer {id: row.id}) SET o += row.props
WITH o, row
CALL (o, row) { UNWIND row.concepts AS r MATCH (t:Concept {id: r.target}) MERGE (o)-[x:$(r.type)]->(t) SET x += r.props }
CALL (o, row) { UNWIND row.areas AS id MATCH (t:Area {id: id}) MERGE (o)-[:SERVES_AREA]->(t) }
CALL (o, row) { UNWIND row.authorities AS id MATCH (t:Authority {id: id}) MERGE (o)-[:IN_AUTHORITY]->(t) }
CALL (o, row) { UNWIND row.organisations AS id MATCH (t:Organisation {id: id}) MERGE (o)-[:PROVIDED_BY]->(t) }
CALL (o, row) { UNWIND row.locations AS id MATCH (t:Location {id: id}) MERGE (o)-[:AT_LOCATION]->(t) }`;

export interface RawMerge {
  rows: number;
  seconds: number;
  perSecond: number;
  batchP50: number;
  batchP95: number;
}

type Row = { id: string; props: Record<string, unknown> } & Record<'concepts' | 'areas' | 'authorities' | 'organisations' | 'locations', unknown[]>;

/**
 * The ceiling for the ingest: every offer it wrote is written again as a new :Offer (id prefixed "raw-", so the
 * same constraint, lookup and full-text indexes are maintained) by a bare `UNWIND $rows MERGE`, in batches of
 * `batchSize`, one transaction each, only the writes timed; then the raw offers are deleted. Two ceilings:
 * `fullRows` writes the same rows as the ingest (the node and all its relationships: what the ingest is compared
 * with), `nodesOnly` the node properties alone (far less work than the ingest does, reported for context).
 */
export async function rawMergeCeilings(ctx: GraphContext, batchSize: number): Promise<{ fullRows: RawMerge; nodesOnly: RawMerge }> {
  const nodesOnly = await rawMerge(ctx, batchSize, NODES_ONLY);
  const fullRows = await rawMerge(ctx, batchSize, FULL_ROWS);
  return { fullRows, nodesOnly };
}

async function rawMerge(ctx: GraphContext, batchSize: number, statement: string): Promise<RawMerge> {
  const batchTimes: number[] = [];
  let rows = 0;
  let after = '';
  for (;;) {
    const page = await readQuery<Row>(ctx, READ_PAGE, { after, limit: int(5_000) });
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    const raw = page.map((row) => ({ ...row, id: `raw-${row.id}`, props: { ...row.props, id: `raw-${row.id}` } }));
    for (let from = 0; from < raw.length; from += batchSize) {
      const batch = raw.slice(from, from + batchSize);
      const started = performance.now();
      await ctx.driver.executeQuery(statement, { rows: batch }, { database: ctx.database });
      batchTimes.push(performance.now() - started);
      rows += batch.length;
    }
  }
  await autoCommitQuery(ctx, "MATCH (o:Offer) WHERE o.id STARTS WITH 'raw-' CALL (o) { DETACH DELETE o } IN TRANSACTIONS OF 5000 ROWS");
  const seconds = batchTimes.reduce((a, b) => a + b, 0) / 1000;
  return { rows, seconds, perSecond: rows / seconds, batchP50: percentile(batchTimes, 50), batchP95: percentile(batchTimes, 95) };
}
