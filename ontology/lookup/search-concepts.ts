import type { Concept, SchemeId } from '../concept.ts';
import { findConceptsWith, textTokens } from './find-concepts.ts';
import { type LabelEntry, type LabelIndex, labelWeight } from './label-index.ts';
import { singular } from './normalise.ts';
import { matchToken, type TextToken } from './token-match.ts';

/** One result of a concept search box. */
export interface ConceptSearchHit {
  concept: Concept;
  /** The label that matched best. */
  label: string;
  score: number;
  /** `exact` (whole label), `prefix` (the label starts with, or has a word starting with, what was typed) or `fuzzy`. */
  matchType: 'exact' | 'prefix' | 'fuzzy';
}

/** Options for the search box. */
export interface SearchConceptsOptions {
  limit?: number;
  schemes?: readonly SchemeId[];
}

type Scored = Omit<ConceptSearchHit, 'concept' | 'label'>;

/** Each typed word must match a label word, in order; the last may be the start of one (type-ahead). */
function wordsMatch(query: TextToken[], entry: LabelEntry, index: LabelIndex): Scored | undefined {
  let position = 0;
  let edits = 0;
  for (const [i, token] of query.entries()) {
    const isLast = i === query.length - 1;
    let found = false;
    for (; position < entry.tokens.length && !found; position++) {
      const label = entry.tokens[position];
      if (!label) break;
      const cost = matchToken(token, label, index, true);
      if (cost >= 0) {
        edits += cost;
        found = true;
      } else if (isLast && token.norm.length >= 2 && label.norm.startsWith(token.norm)) {
        found = true;
      }
    }
    if (!found) return undefined;
  }
  const coverage = query.length / entry.tokens.length;
  return { score: 0.7 * Math.sqrt(coverage) * (1 - 0.15 * edits), matchType: edits > 0 ? 'fuzzy' : 'prefix' };
}

function scoreEntry(query: TextToken[], queryText: string, entry: LabelEntry, index: LabelIndex): Scored | undefined {
  if (entry.capitalsOnly && !(query.length === 1 && query[0]?.acronym)) return undefined;
  const singularQuery = query.map((t) => singular(t.norm)).join(' ');
  if (entry.text === queryText || entry.text === singularQuery) return { score: 1, matchType: 'exact' };
  if (entry.text.startsWith(queryText)) {
    return { score: 0.9 - Math.min(0.2, (entry.text.length - queryText.length) / 200), matchType: 'prefix' };
  }
  if (` ${entry.text}`.includes(` ${queryText}`)) return { score: 0.8, matchType: 'prefix' };
  return wordsMatch(query, entry, index);
}

/**
 * Concepts for a search box: whole-label matches first, then labels starting with what was typed, then labels
 * whose words match (with typo tolerance for longer words), then concepts named inside a longer phrase.
 */
export function searchConceptsWith(index: LabelIndex, q: string, options: SearchConceptsOptions = {}): ConceptSearchHit[] {
  const query = textTokens(q);
  if (query.length === 0) return [];
  const queryText = query.map((t) => t.norm).join(' ');
  const schemes = options.schemes ? new Set(options.schemes) : undefined;
  const best = new Map<string, ConceptSearchHit>();
  const offer = (hit: ConceptSearchHit): void => {
    const previous = best.get(hit.concept.id);
    if (!previous || hit.score > previous.score) best.set(hit.concept.id, hit);
  };
  for (const entry of index.entries) {
    if (schemes && !schemes.has(entry.concept.scheme)) continue;
    const scored = scoreEntry(query, queryText, entry, index);
    if (!scored) continue;
    offer({ concept: entry.concept, label: entry.label, ...scored, score: round(scored.score * labelWeight(entry.kind)) });
  }
  for (const match of findConceptsWith(index, q, options.schemes ? { schemes: options.schemes } : {})) {
    offer({ concept: match.concept, label: match.label, score: round(0.75 * match.score), matchType: match.matchType });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.concept.label.length - b.concept.label.length)
    .slice(0, options.limit ?? 10);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
