import type { Neighbourhood } from '../../../web/src/api/types.ts';

const KINDS = ['service', 'setting', 'need', 'carePathway', 'process', 'legislation', 'organisation', 'provisionCategory', 'area'];

/**
 * A neighbourhood of `size` nodes shaped like the API's (GET /api/nodes/:id/neighbourhood): a root,
 * a first ring of about a fifth of the nodes, the rest one step further. Deterministic.
 */
export function generatedNeighbourhood(size: number, rootId = 'root'): Neighbourhood {
  const ring1 = Math.max(1, Math.round(size / 5));
  const nodes: Neighbourhood['nodes'] = [{ data: { id: rootId, label: 'Root', kind: 'service' } }];
  const edges: Neighbourhood['edges'] = [];
  for (let i = 1; i < size; i++) {
    const id = `n${i}`;
    nodes.push({ data: { id, label: `Item ${i} with a realistic two-line name`, kind: KINDS[i % KINDS.length] ?? 'other' } });
    const source = i <= ring1 ? rootId : `n${1 + (i % ring1)}`;
    edges.push({ data: { id: `e${i}`, source, target: id, type: 'RELATED', label: 'is related to' } });
  }
  return { nodes, edges };
}
