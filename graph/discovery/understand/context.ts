import { CONCEPT_KINDS, OFFER_KINDS } from '../kinds.ts';
import type { Snapshot } from '../snapshot/types.ts';
import type { Place } from './area.ts';
import type { ConceptMatch } from './match-concepts.ts';
import { ontologyMatches } from './ontology-lookup.ts';
import type { ConceptInfo, UnderstandingContext } from './understand.ts';
import { buildVocabulary } from './vocabulary.ts';

const cache = new WeakMap<Snapshot, UnderstandingContext>();
let ontologyLookup: ((text: string) => ConceptMatch[]) | undefined = ontologyMatches;

/** Replaces (or, with undefined, turns off) the ontology's phrase matcher, which runs first (tests compare the two). */
export function useOntologyLookup(lookup: ((text: string) => ConceptMatch[]) | undefined): void {
  ontologyLookup = lookup;
}

/** The understanding context for a snapshot: its concepts' vocabulary, its places. Built once per snapshot. */
export function understandingContext(snapshot: Snapshot): UnderstandingContext {
  let context = cache.get(snapshot);
  if (context) return { ...context, ...(ontologyLookup ? { ontologyLookup } : {}) };
  const concepts = new Map<string, ConceptInfo>();
  const vocabularyConcepts = [];
  const places: Place[] = [];
  const corpus: string[] = [];
  for (const node of snapshot.nodes) {
    if (OFFER_KINDS.has(node.kind)) {
      corpus.push(node.name, node.summary);
    } else if (node.kind === 'area' || node.kind === 'authority') {
      places.push({ id: node.id, name: node.name, kind: node.kind, authorityId: node.authorityId });
    } else if (CONCEPT_KINDS.has(node.kind)) {
      concepts.set(node.id, { id: node.id, kind: node.kind, name: node.name });
      vocabularyConcepts.push(node);
    }
  }
  context = { vocabulary: buildVocabulary(vocabularyConcepts, corpus), places, concepts };
  cache.set(snapshot, context);
  return { ...context, ...(ontologyLookup ? { ontologyLookup } : {}) };
}
