import type { ConceptEntry, SchemeId } from '../concept.ts';

/** A scheme's concepts as written in its data file, before validation. */
export interface SchemeEntries {
  scheme: SchemeId;
  entries: ConceptEntry[];
}

/** Written by each data file: ties its entries to one scheme (each entry's `scheme` is filled in on load). */
export function defineScheme(scheme: SchemeId, entries: Omit<ConceptEntry, 'scheme'>[]): SchemeEntries {
  return { scheme, entries: entries.map((entry) => ({ ...entry, scheme })) };
}
