/**
 * The kinds of node discovery shows, how they are read from Neo4j labels, and what they are called
 * in plain English. A kind is the ontology scheme for concepts, `service`/`setting` for offers, and
 * `organisation`/`supportOrganisation`/`authority`/`area` for the rest.
 */
export const NODE_KINDS = [
  'service', 'setting', 'need', 'ageBand', 'transitionPoint', 'settingType', 'carePathway', 'provisionCategory',
  'accessRoute', 'process', 'legislation', 'commissioner', 'pfaOutcome', 'questionSet', 'frameworkQuestion',
  'organisation', 'supportOrganisation', 'authority', 'area', 'location', 'other',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Plain-English names of the kinds, for lists and explanations. */
export const KIND_LABELS: Record<NodeKind, string> = {
  service: 'service',
  setting: 'school or setting',
  need: 'need or condition',
  ageBand: 'age band',
  transitionPoint: 'point of change',
  settingType: 'type of setting',
  carePathway: 'care pathway',
  provisionCategory: 'kind of help',
  accessRoute: 'way in',
  process: 'process or right',
  legislation: 'law or guidance',
  commissioner: 'commissioner',
  pfaOutcome: 'preparing for adulthood outcome',
  questionSet: 'question set',
  frameworkQuestion: 'question',
  organisation: 'organisation',
  supportOrganisation: 'support organisation',
  authority: 'local authority',
  area: 'area',
  location: 'place',
  other: 'other',
};

/** Concept scheme labels in the graph (graph/README.md) and the kind each stands for. */
const CONCEPT_LABELS: Record<string, NodeKind> = {
  Need: 'need', AgeBand: 'ageBand', TransitionPoint: 'transitionPoint', SettingType: 'settingType',
  CarePathway: 'carePathway', ProvisionCategory: 'provisionCategory', AccessRoute: 'accessRoute', Process: 'process',
  Legislation: 'legislation', Commissioner: 'commissioner', PfaOutcome: 'pfaOutcome', QuestionSet: 'questionSet',
  FrameworkQuestion: 'frameworkQuestion',
};

/** The kind of a node from its Neo4j labels (and, for concepts, its `scheme` property as a fallback). */
export function kindFromLabels(labels: readonly string[], scheme?: string | null): NodeKind {
  if (labels.includes('Offer')) return labels.includes('Setting') ? 'setting' : 'service';
  if (labels.includes('Concept')) {
    for (const label of labels) {
      const kind = CONCEPT_LABELS[label];
      if (kind) return kind;
    }
    return (NODE_KINDS as readonly string[]).includes(scheme ?? '') ? (scheme as NodeKind) : 'other';
  }
  if (labels.includes('SupportOrganisation')) return 'supportOrganisation';
  if (labels.includes('Organisation')) return 'organisation';
  if (labels.includes('Authority')) return 'authority';
  if (labels.includes('Area')) return 'area';
  if (labels.includes('Location')) return 'location';
  return 'other';
}

/** Kinds that are provision (offers): filtered by age and area, and found by full-text search. */
export const OFFER_KINDS: ReadonlySet<NodeKind> = new Set(['service', 'setting']);

/**
 * Kinds never returned by discovery: filters and hubs, not answers; and provider organisations, whose
 * provision is returned instead (support organisations, such as charities and forums, are returned).
 */
export const NOT_RESULTS: ReadonlySet<NodeKind> = new Set([
  'ageBand', 'accessRoute', 'authority', 'area', 'location', 'questionSet', 'frameworkQuestion', 'other', 'organisation',
]);

/** Kinds that are ontology concepts. */
export const CONCEPT_KINDS: ReadonlySet<NodeKind> = new Set([
  'need', 'ageBand', 'transitionPoint', 'settingType', 'carePathway', 'provisionCategory', 'accessRoute', 'process',
  'legislation', 'commissioner', 'pfaOutcome', 'questionSet', 'frameworkQuestion',
]);
