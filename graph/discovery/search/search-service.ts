import type { GraphContext } from '../../seam/index.ts';
import { BadInputError } from '../../seam/index.ts';
import type { Snapshot } from '../snapshot/types.ts';
import { understandingContext } from '../understand/context.ts';
import { tokenize } from '../understand/nlp.ts';
import { understandQuestion, type UnderstoodConcept } from '../understand/understand.ts';
import { buildFullTextQuery } from './lucene.ts';
import type { OfferFilters } from './offer-filters.ts';
import { searchOffers, type SearchResult } from './search-offers.ts';

export interface SearchInput {
  q: string;
  filters: OfferFilters;
  limit: number;
  offset: number;
}

export interface SearchOutput extends SearchResult {
  /** The concepts the words were read as; their names were searched for too. */
  concepts: { id: string; kind: string; name: string }[];
}

/** The Lucene query for a search box's words, and the concepts they were read as. Throws BadInputError when there is nothing to search for. */
export function searchQueryFor(snapshot: Snapshot, q: string): { query: string; concepts: UnderstoodConcept[] } {
  const interpretation = understandQuestion(q, understandingContext(snapshot));
  const words = interpretation.keywords.length > 0 ? interpretation.keywords : tokenize(q).map((t) => t.norm);
  const concepts = interpretation.concepts.filter((c) => !c.negated);
  // The words as typed count most together; the names of the concepts they were read as count too.
  const typed = tokenize(q).map((t) => t.raw);
  const phrases = [
    ...(typed.length > 1 && typed.length <= 8 ? [{ text: typed.join(' '), boost: 2 }] : []),
    ...concepts.map((c) => ({ text: c.name, boost: 0.5 })),
  ];
  const query = buildFullTextQuery({ words, phrases });
  if (!query) throw new BadInputError('The search has no words to look for: please type a word or two.');
  return { query, concepts };
}

/**
 * Full-text search of offers: the question's content words, plus the names of the concepts it was
 * understood to name (so "respite" also finds "short breaks"), with the hard filters applied.
 */
export async function search(ctx: GraphContext, snapshot: Snapshot, input: SearchInput): Promise<SearchOutput> {
  const { query, concepts } = searchQueryFor(snapshot, input.q);
  const result = await searchOffers(ctx, snapshot, { query, filters: input.filters, limit: input.limit, offset: input.offset });
  return { ...result, concepts: concepts.map((c) => ({ id: c.id, kind: c.kind, name: c.name })) };
}
