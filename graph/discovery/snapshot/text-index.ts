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
  /** In how many documents each (stemmed) term occurs, and how many documents there are. */
  private readonly documentFrequency = new Map<string, number>();
  private documents = 0;

  constructor(documents: Iterable<{ index: number; name: string; text: string; offer: boolean }>) {
    this.index = new MiniSearch({
      idField: 'id',
      fields: ['name', 'text'],
      storeFields: ['offer'],
      processTerm: processTerm,
      searchOptions: { boost: { name: 2 }, combineWith: 'OR', processTerm },
    });
    const docs = [];
    for (const doc of documents) {
      docs.push({ id: doc.index, name: doc.name, text: doc.text, offer: doc.offer });
      const terms = new Set<string>();
      for (const word of `${doc.name} ${doc.text}`.split(/[^\p{L}\p{N}'’]+/u)) {
        const term = processTerm(word);
        if (term) terms.add(term);
      }
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.documents = docs.length;
    this.index.addAll(docs);
  }

  /**
   * The words worth searching for: a word found in more than a fifth of all records ("school",
   * "support") ranks almost nothing and costs the most, so it is left out unless it is all there is.
   */
  selective(words: readonly string[]): string[] {
    const limit = Math.max(50, this.documents * 0.2);
    const kept = words.filter((word) => {
      const term = processTerm(word);
      return term !== null && (this.documentFrequency.get(term) ?? 0) <= limit;
    });
    return kept.length > 0 ? kept : [...words];
  }

  /** The best offers and the best concepts (`limit` of each) matching any of `words`, each best first. */
  search(words: readonly string[], limit: number): { offers: TextHit[]; concepts: TextHit[] } {
    const offers: TextHit[] = [];
    const concepts: TextHit[] = [];
    if (words.length === 0) return { offers, concepts };
    for (const hit of this.index.search(this.selective(words).join(' '))) {
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
