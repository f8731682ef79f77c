import { findConcepts } from '../../../ontology/index.ts';
import type { ConceptMatch } from './match-concepts.ts';

/**
 * The ontology's own phrase matcher (labels, synonyms, misspellings, guarded typo tolerance), read
 * as our ConceptMatch. It runs first; our stem and n-gram matcher then adds what it missed.
 */
export function ontologyMatches(text: string): ConceptMatch[] {
  return findConcepts(text).map((match) => ({
    conceptId: match.concept.id,
    matched: match.matchedText,
    how: match.matchType === 'fuzzy'
      ? 'typo'
      : match.label === match.concept.label ? 'label'
        : match.concept.hiddenLabels.includes(match.label) ? 'misspelling' : 'synonym',
    confidence: match.score,
    start: match.start,
    end: match.end,
    ...(match.matchType === 'fuzzy' ? { readAs: match.label } : {}),
  }));
}
