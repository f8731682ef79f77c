import { CONCEPT_KINDS, kindFromLabels, OFFER_KINDS } from '../kinds.ts';
import { CLASS_SHARES, EDGE_WEIGHTS, HUB_EXPONENT, INFERRED_FACTOR, type NeighbourClass } from './edge-weights.ts';
import type { RawEdge, RawNode } from './read-graph.ts';
import { TextIndex } from './text-index.ts';
import type { ArcType, Snapshot, SnapshotNode } from './types.ts';

/** Turns what was read from Neo4j into the compressed adjacency discovery runs on. Pure. */
export interface BuildOptions {
  builtAt?: number;
  hubExponent?: number;
  classShares?: typeof CLASS_SHARES;
  inferredFactor?: number;
}

export function buildSnapshot(raw: { version: number | null; nodes: RawNode[]; edges: RawEdge[] }, options: BuildOptions = {}): Snapshot {
  const builtAt = options.builtAt ?? Date.now();
  const hubExponent = options.hubExponent ?? HUB_EXPONENT;
  // In a canonical order (by id), not the order the database happened to store things in: the same graph
  // then always makes the same snapshot, and the same answers (ties and float sums follow node and arc order).
  const rawNodes = [...raw.nodes].sort((a, b) => compare(a.id, b.id));
  const rawEdges = [...raw.edges].sort((a, b) => compare(a.from, b.from) || compare(a.type, b.type) || compare(a.to, b.to)
    || Number(b.explicit !== false) - Number(a.explicit !== false));
  const nodes: SnapshotNode[] = [];
  const indexOf = new Map<string, number>();
  for (const node of rawNodes) {
    if (indexOf.has(node.id)) continue;
    indexOf.set(node.id, nodes.length);
    nodes.push(toSnapshotNode(node));
  }

  const arcTypes: ArcType[] = [];
  const arcTypeIndex = new Map<string, number>();
  const typeId = (type: string, forward: boolean) => {
    const key = `${type}:${forward}`;
    let id = arcTypeIndex.get(key);
    if (id === undefined) {
      id = arcTypes.length;
      arcTypes.push({ type, forward });
      arcTypeIndex.set(key, id);
    }
    return id;
  };

  interface Arc { from: number; to: number; type: number; weight: number; explicit: boolean }
  const arcs: Arc[] = [];
  const seen = new Set<string>();
  for (const edge of rawEdges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    const weight = EDGE_WEIGHTS[edge.type];
    if (from === undefined || to === undefined || from === to || !weight) continue;
    const key = `${from}|${edge.type}|${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const explicit = edge.explicit !== false;
    const factor = explicit ? 1 : options.inferredFactor ?? INFERRED_FACTOR;
    arcs.push({ from, to, type: typeId(edge.type, true), weight: weight.forward * factor, explicit });
    arcs.push({ from: to, to: from, type: typeId(edge.type, false), weight: weight.backward * factor, explicit });
  }
  // Areas served come from the relationships when the offer has no `areas` property.
  for (const edge of rawEdges) {
    if (edge.type !== 'SERVES_AREA') continue;
    const node = nodes[indexOf.get(edge.from) ?? -1];
    if (node && !node.areas.includes(edge.to)) node.areas.push(edge.to);
  }

  const n = nodes.length;
  const degree = new Int32Array(n);
  const counts = new Int32Array(n);
  for (const arc of arcs) {
    counts[arc.from]! += 1;
    if (arc.weight > 0) degree[arc.from]! += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  const m = arcs.length;
  const targets = new Int32Array(m);
  const weights = new Float32Array(m);
  const typeWeights = new Float32Array(m);
  const arcType = new Uint16Array(m);
  const explicit = new Uint8Array(m);
  const cursor = offsets.slice(0, n);
  const outWeight = new Float64Array(n);
  for (const arc of arcs) {
    const at = cursor[arc.from]!;
    cursor[arc.from] = at + 1;
    targets[at] = arc.to;
    typeWeights[at] = arc.weight;
    // Hub damping: less of a node's activation goes to neighbours that join many things.
    const damped = arc.weight > 0 ? arc.weight / Math.pow(Math.max(1, degree[arc.to]!), hubExponent) : 0;
    weights[at] = damped;
    arcType[at] = arc.type;
    explicit[at] = arc.explicit ? 1 : 0;
    outWeight[arc.from]! += damped;
  }
  const transition = transitions(nodes, offsets, targets, weights, options.classShares ?? CLASS_SHARES);
  const text = new TextIndex(searchable(rawNodes, nodes, indexOf));
  return { version: raw.version, builtAt, nodes, indexOf, offsets, targets, weights, typeWeights, arcType, explicit, arcTypes, transition, outWeight, degree, text };
}

/** What the full-text index holds: offers (name, summary and text) and concepts (label, other names, description). */
function* searchable(raw: RawNode[], nodes: SnapshotNode[], indexOf: Map<string, number>): Generator<{ index: number; name: string; text: string; offer: boolean }> {
  for (const rawNode of raw) {
    const index = indexOf.get(rawNode.id);
    const node = index === undefined ? undefined : nodes[index];
    if (index === undefined || !node || (!OFFER_KINDS.has(node.kind) && !CONCEPT_KINDS.has(node.kind))) continue;
    if (node.kind === 'ageBand' || node.kind === 'frameworkQuestion' || node.kind === 'questionSet') continue;
    yield { index, name: node.name, text: [rawNode.summary ?? '', node.altLabels.join('; '), rawNode.text ?? ''].join(' '), offer: OFFER_KINDS.has(node.kind) };
  }
}

function classOf(node: SnapshotNode): NeighbourClass {
  if (CONCEPT_KINDS.has(node.kind)) return 'concept';
  return OFFER_KINDS.has(node.kind) ? 'offer' : 'other';
}

/** Per-arc walk probabilities: shared between classes of neighbour (CLASS_SHARES), then by weight. */
function transitions(nodes: SnapshotNode[], offsets: Int32Array, targets: Int32Array, weights: Float32Array, classShares: typeof CLASS_SHARES): Float32Array {
  const transition = new Float32Array(targets.length);
  const classes = nodes.map(classOf);
  for (let u = 0; u < nodes.length; u++) {
    const sums: Record<NeighbourClass, number> = { concept: 0, offer: 0, other: 0 };
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) sums[classes[targets[a]!]!] += weights[a]!;
    const shares = classShares[classes[u]!];
    let total = 0;
    for (const c of ['concept', 'offer', 'other'] as const) if (sums[c] > 0) total += shares[c];
    if (total <= 0) continue;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) {
      const c = classes[targets[a]!]!;
      if (weights[a]! > 0) transition[a] = (shares[c] / total) * (weights[a]! / sums[c]);
    }
  }
  return transition;
}

function toSnapshotNode(raw: RawNode): SnapshotNode {
  const kind = kindFromLabels(raw.labels, raw.scheme);
  const name = (raw.name ?? raw.id).trim();
  return {
    id: raw.id,
    kind,
    name,
    summary: summarise(raw.summary, raw.description),
    minAge: numberOrNull(raw.minAge),
    maxAge: numberOrNull(raw.maxAge),
    authorityId: raw.authorityId ?? (kind === 'authority' ? raw.id : null),
    areas: Array.isArray(raw.areas) ? raw.areas.filter((a): a is string => typeof a === 'string') : [],
    costType: raw.costType ?? null,
    delivery: Array.isArray(raw.delivery) ? raw.delivery.filter((d): d is string => typeof d === 'string') : [],
    altLabels: Array.isArray(raw.altLabels) ? raw.altLabels : [],
    hiddenLabels: Array.isArray(raw.hiddenLabels) ? raw.hiddenLabels : [],
  };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A summary of at most two sentences and about 240 characters. */
export function summarise(summary: string | null, description: string | null): string {
  const text = (summary?.trim() || description?.trim() || '').replace(/\s+/g, ' ');
  if (text.length <= 240) return text;
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).length > 240) break;
    out += sentence;
  }
  if (out.trim()) return out.trim();
  const cut = text.slice(0, 237);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 180))}...`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
