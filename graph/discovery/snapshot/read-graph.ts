import { inReadTransaction, toNative, type GraphContext } from '../../seam/index.ts';
import { SNAPSHOT_EDGE_TYPES } from './edge-weights.ts';

/** A node as read from Neo4j, before it becomes a SnapshotNode. */
export interface RawNode {
  id: string;
  labels: string[];
  scheme: string | null;
  name: string | null;
  summary: string | null;
  description: string | null;
  minAge: number | null;
  maxAge: number | null;
  authorityId: string | null;
  areas: string[] | null;
  costType: string | null;
  delivery: string[] | null;
  altLabels: string[] | null;
  hiddenLabels: string[] | null;
  /** What the node says, for the in-memory full-text index (not kept on the node). */
  text: string | null;
}

export interface RawEdge {
  from: string;
  type: string;
  to: string;
  explicit: boolean | null;
}

const NODE_FIELDS = `n.id AS id, labels(n) AS labels, n.scheme AS scheme, coalesce(n.name, n.label) AS name,
  left(n.summary, 400) AS summary, left(n.description, 600) AS description, n.minAge AS minAge, n.maxAge AS maxAge,
  n.authorityId AS authorityId, n.areas AS areas, n.costType AS costType, n.delivery AS delivery,
  n.altLabels AS altLabels, n.hiddenLabels AS hiddenLabels,
  left(coalesce(n.searchText, '') + ' ' + coalesce(n.description, '') + ' ' + coalesce(n.eligibility, '') + ' ' + coalesce(n.referral, ''), 4000) AS text`;

/** Provision that is not retired. */
const READ_OFFERS = `MATCH (n:Offer) WHERE n.id IS NOT NULL AND NOT coalesce(n.retired, false) RETURN ${NODE_FIELDS}`;
/** The ontology, without framework questions and question sets (they join answers, not provision). */
const READ_CONCEPTS = `MATCH (n:Concept) WHERE n.id IS NOT NULL AND NOT n:FrameworkQuestion AND NOT n:QuestionSet
  AND NOT coalesce(n.retired, false) RETURN ${NODE_FIELDS}`;
const READ_OTHERS = `MATCH (n) WHERE (n:Organisation OR n:Authority OR n:Area) AND n.id IS NOT NULL
  AND NOT coalesce(n.retired, false) RETURN ${NODE_FIELDS}`;
/** Every relationship of the types discovery uses; arcs to nodes outside the snapshot are dropped later. */
const READ_EDGES = `MATCH (a)-[r]->(b) WHERE type(r) IN $types AND a.id IS NOT NULL AND b.id IS NOT NULL
  RETURN a.id AS from, type(r) AS type, b.id AS to, r.explicit AS explicit`;
const READ_VERSION = `OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN m.version AS version`;

/** Reads everything a snapshot needs in one read transaction, so nodes and edges agree. */
export async function readGraph(ctx: GraphContext): Promise<{ version: number | null; nodes: RawNode[]; edges: RawEdge[] }> {
  return inReadTransaction(ctx, async (tx) => {
    const version = await tx.run(READ_VERSION);
    const nodes: RawNode[] = [];
    for (const cypher of [READ_CONCEPTS, READ_OFFERS, READ_OTHERS]) {
      const result = await tx.run(cypher);
      for (const record of result.records) nodes.push(toNative(record.toObject()) as RawNode);
    }
    const edgeResult = await tx.run(READ_EDGES, { types: SNAPSHOT_EDGE_TYPES });
    const edges = edgeResult.records.map((record) => ({
      from: record.get('from') as string,
      type: record.get('type') as string,
      to: record.get('to') as string,
      explicit: record.get('explicit') as boolean | null,
    }));
    const raw = toNative(version.records[0]?.get('version') ?? null);
    return { version: typeof raw === 'number' ? raw : null, nodes, edges };
  });
}

/** The current graph version, cheaply: used to notice ingests made by another process. */
export async function readGraphVersion(ctx: GraphContext): Promise<number | null> {
  return inReadTransaction(ctx, async (tx) => {
    const result = await tx.run(READ_VERSION);
    const raw = toNative(result.records[0]?.get('version') ?? null);
    return typeof raw === 'number' ? raw : null;
  });
}
