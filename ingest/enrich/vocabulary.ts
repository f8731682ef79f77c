import type { Concept, SchemeId } from '../../ontology/concept.ts';
import { allConcepts, conceptById, findConceptsInEachGroup } from '../../ontology/index.ts';
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

/** The schemes offers link to, in groups looked up on their own (see conceptsInText). */
const SCHEME_GROUPS: ReadonlyArray<readonly SchemeId[]> = [
  ['need'],
  ['accessRoute', 'legislation', 'commissioner'],
  ['provisionCategory', 'carePathway', 'settingType', 'process', 'pfaOutcome'],
];

/** Short field values recur across a feed ("Autism", "Short breaks", "Self-referral"): their lookups are kept. */
const SHORT = 200;
const shortTextCache = new Map<string, ConceptMatch[]>();

/**
 * The concepts named in `text`, each with where it was found (the best match per concept). Within a scheme the
 * lookup keeps the longest match ("no referral needed" over "referral needed"); each scheme is looked up on its
 * own so that a longer label of another kind of thing does not hide one ("diabetes nurses" is a pathway, and
 * says diabetes too). Schemes whose labels rarely overlap share a lookup, which keeps this fast.
 */
export function conceptsInText(text: string): ConceptMatch[] {
  if (!text.trim()) return [];
  // Typo tolerance costs about three times as much: always for needs (families' and providers' spelling varies
  // most there) and for short field values, not for the other schemes in long running text.
  const short = text.length < SHORT;
  const cached = short ? shortTextCache.get(text) : undefined;
  if (cached) return [...cached];
  const groups = SCHEME_GROUPS.map((schemes, i) => ({ schemes, fuzzy: i === 0 || short }));
  const matches = findConceptsInEachGroup(text, groups).flat().map((match) => ({
    concept: match.concept, matchedText: match.matchedText, score: match.score, start: match.start, end: match.end,
  }));
  if (short) {
    if (shortTextCache.size >= 20_000) shortTextCache.clear();
    shortTextCache.set(text, matches);
  }
  return [...matches];
}
