import type { Concept, Relation, RelationType, SchemeId } from './concept.ts';
import { vocabulary } from './loaded.ts';
import { SCHEMES } from './scheme-info.ts';

/** Our namespace for concept IRIs and the custom (cross-scheme) properties. Concept `need:autism` → `lo:need:autism`. */
export const ONTOLOGY_NAMESPACE = 'https://local-offer-graph.example/ontology/';

/** The JSON-LD property each relation type is written as, on the `from` concept. */
export const RELATION_PROPERTY: Record<RelationType, string> = {
  BROADER: 'broader',
  RELATED: 'related',
  EQUIVALENT: 'closeMatch',
  HAS_PATHWAY: 'hasPathway',
  IN_CATEGORY: 'inCategory',
  COMMISSIONED_BY: 'commissionedBy',
  LEADS_TO: 'leadsTo',
  UNDER_LAW: 'underLaw',
  CATERED_BY: 'cateredBy',
  TRIGGERS: 'triggers',
  IN_SET: 'inSet',
  FOR_AGE: 'forAge',
  FOR_OUTCOME: 'forOutcome',
};

const link = (id: string) => ({ '@id': id, '@type': '@id', '@container': '@set' });
const text = (id: string) => ({ '@id': id, '@language': 'en' });

/** The @context: SKOS terms, Dublin Core for ids and sources, and our own properties under `lo:`. */
export const JSONLD_CONTEXT = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  lo: ONTOLOGY_NAMESPACE,
  prefLabel: text('skos:prefLabel'),
  altLabel: { ...text('skos:altLabel'), '@container': '@set' },
  hiddenLabel: { ...text('skos:hiddenLabel'), '@container': '@set' },
  definition: text('skos:definition'),
  broader: link('skos:broader'),
  narrower: link('skos:narrower'),
  related: link('skos:related'),
  closeMatch: link('skos:closeMatch'),
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
  hasTopConcept: link('skos:hasTopConcept'),
  identifier: 'dct:identifier',
  source: 'dct:source',
  officialUrl: { '@id': 'lo:officialUrl', '@type': '@id' },
  minAge: { '@id': 'lo:minAge', '@type': 'xsd:integer' },
  maxAge: { '@id': 'lo:maxAge', '@type': 'xsd:integer' },
  timescale: text('lo:timescale'),
  forFamilies: text('lo:forFamilies'),
  lifeStage: 'lo:lifeStage',
  order: { '@id': 'lo:order', '@type': 'xsd:integer' },
  hasPathway: link('lo:hasPathway'),
  inCategory: link('lo:inCategory'),
  commissionedBy: link('lo:commissionedBy'),
  leadsTo: link('lo:leadsTo'),
  underLaw: link('lo:underLaw'),
  cateredBy: link('lo:cateredBy'),
  triggers: link('lo:triggers'),
  inSet: link('lo:inSet'),
  forAge: link('lo:forAge'),
  forOutcome: link('lo:forOutcome'),
} as const;

type Node = Record<string, unknown>;

/** A SKOS JSON-LD document: the context, then ConceptSchemes and Concepts. */
export interface SkosDocument {
  '@context': typeof JSONLD_CONTEXT;
  '@graph': Node[];
}

/** The IRI (compact form) of a concept id or a scheme. */
export const conceptIri = (id: string): string => `lo:${id}`;
export const schemeIri = (scheme: SchemeId): string => `lo:scheme/${scheme}`;

function addTo(node: Node, property: string, value: string): void {
  const list = (node[property] as string[] | undefined) ?? [];
  if (!list.includes(value)) list.push(value);
  node[property] = list;
}

function conceptNode(concept: Concept): Node {
  const optional = {
    officialUrl: concept.url,
    minAge: concept.minAge,
    maxAge: concept.maxAge,
    timescale: concept.timescale,
    forFamilies: concept.forFamilies,
    lifeStage: concept.lifeStage,
    order: concept.order,
  };
  return {
    '@id': conceptIri(concept.id),
    '@type': 'skos:Concept',
    identifier: concept.id,
    inScheme: schemeIri(concept.scheme),
    prefLabel: concept.label,
    definition: concept.description,
    ...(concept.altLabels.length > 0 ? { altLabel: concept.altLabels } : {}),
    ...(concept.hiddenLabels.length > 0 ? { hiddenLabel: concept.hiddenLabels } : {}),
    source: concept.source,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

/** The whole vocabulary as a SKOS JSON-LD document: one ConceptScheme per scheme, then every concept. */
export function toJsonLd(concepts: readonly Concept[], relations: readonly Relation[]): SkosDocument {
  const nodes = new Map(concepts.map((c) => [c.id, conceptNode(c)]));
  const hasBroader = new Set<string>();
  for (const { from, type, to } of relations) {
    const fromNode = nodes.get(from);
    const toNode = nodes.get(to);
    if (!fromNode || !toNode) continue;
    addTo(fromNode, RELATION_PROPERTY[type], conceptIri(to));
    if (type === 'BROADER') {
      addTo(toNode, 'narrower', conceptIri(from));
      hasBroader.add(from);
    }
    if (type === 'RELATED' || type === 'EQUIVALENT') addTo(toNode, RELATION_PROPERTY[type], conceptIri(from));
  }
  const schemes = (Object.keys(SCHEMES) as SchemeId[]).map((scheme) => {
    const tops = concepts.filter((c) => c.scheme === scheme && !hasBroader.has(c.id));
    for (const top of tops) {
      const node = nodes.get(top.id);
      if (node) node.topConceptOf = schemeIri(scheme);
    }
    return {
      '@id': schemeIri(scheme),
      '@type': 'skos:ConceptScheme',
      identifier: scheme,
      prefLabel: SCHEMES[scheme].label,
      definition: SCHEMES[scheme].description,
      hasTopConcept: tops.map((c) => conceptIri(c.id)),
    };
  });
  return { '@context': JSONLD_CONTEXT, '@graph': [...schemes, ...nodes.values()] };
}

/** The loaded vocabulary as SKOS JSON-LD. */
export function ontologyJsonLd(): SkosDocument {
  return toJsonLd(vocabulary.concepts, vocabulary.relations);
}
