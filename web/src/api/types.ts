import { EDITABLE_FIELDS, type EditableField } from '../../../graph/changes/editable-fields.ts';
import type { OfferDetails } from '../../../graph/discovery/node/offer-details.ts';

/**
 * The shapes the web app reads from the API (api/routes/<resource>/schema.ts are the source of truth).
 * Fields marked optional are read defensively: the page shows what is there and says plainly what is not.
 */

/** A concept the question was understood to be about. */
export interface Concept {
  id: string;
  kind: string;
  name: string;
}

export interface Interpretation {
  concepts: Concept[];
  age: number | null;
  area?: string | null;
  [extra: string]: unknown;
}

/** One discovered item, of any kind, with the plain-English steps that explain why it is here. */
export interface DiscoverResult {
  id: string;
  kind: string;
  name: string;
  summary: string;
  score: number;
  why: string[];
  kindLabel?: string;
  /** Ids from a matched concept to this result, when the API gives them (used to draw the map's branches). */
  path?: string[];
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** Facet counts by filter key (need, accessRoute, cost, category, kind, delivery, area, age). */
export type Facets = Partial<Record<string, FacetValue[]>>;

export interface DiscoverResponse {
  interpretation: Interpretation;
  results: DiscoverResult[];
  facets?: Facets;
}

export interface SearchResult {
  id: string;
  kind: string;
  kindLabel?: string;
  name: string;
  summary?: string;
  score?: number;
  minAge?: number | null;
  maxAge?: number | null;
  costType?: string | null;
  areas?: string[];
}

export interface SearchResponse {
  results: SearchResult[];
  total?: number;
  facets?: Facets;
}

export interface GraphNodeData {
  id: string;
  label: string;
  kind: string;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label?: string;
}

/** Nodes and edges ready for cytoscape. */
export interface Neighbourhood {
  nodes: Array<{ data: GraphNodeData }>;
  edges: Array<{ data: GraphEdgeData }>;
}

export interface PublicUser {
  id: string;
  name: string;
  role: 'provider' | 'reviewer' | 'admin';
  organisationIds: string[];
}

// Feedback as reviewers and the public see it: the server's own list and types.
export { FEEDBACK_STATUSES, type FeedbackStatus } from '../../../graph/feedback/statuses.ts';
export type { Feedback as ReviewerFeedback, PublishedFeedback } from '../../../graph/feedback/feedback-repository.ts';

export interface Area {
  id: string;
  name: string;
  authorityId?: string;
}

// Node details (GET /api/nodes/:id) and change requests: the server's own types (type-only: nothing of graph/ is bundled).
export type { LinkedConcept as Linked, OfferDetails } from '../../../graph/discovery/node/offer-details.ts';
export type { ConceptDetails, NodeDetails as NodeDetail, RelatedNode } from '../../../graph/discovery/node/node-details.ts';
export type FrameworkAnswer = OfferDetails['framework'][number];

export interface ConceptLink {
  type: string;
  direction: 'out' | 'in';
  wording: string;
  concept: { id: string; scheme: string; label: string };
}

// The offer fields a provider may suggest changing, with their plain-English names: one list, shared with the server.
export { EDITABLE_FIELDS, type EditableField } from '../../../graph/changes/editable-fields.ts';
export const EDITABLE_FIELD_NAMES = Object.keys(EDITABLE_FIELDS) as EditableField[];
export type FieldChanges = Partial<Record<EditableField, string>>;

export type { AuditEvent, ChangeRequest } from '../../../graph/changes/change-repository.ts';
