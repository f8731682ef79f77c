import type { Concept, DiscoverResult, Neighbourhood } from '../../api/types.ts';
import { radialLayout } from './radial-layout.ts';
import { visualOf } from './kind-visuals.ts';

/** The id of the question's own node at the centre of a results map. */
export const QUESTION_ID = '__question';

export interface MapNodeData {
  id: string;
  label: string;
  kind: string;
  family: string;
  colour: string;
  border: string;
  shape: string;
  /** 0..1: how strongly it matched (sizes the node through mapData). */
  weight: number;
  ring: number;
}

export interface MapEdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
}

/** The element shape cytoscape takes (a structural subset of its ElementDefinition). */
export type MapElement =
  | { group: 'nodes'; data: MapNodeData; position: { x: number; y: number }; classes: string }
  | { group: 'edges'; data: MapEdgeData; classes: string };

export interface MapInput {
  /** The centre: the question (results) or the node itself (a detail page's neighbourhood). */
  centre: { id: string; label: string; kind: string };
  concepts?: readonly Concept[];
  results?: readonly DiscoverResult[];
  /** Neighbourhoods opened so far, each keyed by the node that was expanded. */
  expansions?: ReadonlyArray<{ id: string; neighbourhood: Neighbourhood }>;
  selected?: string | null;
  pinned?: ReadonlySet<string>;
}

/**
 * Turns what the API returned into cytoscape elements: the centre, the concepts on the first ring,
 * results beyond (hung from the concept their path or "why" names, else from the centre), then every
 * opened neighbourhood. Pure: no DOM, no cytoscape; tested headlessly.
 */
export function toElements(input: MapInput): MapElement[] {
  const nodes = new Map<string, Omit<MapNodeData, 'ring' | 'family' | 'colour' | 'border' | 'shape'>>();
  const edges = new Map<string, MapEdgeData>();
  const pairs = new Set<string>();
  const addNode = (id: string, label: string, kind: string, weight: number) => {
    const known = nodes.get(id);
    if (known) known.weight = Math.max(known.weight, weight);
    else nodes.set(id, { id, label, kind, weight });
  };
  const addEdge = (source: string, target: string, label: string, id = `${source}->${target}`) => {
    if (source === target || pairs.has(`${source}|${target}`) || pairs.has(`${target}|${source}`)) return;
    pairs.add(`${source}|${target}`);
    edges.set(id, { id, source, target, label });
  };

  const { centre } = input;
  addNode(centre.id, centre.label, centre.kind, 1);
  const concepts = input.concepts ?? [];
  for (const concept of concepts) {
    addNode(concept.id, concept.name, concept.kind, 0.8);
    addEdge(centre.id, concept.id, 'you mentioned');
  }
  const results = input.results ?? [];
  const topScore = Math.max(0, ...results.map((r) => r.score)) || 1;
  for (const result of results) {
    addNode(result.id, result.name, result.kind, Math.max(0.1, Math.min(1, result.score / topScore)));
    if (concepts.some((c) => c.id === result.id)) continue;
    addEdge(parentOf(result, concepts) ?? centre.id, result.id, 'may help');
  }
  for (const { neighbourhood } of input.expansions ?? []) {
    for (const { data } of neighbourhood.nodes) addNode(data.id, data.label, data.kind, 0.3);
    for (const { data } of neighbourhood.edges) {
      if (nodes.has(data.source) && nodes.has(data.target)) addEdge(data.source, data.target, data.label ?? humanise(data.type), data.id);
    }
  }

  const ids = [...nodes.keys()];
  const minRing = new Map(results.filter((r) => !concepts.some((c) => c.id === r.id)).map((r) => [r.id, concepts.length ? 2 : 1]));
  const { positions, rings } = radialLayout({ ids, edges: [...edges.values()], centre: centre.id, minRing });
  const expanded = new Set((input.expansions ?? []).map((e) => e.id));
  const elements: MapElement[] = ids.map((id) => {
    const node = nodes.get(id) as MapNodeData;
    const visual = id === QUESTION_ID ? visualOf('question') : visualOf(node.kind);
    const classes = [
      id === centre.id ? 'centre' : '',
      id === input.selected ? 'selected' : '',
      expanded.has(id) ? 'expanded' : '',
      input.pinned?.has(id) ? 'pinned' : '',
    ].filter(Boolean).join(' ');
    return {
      group: 'nodes',
      data: { ...node, ring: rings.get(id) ?? 1, family: visual.family, colour: visual.colour, border: visual.border, shape: visual.shape },
      position: positions.get(id) ?? { x: 0, y: 0 },
      classes,
    };
  });
  for (const edge of edges.values()) {
    const touchesSelected = input.selected !== undefined && input.selected !== null && (edge.source === input.selected || edge.target === input.selected);
    elements.push({ group: 'edges', data: edge, classes: touchesSelected ? 'highlight' : '' });
  }
  return elements;
}

/** The concept a result hangs from: the last concept on its path, else the first concept its "why" names. */
function parentOf(result: DiscoverResult, concepts: readonly Concept[]): string | undefined {
  const onPath = [...(result.path ?? [])].reverse().find((id) => id !== result.id && concepts.some((c) => c.id === id));
  if (onPath) return onPath;
  const why = result.why.join(' ').toLowerCase();
  return concepts.find((c) => c.name.length > 2 && why.includes(c.name.toLowerCase()))?.id;
}

/** "PROVIDED_BY" → "provided by". */
export function humanise(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}
