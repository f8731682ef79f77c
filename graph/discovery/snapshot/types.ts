import type { NodeKind } from '../kinds.ts';
import type { TextIndex } from './text-index.ts';

/** One node of the snapshot: what discovery needs to rank, filter and describe it, nothing more. */
export interface SnapshotNode {
  id: string;
  kind: NodeKind;
  name: string;
  /** A short plain-English summary (offers: their summary; concepts: their description). */
  summary: string;
  minAge: number | null;
  maxAge: number | null;
  /** Offers and areas: the authority they belong to. */
  authorityId: string | null;
  /** Offers: the area ids they serve (empty: the whole authority). */
  areas: string[];
  costType: string | null;
  delivery: string[];
  /** Concepts: other names (synonyms, acronyms) and misspellings, for understanding questions. */
  altLabels: string[];
  hiddenLabels: string[];
}

/** An arc type: a relationship type read in one direction. */
export interface ArcType {
  type: string;
  /** True when the arc runs from the relationship's start node to its end node. */
  forward: boolean;
}

/**
 * An immutable in-memory adjacency of the graph (compressed sparse rows). Every relationship is
 * stored as two arcs, one each way; `weights` already include the type weight, the explicit or
 * inferred factor and hub damping; arcs of weight 0 are kept for filters and neighbourhoods only.
 */
export interface Snapshot {
  /** The (:Meta {id:'graph'}).version this snapshot was built from, when there is one. */
  version: number | null;
  builtAt: number;
  nodes: SnapshotNode[];
  indexOf: ReadonlyMap<string, number>;
  /** Arcs of node i are offsets[i] .. offsets[i+1]-1. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float32Array;
  /** Undamped type weight of each arc (explanations prefer strong types). */
  typeWeights: Float32Array;
  /** Index into `arcTypes`. */
  arcType: Uint16Array;
  /** Whether the relationship was explicit (from a field) rather than inferred from text. */
  explicit: Uint8Array;
  arcTypes: ArcType[];
  /**
   * The walk's probability of following each arc: a node's activation is first shared between
   * kinds of neighbour (concepts, provision, others; see edge-weights.ts), then by arc weight, so
   * the ontology's few curated relations are not drowned by hundreds of offers.
   */
  transition: Float32Array;
  /** Sum of the positive arc weights leaving each node. */
  outWeight: Float64Array;
  /** Number of positive-weight arcs at each node. */
  degree: Int32Array;
  /** Full text of the offers and concepts (discovery's full-text seeds). */
  text: TextIndex;
}
