import { EDITABLE_FIELDS, type EditableField } from '../../../graph/changes/editable-fields.ts';

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

export const FEEDBACK_STATUSES = ['new', 'acknowledged', 'responded', 'published', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export interface ReviewerFeedback {
  id: string;
  about: string;
  aboutName: string;
  message: string;
  publicMessage: string | null;
  response: string | null;
  status: FeedbackStatus;
  contact: { name?: string | null; email?: string | null; phone?: string | null };
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface PublishedFeedback {
  id: string;
  about: string;
  aboutName: string;
  message: string;
  response: string;
  publishedAt: string;
}

export interface Area {
  id: string;
  name: string;
  authorityId?: string;
}

/** A concept or other node linked to an offer, with how the link was found. */
export interface Linked {
  id: string;
  name: string;
  description: string | null;
  url: string | null;
  explicit: boolean;
  evidence: string | null;
}

export interface FrameworkAnswer {
  question: string;
  questionId: string | null;
  questionLabel: string | null;
  answer: string;
}

/** Everything about an offer (GET /api/nodes/:id, `offer`). */
export interface OfferDetails {
  ages: { min: number | null; max: number | null };
  access: { routes: Linked[]; routeText: string | null; referral: string | null; eligibility: string | null };
  cost: { type: string; detail: string | null };
  waitingTime: string | null;
  locations: Array<{ id: string; name: string | null; address: string | null; postcode: string | null; accessibility: string[] }>;
  contacts: {
    phone: string | null; email: string | null; website: string | null; openingTimes: string | null;
    people: Array<{ name?: string; role?: string; phone?: string; email?: string }>;
  };
  organisation: { id: string; name: string; url: string | null; description: string | null; support: boolean } | null;
  authority: { id: string; name: string } | null;
  areas: Array<{ id: string; name: string }>;
  commissioners: Linked[];
  commissionerNames: string[];
  legislation: Linked[];
  needs: Linked[];
  categories: Linked[];
  pathways: Linked[];
  processes: Linked[];
  settingTypes: Linked[];
  outcomes: Linked[];
  ageBands: Linked[];
  framework: FrameworkAnswer[];
  delivery: string[];
  languages: string[];
  accessibility: string[];
  lastReviewed: string | null;
  source: string | null;
}

export interface RelatedNode {
  id: string;
  kind: string;
  kindLabel: string;
  name: string;
}

export interface ConceptDetails {
  scheme: string | null;
  altLabels: string[];
  url: string | null;
  minAge: number | null;
  maxAge: number | null;
  timescale: string | null;
  forFamilies: string | null;
  relations: Array<RelatedNode & { type: string; direction: 'out' | 'in'; label: string }>;
}

export interface NodeDetail {
  id: string;
  kind: string;
  kindLabel: string;
  name: string;
  summary: string;
  description: string;
  url: string | null;
  retired: boolean;
  offer: OfferDetails | null;
  concept: ConceptDetails | null;
  offers: { count: number; sample: RelatedNode[] } | null;
}

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

/** A change a provider suggested, waiting for (or given) a reviewer's decision (GET /api/changes). */
export interface ChangeRequest {
  id: string;
  offerId: string;
  offerName: string;
  changes: Record<string, string>;
  note: string | null;
  status: 'pending' | 'approved' | 'rejected';
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** One approved change to an offer: who, when, and each field from → to (GET /api/audit). */
export interface AuditEvent {
  id: string;
  offerId: string;
  offerName: string;
  action: string;
  by: string;
  /** Who suggested the change, when a provider did. */
  requestedBy?: string | null;
  at: string;
  changes: Record<string, { from: string | null; to: string | null }>;
}
