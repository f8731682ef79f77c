import { readQuery, type GraphContext } from '../seam/index.ts';

const COMPONENTS = 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition';
const COUNTS = 'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships';

export interface DatabaseHealth {
  neo4j: { name: string; version: string; edition: string };
  counts: { nodes: number; relationships: number };
}

/** The database's name, version and edition, and its node and relationship counts (from the count store). */
export async function readDatabaseHealth(ctx: GraphContext): Promise<DatabaseHealth> {
  const [component] = await readQuery<DatabaseHealth['neo4j']>(ctx, COMPONENTS);
  const [counts] = await readQuery<DatabaseHealth['counts']>(ctx, COUNTS);
  if (!component || !counts) throw new Error('the database gave no version');
  return { neo4j: component, counts };
}
