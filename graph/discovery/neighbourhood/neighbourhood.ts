import { relationLabel } from '../explanations/relation-labels.ts';
import { KIND_LABELS, type NodeKind } from '../kinds.ts';
import type { Snapshot } from '../snapshot/types.ts';

export interface NeighbourhoodRequest {
  id: string;
  /** 1 to 3 steps out. */
  depth: number;
  /** At most this many nodes, the start included. */
  limit: number;
  /** Only nodes of these kinds (the start node is always included). */
  kinds?: readonly NodeKind[];
}

/** Elements ready for cytoscape: `cy.add([...nodes, ...edges])`. */
export interface Neighbourhood {
  nodes: { data: { id: string; label: string; kind: NodeKind; kindLabel: string; summary: string; depth: number; root: boolean } }[];
  edges: { data: { id: string; source: string; target: string; type: string; label: string } }[];
  /** True when the limit left neighbours out. */
  truncated: boolean;
}

/**
 * The nodes around one node, breadth first. Each node's neighbours are taken strongest first (a
 * strong relationship type to a small node before a weak one to a hub such as the authority), and
 * every relationship between the chosen nodes is returned. Null when the id is not in the graph.
 */
export function neighbourhood(snapshot: Snapshot, request: NeighbourhoodRequest): Neighbourhood | null {
  const root = snapshot.indexOf.get(request.id);
  if (root === undefined) return null;
  const kinds = request.kinds && request.kinds.length > 0 ? new Set(request.kinds) : null;
  const depthOf = new Map<number, number>([[root, 0]]);
  let frontier = [root];
  let truncated = false;
  for (let depth = 1; depth <= request.depth && frontier.length > 0; depth++) {
    const next: number[] = [];
    const left = request.limit - depthOf.size;
    if (left <= 0) { truncated = true; break; }
    // Each level gets its share of the room (a hub's neighbours must not crowd out the next level),
    // shared between the frontier's nodes, strongest-ranked neighbours first.
    const room = depth === request.depth ? left : Math.max(1, Math.floor(left / (request.depth - depth + 1)));
    const stop = depthOf.size + room;
    const perNode = Math.max(1, Math.ceil(room / frontier.length));
    for (const at of frontier) {
      const candidates: { index: number; rank: number }[] = [];
      for (let a = snapshot.offsets[at]!; a < snapshot.offsets[at + 1]!; a++) {
        const v = snapshot.targets[a]!;
        if (depthOf.has(v)) continue;
        if (kinds && !kinds.has(snapshot.nodes[v]!.kind)) continue;
        const strength = snapshot.typeWeights[a]! || 0.01;
        candidates.push({ index: v, rank: strength / Math.log(2 + snapshot.degree[v]!) });
      }
      candidates.sort((x, y) => y.rank - x.rank || snapshot.nodes[x.index]!.name.localeCompare(snapshot.nodes[y.index]!.name));
      const unique = [...new Set(candidates.map((c) => c.index))];
      if (unique.length > perNode) truncated = true;
      for (const v of unique.slice(0, perNode)) {
        if (depthOf.size >= stop) { truncated = true; break; }
        if (depthOf.has(v)) continue;
        depthOf.set(v, depth);
        next.push(v);
      }
    }
    frontier = next;
  }

  const nodes = [...depthOf.entries()].map(([index, depth]) => {
    const node = snapshot.nodes[index]!;
    return { data: { id: node.id, label: node.name, kind: node.kind, kindLabel: KIND_LABELS[node.kind], summary: node.summary, depth, root: index === root } };
  });
  const edges: Neighbourhood['edges'] = [];
  for (const index of depthOf.keys()) {
    for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
      const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
      const target = snapshot.targets[a]!;
      if (!type.forward || !depthOf.has(target)) continue;
      const source = snapshot.nodes[index]!.id;
      const targetId = snapshot.nodes[target]!.id;
      edges.push({ data: { id: `${source}|${type.type}|${targetId}`, source, target: targetId, type: type.type, label: relationLabel(type.type) } });
    }
  }
  return { nodes, edges, truncated };
}
