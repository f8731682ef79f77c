import { readQuery, writeQuery, type GraphContext } from '../seam/index.ts';

const BUMP = `
MERGE (m:Meta {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime()
RETURN m.version AS version`;

const READ = `OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN coalesce(m.version, 0) AS version`;

/** Counts changes to the offers, so another process (the running app) can tell that an ingest happened. */
export async function bumpGraphVersion(ctx: GraphContext): Promise<number> {
  const [row] = await writeQuery<{ version: number }>(ctx, BUMP);
  return row?.version ?? 0;
}

/** The current graph version (0 before the first ingest). Cheap: poll it. */
export async function readGraphVersion(ctx: GraphContext): Promise<number> {
  const [row] = await readQuery<{ version: number }>(ctx, READ);
  return row?.version ?? 0;
}
