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

const READ_AREAS = `
MATCH (ar:Area)-[:PART_OF]->(:Authority {id: $authorityId})
RETURN ar.id AS id, ar.name AS name
ORDER BY id`;

/** The areas the graph knows for an authority (none if it is not loaded). */
export async function readAuthorityAreas(ctx: GraphContext, authorityId: string): Promise<Array<{ id: string; name: string }>> {
  return readQuery<{ id: string; name: string }>(ctx, READ_AREAS, { authorityId });
}
