import { readQuery, type GraphContext } from '../../seam/index.ts';
import { stepSentence } from '../explanations/phrases.ts';
import { relationLabel } from '../explanations/relation-labels.ts';
import { KIND_LABELS, kindFromLabels, type NodeKind } from '../kinds.ts';

export interface PathNode {
  id: string;
  kind: NodeKind;
  kindLabel: string;
  name: string;
}

export interface PathStep {
  from: string;
  to: string;
  type: string;
  label: string;
  sentence: string;
}

export interface FoundPath {
  nodes: PathNode[];
  steps: PathStep[];
}

/** Both ends by id, through the unique-id index of each label. */
const byId = (param: string) => `CALL {
  MATCH (n:Offer {id: $${param}}) RETURN n UNION MATCH (n:Concept {id: $${param}}) RETURN n
  UNION MATCH (n:Organisation {id: $${param}}) RETURN n UNION MATCH (n:Authority {id: $${param}}) RETURN n
  UNION MATCH (n:Area {id: $${param}}) RETURN n UNION MATCH (n:Location {id: $${param}}) RETURN n
}`;
const ENDS = `${byId('from')}
WITH n AS a LIMIT 1
${byId('to')}
WITH a, n AS b LIMIT 1`;

/** Finds a node by id through the unique-id indexes of each label (no label-less scan). */
const FIND_ENDS = `${byId('id')}
RETURN n.id AS id, NOT coalesce(n.retired, false) AS live`;

/** Informative relationships first: hubs (the authority, areas, age bands, ways in) say little about how two things connect. */
const SHORTEST_INFORMATIVE = `${ENDS}
MATCH p = shortestPath((a)-[:FOR_NEED|ON_PATHWAY|SUPPORTS_PROCESS|IN_CATEGORY|SETTING_TYPE|FOR_OUTCOME|UNDER_LAW|COMMISSIONED_BY|PROVIDED_BY|BROADER|RELATED|HAS_PATHWAY|CATERED_BY|LEADS_TO|TRIGGERS|AT_LOCATION*..6]-(b))
WHERE all(n IN nodes(p) WHERE NOT coalesce(n.retired, false) AND NOT n:FrameworkQuestion AND NOT n:QuestionSet)
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), name: coalesce(n.name, n.label, n.id), scheme: n.scheme}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels`;

const SHORTEST_ANY = `${ENDS}
MATCH p = shortestPath((a)-[:FOR_NEED|ON_PATHWAY|SUPPORTS_PROCESS|IN_CATEGORY|SETTING_TYPE|FOR_OUTCOME|UNDER_LAW|COMMISSIONED_BY|PROVIDED_BY|BROADER|RELATED|HAS_PATHWAY|CATERED_BY|LEADS_TO|TRIGGERS|AT_LOCATION|ACCESS_ROUTE|FOR_AGE|IN_AUTHORITY|SERVES_AREA|PART_OF*..6]-(b))
WHERE all(n IN nodes(p) WHERE NOT coalesce(n.retired, false))
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), name: coalesce(n.name, n.label, n.id), scheme: n.scheme}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels`;

interface PathRow {
  nodes: { id: string; labels: string[]; name: string; scheme: string | null }[];
  rels: { type: string; from: string; to: string }[];
}

/** Whether each end exists (and is not retired): `missing` names the ids that do not. */
export async function checkEnds(ctx: GraphContext, ids: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const id of ids) {
    const rows = await readQuery<{ id: string; live: boolean }>(ctx, FIND_ENDS, { id });
    if (!rows.some((row) => row.live)) missing.push(id);
  }
  return missing;
}

/**
 * How two nodes connect: the shortest path (at most 6 relationships) through
 * informative relationships, else through any; each step said in plain English. Null when none.
 */
export async function findPath(ctx: GraphContext, from: string, to: string): Promise<FoundPath | null> {
  let rows = await readQuery<PathRow>(ctx, SHORTEST_INFORMATIVE, { from, to });
  if (rows.length === 0) rows = await readQuery<PathRow>(ctx, SHORTEST_ANY, { from, to });
  const row = rows[0];
  if (!row) return null;
  const nodes = row.nodes.map((n) => {
    const kind = kindFromLabels(n.labels, n.scheme);
    return { id: n.id, kind, kindLabel: KIND_LABELS[kind], name: n.name };
  });
  const steps = row.rels.map((rel, i) => {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    const forward = rel.from === a.id;
    return {
      from: a.id, to: b.id, type: rel.type, label: relationLabel(rel.type, forward ? 'out' : 'in'),
      sentence: stepSentence(rel.type, forward, a, b),
    };
  });
  return { nodes, steps };
}
