import { allConcepts, broader, conceptById, SCHEMES, SchemeId, type Concept } from '../../ontology/index.ts';
import { isUuid, taxonomyUuid, termUuid } from './ids.ts';
import type { OrukTaxonomy, OrukTaxonomyTerm } from './types.ts';

/**
 * The ontology published as Open Referral taxonomies: one taxonomy per concept scheme, one term per concept, a
 * term's parent being its broader concept in the same scheme. `term` carries the concept's own id
 * ("need:autism"), so a reader can map a term back to the vocabulary without matching words.
 */

export interface Vocabulary {
  taxonomies: OrukTaxonomy[];
  terms: OrukTaxonomyTerm[];
  /** Concept id → its term. */
  termOf: Map<string, OrukTaxonomyTerm>;
  /** Term UUID → concept id. */
  conceptOfTerm: Map<string, string>;
  /** Taxonomy UUID → scheme. */
  schemeOfTaxonomy: Map<string, SchemeId>;
}

let built: Vocabulary | undefined;

/** Built once: the ontology does not change while the process runs. */
export function orukVocabulary(): Vocabulary {
  built ??= build();
  return built;
}

function build(): Vocabulary {
  const schemes = SchemeId.options;
  const taxonomies = schemes.map((scheme): OrukTaxonomy => ({
    id: taxonomyUuid(scheme),
    name: SCHEMES[scheme].label,
    description: SCHEMES[scheme].description,
  }));
  const order = new Map(schemes.map((scheme, i) => [scheme, i]));
  const concepts = [...allConcepts].sort((a, b) => (order.get(a.scheme) ?? 0) - (order.get(b.scheme) ?? 0));
  const terms = concepts.map(toTerm);
  return {
    taxonomies,
    terms,
    termOf: new Map(terms.map((term, i) => [concepts[i]?.id ?? '', term])),
    conceptOfTerm: new Map(concepts.map((concept) => [termUuid(concept.id), concept.id])),
    schemeOfTaxonomy: new Map(schemes.map((scheme) => [taxonomyUuid(scheme), scheme])),
  };
}

function toTerm(concept: Concept): OrukTaxonomyTerm {
  const parent = broader(concept.id).find((c) => c.scheme === concept.scheme);
  return {
    id: termUuid(concept.id),
    name: concept.label,
    description: concept.description,
    ...(parent ? { parent_id: termUuid(parent.id) } : {}),
    taxonomy: SCHEMES[concept.scheme].label,
    taxonomy_id: taxonomyUuid(concept.scheme),
    term: concept.id,
    ...(concept.url ? { term_uri: concept.url } : {}),
  };
}

/** The concept a `taxonomy_term_id` names: its term UUID, or (for people typing URLs) the concept id itself. */
export function conceptForTermId(value: string): string | undefined {
  const key = value.trim().toLowerCase();
  if (isUuid(key)) return orukVocabulary().conceptOfTerm.get(key);
  return conceptById(key)?.id;
}

/** The scheme a `taxonomy_id` names: its taxonomy UUID, or the scheme's own id ("need"). */
export function schemeForTaxonomyId(value: string): SchemeId | undefined {
  const key = value.trim();
  if (isUuid(key)) return orukVocabulary().schemeOfTaxonomy.get(key.toLowerCase());
  const parsed = SchemeId.safeParse(key);
  return parsed.success ? parsed.data : undefined;
}
