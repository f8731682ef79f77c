import type { Concept, Relation, RelationType, SchemeId } from './concept.ts';
import { vocabulary } from './loaded.ts';
import { describeRelation } from './relation-labels.ts';

/**
 * The SEND vocabulary, validated with zod when this module loads (it throws if the data is invalid), and the
 * functions everyone else uses to read it. ontology/ imports nothing from the other project folders.
 */

export * from './concept.ts';
export { SCHEMES, type SchemeInfo } from './scheme-info.ts';
export { RELATION_RULES, relationAllowed } from './relation-rules.ts';
export { RELATION_WORDING, describeRelation } from './relation-labels.ts';
export { OntologyDataError, buildVocabulary, type Vocabulary } from './vocabulary.ts';
export { createConceptLookup, findConcepts, findConceptsInEachGroup, searchConcepts, type ConceptGroup, type ConceptLookup } from './lookup/index.ts';
export type { ConceptMatch, ConceptSearchHit, FindConceptsOptions, SearchConceptsOptions } from './lookup/index.ts';

/** Every concept. */
export const allConcepts: readonly Concept[] = vocabulary.concepts;
/** Every stored relation (NARROWER is derived from BROADER, not stored). */
export const allRelations: readonly Relation[] = vocabulary.relations;

/** The concept with this id, if any. */
export function conceptById(id: string): Concept | undefined {
  return vocabulary.byId.get(id);
}

/** The concepts of one scheme, in data order. */
export function conceptsByScheme(scheme: SchemeId): Concept[] {
  return allConcepts.filter((c) => c.scheme === scheme);
}

/** Relations leaving `id` (optionally of one type). */
export function relationsFrom(id: string, type?: RelationType): Relation[] {
  return (vocabulary.outgoing.get(id) ?? []).filter((r) => !type || r.type === type);
}

/** Relations arriving at `id` (optionally of one type). */
export function relationsTo(id: string, type?: RelationType): Relation[] {
  return (vocabulary.incoming.get(id) ?? []).filter((r) => !type || r.type === type);
}

const conceptsOf = (ids: string[]): Concept[] => ids.flatMap((id) => vocabulary.byId.get(id) ?? []);

/** The concepts `id` is a kind of (one step up). */
export function broader(id: string): Concept[] {
  return conceptsOf(relationsFrom(id, 'BROADER').map((r) => r.to));
}

/** The kinds of `id` (one step down): the inverse of BROADER. */
export function narrower(id: string): Concept[] {
  return conceptsOf(relationsTo(id, 'BROADER').map((r) => r.from));
}

/** Concepts RELATED to `id`, in either direction. */
export function related(id: string): Concept[] {
  return conceptsOf([...relationsFrom(id, 'RELATED').map((r) => r.to), ...relationsTo(id, 'RELATED').map((r) => r.from)]);
}

/** Every concept above `id` through BROADER, nearest first. */
export function ancestors(id: string): Concept[] {
  const seen = new Set<string>();
  const queue = [id];
  const found: Concept[] = [];
  while (queue.length > 0) {
    for (const parent of broader(queue.shift() ?? '')) {
      if (seen.has(parent.id)) continue;
      seen.add(parent.id);
      found.push(parent);
      queue.push(parent.id);
    }
  }
  return found;
}

/** A neighbour of a concept, with the relation said in plain English from this concept's side. */
export interface ConceptLink {
  type: RelationType | 'NARROWER';
  direction: 'out' | 'in';
  /** e.g. "is looked after on", "includes". */
  wording: string;
  concept: Concept;
  source?: string;
}

/** Every neighbour of `id`, both directions, each labelled in plain English. */
export function linksOf(id: string): ConceptLink[] {
  const out = relationsFrom(id).map((r) => ({ r, direction: 'out' as const, other: r.to }));
  const inward = relationsTo(id).map((r) => ({ r, direction: 'in' as const, other: r.from }));
  return [...out, ...inward].flatMap(({ r, direction, other }) => {
    const concept = vocabulary.byId.get(other);
    if (!concept) return [];
    const type = r.type === 'BROADER' && direction === 'in' ? 'NARROWER' : r.type;
    return [{ type, direction, wording: describeRelation(r.type, direction), concept, ...(r.source ? { source: r.source } : {}) }];
  });
}
