import type { ManagedTransaction } from 'neo4j-driver';
import { readQuery, writeQuery, type GraphContext } from '../seam/index.ts';

export interface AuthorityInput {
  id: string;
  name: string;
  fictional: boolean;
  areas: Array<{ id: string; name: string }>;
}

const UPSERT_AUTHORITY = `
MERGE (au:Authority {id: $authority.id})
SET au.name = $authority.name, au.fictional = $authority.fictional, au.source = $source, au.ingestedAt = $now
WITH au
CALL (au) {
  UNWIND $authority.areas AS area
  MERGE (ar:Area {id: area.id})
  SET ar.name = area.name, ar.authorityId = au.id, ar.source = $source, ar.ingestedAt = $now
  MERGE (ar)-[:PART_OF]->(au)
}
RETURN au.id AS id`;

/** Creates or updates an authority and its areas (Area -[:PART_OF]-> Authority). Idempotent. */
export async function upsertAuthority(ctx: GraphContext, authority: AuthorityInput, source: string, now: string, tx?: ManagedTransaction): Promise<void> {
  await writeQuery(ctx, UPSERT_AUTHORITY, { authority, source, now }, tx);
}

const READ_AUTHORITY = `
MATCH (au:Authority {id: $authorityId})
OPTIONAL MATCH (ar:Area)-[:PART_OF]->(au)
WITH au, ar ORDER BY ar.id
RETURN au.name AS name, [area IN collect(ar) | {id: area.id, name: area.name}] AS areas`;

/** An authority's name and areas as the graph knows them (no areas if it is not loaded). */
export async function readAuthority(ctx: GraphContext, authorityId: string): Promise<{ name?: string; areas: Array<{ id: string; name: string }> }> {
  const [row] = await readQuery<{ name: string | null; areas: Array<{ id: string; name: string }> }>(ctx, READ_AUTHORITY, { authorityId });
  return row ? { ...(row.name ? { name: row.name } : {}), areas: row.areas } : { areas: [] };
}
