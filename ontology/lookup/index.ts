import type { Concept } from '../concept.ts';
import { vocabulary } from '../loaded.ts';
import { type ConceptGroup, type ConceptMatch, type FindConceptsOptions, findConceptsInGroups, findConceptsWith } from './find-concepts.ts';
import { buildLabelIndex, type LabelIndex } from './label-index.ts';
import { type ConceptSearchHit, type SearchConceptsOptions, searchConceptsWith } from './search-concepts.ts';

export type { ConceptGroup, ConceptMatch, FindConceptsOptions } from './find-concepts.ts';
export type { ConceptSearchHit, SearchConceptsOptions } from './search-concepts.ts';

/** Finding concepts in text, over one set of concepts; the label index is built once, on first use. */
export interface ConceptLookup {
  /** Every concept whose label, alternative or hidden label occurs in `text`. */
  findConcepts(text: string, options?: FindConceptsOptions): ConceptMatch[];
  /** findConcepts once per group (schemes, typos or not), reading the text only once. */
  findConceptsInGroups(text: string, groups: readonly ConceptGroup[]): ConceptMatch[][];
  /** Concepts for a search box (prefix and typo tolerant). */
  searchConcepts(q: string, options?: SearchConceptsOptions): ConceptSearchHit[];
}

/** A lookup over `concepts` (tests and tools can build one over their own concepts). */
export function createConceptLookup(concepts: readonly Concept[]): ConceptLookup {
  let index: LabelIndex | undefined;
  const labelIndex = (): LabelIndex => (index ??= buildLabelIndex(concepts));
  return {
    findConcepts: (text, options) => findConceptsWith(labelIndex(), text, options),
    findConceptsInGroups: (text, groups) => findConceptsInGroups(labelIndex(), text, groups),
    searchConcepts: (q, options) => searchConceptsWith(labelIndex(), q, options),
  };
}

const shared = createConceptLookup(vocabulary.concepts);

/**
 * Every concept whose label, alternative label or hidden label occurs in `text`: multi-word phrases, whole
 * words only, case and punctuation ignored, longest match wins, simple plurals and possessives, and typo
 * tolerance that never touches short words or acronyms.
 */
export function findConcepts(text: string, options?: FindConceptsOptions): ConceptMatch[] {
  return shared.findConcepts(text, options);
}

/** findConcepts once per group of schemes, reading the text only once (see ConceptLookup). */
export function findConceptsInEachGroup(text: string, groups: readonly ConceptGroup[]): ConceptMatch[][] {
  return shared.findConceptsInGroups(text, groups);
}

/** Concepts for a search box: whole labels, then prefixes, then typo-tolerant word matches. */
export function searchConcepts(q: string, limit = 10, options: Omit<SearchConceptsOptions, 'limit'> = {}): ConceptSearchHit[] {
  return shared.searchConcepts(q, { ...options, limit });
}
