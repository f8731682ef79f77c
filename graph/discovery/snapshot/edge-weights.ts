/**
 * How strongly activation flows along each relationship type, in each direction. Zero means the
 * edge is kept in the snapshot (for filters, facets and neighbourhoods) but never spread along:
 * the authority, areas and age bands join almost everything, so they would say nothing.
 */
export interface EdgeWeight {
  /** From the start node of the relationship to its end node. */
  forward: number;
  /** From the end node back to the start node. */
  backward: number;
}

export const EDGE_WEIGHTS: Record<string, EdgeWeight> = {
  // Offer → concept (graph/README.md)
  FOR_NEED: { forward: 1.0, backward: 1.0 },
  ON_PATHWAY: { forward: 0.8, backward: 0.8 },
  SUPPORTS_PROCESS: { forward: 0.8, backward: 0.8 },
  IN_CATEGORY: { forward: 0.8, backward: 0.7 },
  SETTING_TYPE: { forward: 0.6, backward: 0.6 },
  FOR_OUTCOME: { forward: 0.6, backward: 0.6 },
  UNDER_LAW: { forward: 0.5, backward: 0.5 },
  COMMISSIONED_BY: { forward: 0.3, backward: 0.3 },
  PROVIDED_BY: { forward: 0.4, backward: 0.4 },
  ACCESS_ROUTE: { forward: 0.05, backward: 0.05 },
  FOR_AGE: { forward: 0, backward: 0 },
  IN_AUTHORITY: { forward: 0, backward: 0 },
  SERVES_AREA: { forward: 0, backward: 0 },
  PART_OF: { forward: 0, backward: 0 },
  // Concept → concept (ontology/concept.ts RelationType)
  BROADER: { forward: 0.5, backward: 0.45 },
  RELATED: { forward: 0.6, backward: 0.6 },
  HAS_PATHWAY: { forward: 0.9, backward: 0.7 },
  CATERED_BY: { forward: 0.6, backward: 0.4 },
  LEADS_TO: { forward: 0.7, backward: 0.5 },
  TRIGGERS: { forward: 0.7, backward: 0.6 },
  EQUIVALENT: { forward: 0, backward: 0 },
  IN_SET: { forward: 0, backward: 0 },
};

/** Relationship types read into the snapshot; anything else (answers, locations, feedback) is left out. */
export const SNAPSHOT_EDGE_TYPES = Object.keys(EDGE_WEIGHTS);

/**
 * How much an inferred link (found in free text) counts against an explicit one (from a field).
 * Measured (npm run eval): they count the same. What a school's own answers mention (SENDIASS, the
 * parent carer forum, short breaks) is what it points families to, and that is the lateral signal.
 */
export const INFERRED_FACTOR = 1;

/** Hub damping: activation entering node v is scaled by 1 / degree(v)^HUB_EXPONENT. */
export const HUB_EXPONENT = 0.5;

/** The class of a neighbour for sharing out a node's activation. */
export type NeighbourClass = 'concept' | 'offer' | 'other';

/**
 * How a node's activation is shared between classes of neighbour, by the class of the node itself
 * (classes a node has no neighbours in are left out and the rest scaled up).
 */
export const CLASS_SHARES: Record<NeighbourClass, Record<NeighbourClass, number>> = {
  concept: { concept: 0.5, offer: 0.45, other: 0.05 },
  offer: { concept: 0.85, offer: 0.05, other: 0.1 },
  other: { concept: 0.3, offer: 0.6, other: 0.1 },
};
