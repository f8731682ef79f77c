import type { Concept, SchemeId } from '../../ontology/concept.ts';
import { allConcepts, conceptById, findConcepts } from '../../ontology/index.ts';
import type { Span } from './evidence.ts';

/**
 * The one place enrichment touches the ontology: its concepts and its text lookup (labels, synonyms, parents'
 * words, typo tolerance). Everything else in enrich/ asks here.
 */
export interface ConceptMatch extends Span {
  concept: Concept;
  matchedText: string;
  score: number;
}

export function getConcept(id: string): Concept | undefined {
  return conceptById(id);
}

let byScheme: Map<SchemeId, Concept[]> | undefined;

/** Every concept of one scheme. */
export function conceptsOfScheme(scheme: SchemeId): Concept[] {
  byScheme ??= allConcepts.reduce((map, concept) => {
    map.set(concept.scheme, [...(map.get(concept.scheme) ?? []), concept]);
    return map;
  }, new Map<SchemeId, Concept[]>());
  return byScheme.get(scheme) ?? [];
}

/**
 * The concepts named in `text`, each with where it was found (the best match per concept). The ontology's lookup
 * already keeps the longest match where matches overlap ("no referral needed" over "referral needed").
 */
export function conceptsInText(text: string, options: { fuzzy?: boolean } = {}): ConceptMatch[] {
  if (!text.trim()) return [];
  return findConcepts(text, { fuzzy: options.fuzzy ?? true }).map((match) => ({
    concept: match.concept, matchedText: match.matchedText, score: match.score, start: match.start, end: match.end,
  }));
}
