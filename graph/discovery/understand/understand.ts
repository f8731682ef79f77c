import type { NodeKind } from '../kinds.ts';
import { readAge } from './age.ts';
import { readPlace, type Place } from './area.ts';
import { contentWords } from './keywords.ts';
import { matchConcepts, type ConceptMatch, type MatchHow } from './match-concepts.ts';
import { findNegatedStatuses, isInsideNegation } from './negation.ts';
import { tokenize } from './nlp.ts';
import type { Vocabulary } from './vocabulary.ts';

/** One concept the question was understood to be about. */
export interface UnderstoodConcept {
  id: string;
  kind: NodeKind;
  name: string;
  /** The words that named it (null when chosen by the person). */
  matched: string | null;
  how: MatchHow;
  confidence: number;
  /** A status the person said they do not have ("doesn't have an EHCP"). */
  negated: boolean;
  /** For corrected typos: what the words were read as. */
  readAs?: string;
}

/** What the question was understood to say: shown to the person, who can correct it. */
export interface Interpretation {
  concepts: UnderstoodConcept[];
  age: number | null;
  ageRange: { min: number; max: number } | null;
  /** Where the age came from: the question's words, or the age parameter. */
  ageSource: 'question' | 'parameter' | null;
  ageText: string | null;
  area: { id: string; name: string; kind: 'area' | 'authority' } | null;
  areaSource: 'question' | 'parameter' | null;
  /** Statuses the person said are missing ("no diagnosis yet"), with the concepts they negate. */
  negated: { about: string; text: string; conceptIds: string[] }[];
  /** Concept ids the person asked to leave out. */
  excluded: string[];
  /** The words used for the full-text part of the search. */
  keywords: string[];
}

export interface ConceptInfo {
  id: string;
  kind: NodeKind;
  name: string;
}

/** What understanding needs from the graph: the vocabulary, the places, and the concepts by id. */
export interface UnderstandingContext {
  vocabulary: Vocabulary;
  places: readonly Place[];
  concepts: ReadonlyMap<string, ConceptInfo>;
  /** The ontology's own phrase matcher, tried first when present. */
  ontologyLookup?: (text: string) => ConceptMatch[];
}

export interface UnderstandOptions {
  /** An age given separately (it wins over one in the words). */
  age?: number | null;
  /** An area or authority id given separately. */
  area?: string | null;
  /** Concept ids the person added to the interpretation. */
  concepts?: readonly string[];
  /** Concept ids the person removed from it. */
  exclude?: readonly string[];
}

/** Kinds a status negation can apply to: things one has or has not got, never needs. */
const STATUS_KINDS: ReadonlySet<NodeKind> = new Set(['process', 'accessRoute', 'legislation', 'provisionCategory']);
/** Kinds the question is matched against (age bands are read as ages instead). */
const MATCHED_KINDS: ReadonlySet<NodeKind> = new Set([
  'need', 'carePathway', 'provisionCategory', 'process', 'legislation', 'settingType', 'transitionPoint',
  'commissioner', 'pfaOutcome', 'accessRoute',
]);

/** Reads a question: concepts (ontology first, then stems and n-grams), age, area and negated statuses. */
export function understandQuestion(text: string, context: UnderstandingContext, options: UnderstandOptions = {}): Interpretation {
  const tokens = tokenize(text);
  const negations = findNegatedStatuses(text);
  const excluded = new Set(options.exclude ?? []);

  const found = new Map<string, ConceptMatch>();
  const consider = (match: ConceptMatch) => {
    const info = context.concepts.get(match.conceptId);
    if (!info || !MATCHED_KINDS.has(info.kind) || excluded.has(match.conceptId)) return;
    const seen = found.get(match.conceptId);
    if (!seen || match.confidence > seen.confidence) found.set(match.conceptId, match);
  };
  if (context.ontologyLookup) {
    try {
      for (const match of context.ontologyLookup(text)) consider(match);
    } catch {
      // The ontology matcher is a help, not a dependency: our own matcher still runs.
    }
  }
  for (const match of matchConcepts(text, tokens, context.vocabulary)) consider(match);

  const concepts: UnderstoodConcept[] = [];
  for (const match of found.values()) {
    const info = context.concepts.get(match.conceptId)!;
    const negated = STATUS_KINDS.has(info.kind) && isInsideNegation(negations, match.start, match.end);
    concepts.push({
      id: info.id, kind: info.kind, name: info.name, matched: match.matched, how: match.how,
      confidence: match.confidence, negated, ...(match.readAs ? { readAs: match.readAs } : {}),
    });
  }
  for (const id of options.concepts ?? []) {
    const info = context.concepts.get(id);
    if (!info || excluded.has(id) || found.has(id)) continue;
    concepts.push({ id, kind: info.kind, name: info.name, matched: null, how: 'chosen', confidence: 1, negated: false });
  }
  concepts.sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name));

  const ageReading = readAge(text);
  const givenAge = options.age ?? null;
  const placeReading = readPlace(text, context.places);
  const givenPlace = options.area ? context.places.find((p) => p.id === options.area) ?? null : null;

  return {
    concepts,
    age: givenAge ?? ageReading?.age ?? null,
    ageRange: givenAge !== null ? { min: givenAge, max: givenAge } : ageReading ? { min: ageReading.min, max: ageReading.max } : null,
    ageSource: givenAge !== null ? 'parameter' : ageReading ? 'question' : null,
    ageText: givenAge !== null ? null : ageReading?.text ?? null,
    area: givenPlace ? pick(givenPlace) : placeReading ? pick(placeReading) : null,
    areaSource: givenPlace ? 'parameter' : placeReading ? 'question' : null,
    negated: negations.map((n) => ({
      about: n.about,
      text: n.text,
      conceptIds: concepts.filter((c) => c.negated && c.matched !== null && n.text.toLowerCase().includes(c.matched.toLowerCase())).map((c) => c.id),
    })),
    excluded: [...excluded],
    keywords: contentWords(tokens),
  };
}

function pick(place: Place): { id: string; name: string; kind: 'area' | 'authority' } {
  return { id: place.id, name: place.name, kind: place.kind };
}
