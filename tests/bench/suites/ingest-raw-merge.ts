import { percentile } from '../framework.ts';
import { autoCommitQuery, int, readQuery, type GraphContext } from '../../../graph/seam/index.ts';

/** The offer nodes' properties as the ingest wrote them, a page at a time, in id order. */
const READ_PAGE = `
MATCH (o:Offer) WHERE o.id > $after AND NOT o.id STARTS WITH 'raw-'
RETURN o.id AS id, properties(o) AS props ORDER BY o.id LIMIT $limit`;

/** The ceiling: the same node properties, in the same batches, with nothing but one MERGE per row. */
const RAW_MERGE = 'UNWIND $rows AS row MERGE (o:Offer {id: row.id}) SET o += row.props';

export interface RawMerge {
  rows: number;
  seconds: number;
  perSecond: number;
  batchP50: number;
  batchP95: number;
}

/**
 * Writes again every offer the ingest wrote, as new :Offer nodes (ids prefixed "raw-", so the same constraint,
 * lookup and full-text indexes are maintained) with a bare `UNWIND $rows MERGE`, in batches of `batchSize`, one
 * transaction each: the rate the database itself allows for these rows. Only the writes are timed. The raw nodes
 * are deleted afterwards.
 */
export async function rawMergeCeiling(ctx: GraphContext, batchSize: number): Promise<RawMerge> {
  const batchTimes: number[] = [];
  let rows = 0;
  let after = '';
  for (;;) {
    const page = await readQuery<{ id: string; props: Record<string, unknown> }>(ctx, READ_PAGE, { after, limit: int(5_000) });
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    const raw = page.map(({ id, props }) => ({ id: `raw-${id}`, props: { ...props, id: `raw-${id}` } }));
    for (let from = 0; from < raw.length; from += batchSize) {
      const batch = raw.slice(from, from + batchSize);
      const started = performance.now();
      await ctx.driver.executeQuery(RAW_MERGE, { rows: batch }, { database: ctx.database });
      batchTimes.push(performance.now() - started);
      rows += batch.length;
    }
  }
  await autoCommitQuery(ctx, "MATCH (o:Offer) WHERE o.id STARTS WITH 'raw-' CALL (o) { DETACH DELETE o } IN TRANSACTIONS OF 5000 ROWS");
  const seconds = batchTimes.reduce((a, b) => a + b, 0) / 1000;
  return { rows, seconds, perSecond: rows / seconds, batchP50: percentile(batchTimes, 50), batchP95: percentile(batchTimes, 95) };
}
