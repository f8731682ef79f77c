import { getConcept } from './vocabulary.ts';

const MAX_LENGTH = 8_000;

/**
 * The words the full-text index should also find an offer by: the labels and alternative labels of the concepts
 * it is linked to (an offer about "short breaks" is found by "respite"). Hidden misspellings are left out.
 */
export function searchTextFor(conceptIds: string[]): string {
  const words = new Set<string>();
  for (const id of [...new Set(conceptIds)].sort()) {
    const concept = getConcept(id);
    if (!concept) continue;
    words.add(concept.label);
    for (const label of concept.altLabels) words.add(label);
  }
  return [...words].join(' | ').slice(0, MAX_LENGTH);
}
