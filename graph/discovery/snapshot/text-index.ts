import MiniSearch from 'minisearch';
import { normaliseWord, stem } from '../understand/nlp.ts';

/** A full-text hit in the snapshot: a node index and its BM25 score. */
export interface TextHit {
  index: number;
  score: number;
}

/**
 * An in-memory BM25 index of what offers and concepts say (names, summaries, descriptions, and the
 * labels of the concepts an offer is linked to), built with the snapshot, so discovery finds its
 * full-text seeds without a round trip to the database. Words are stemmed (Porter) and Lucene's
 * English stop words dropped, like the database's `english` analyzer.
 */
export class TextIndex {
  private readonly index: MiniSearch<{ id: number; name: string; text: string; offer: boolean }>;

  constructor(documents: Iterable<{ index: number; name: string; text: string; offer: boolean }>) {
    this.index = new MiniSearch({
      idField: 'id',
      fields: ['name', 'text'],
      storeFields: ['offer'],
      processTerm: processTerm,
      searchOptions: { boost: { name: 2 }, combineWith: 'OR', processTerm },
    });
    const docs = [];
    for (const doc of documents) docs.push({ id: doc.index, name: doc.name, text: doc.text, offer: doc.offer });
    this.index.addAll(docs);
  }

  /** The best offers and the best concepts (`limit` of each) matching any of `words`, each best first. */
  search(words: readonly string[], limit: number): { offers: TextHit[]; concepts: TextHit[] } {
    const offers: TextHit[] = [];
    const concepts: TextHit[] = [];
    if (words.length === 0) return { offers, concepts };
    for (const hit of this.index.search(words.join(' '))) {
      const list = hit.offer ? offers : concepts;
      if (list.length < limit) list.push({ index: Number(hit.id), score: hit.score });
      if (offers.length >= limit && concepts.length >= limit) break;
    }
    return { offers, concepts };
  }
}

/** Lucene's English stop words (what the database's `english` analyzer drops), so both find the same. */
const STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not',
  'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with']);

function processTerm(term: string): string | null {
  const word = normaliseWord(term).replace(/s$/, (end) => (term.endsWith("'s") || term.endsWith('’s') ? '' : end));
  if (word.length < 2 || STOP.has(word)) return null;
  return stem(word);
}
