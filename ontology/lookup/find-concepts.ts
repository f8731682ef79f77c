import type { Concept, SchemeId } from '../concept.ts';
import { type LabelEntry, type LabelIndex, labelWeight } from './label-index.ts';
import { isAcronym, singular, tokenise } from './normalise.ts';
import { matchToken, mayBeTypo, type TextToken } from './token-match.ts';

/** A concept found in a piece of text. */
export interface ConceptMatch {
  concept: Concept;
  /** The words of the text that matched, as written. */
  matchedText: string;
  /** The label, alternative label or hidden label they matched. */
  label: string;
  /** 1 for an exact match on the preferred label; lower for alternative or hidden labels and for typos. */
  score: number;
  /** `exact` (including plural/possessive forms) or `fuzzy` (typo tolerance). */
  matchType: 'exact' | 'fuzzy';
  /** Character offsets of `matchedText` in the text. */
  start: number;
  end: number;
}

/** Options for finding concepts in text. */
export interface FindConceptsOptions {
  /** Only these schemes (default: all). */
  schemes?: readonly SchemeId[];
  /** Allow typo tolerance (default: true). */
  fuzzy?: boolean;
}

interface Candidate {
  first: number;
  last: number;
  entry: LabelEntry;
  edits: number;
}

/** The words of `text`; in text written all in capitals, no word counts as an acronym. */
export function textTokens(text: string): TextToken[] {
  const shouting = !/\p{Ll}/u.test(text);
  return tokenise(text).map((t) => ({ ...t, acronym: !shouting && isAcronym(t.raw) }));
}

function candidatesAt(tokens: TextToken[], i: number, index: LabelIndex, fuzzy: boolean): Set<LabelEntry> {
  const token = tokens[i];
  if (!token) return new Set();
  const found = new Set<LabelEntry>(index.byFirstToken.get(token.norm) ?? []);
  for (const entry of index.byFirstToken.get(singular(token.norm)) ?? []) found.add(entry);
  if (fuzzy && mayBeTypo(token, index)) {
    for (const word of typoNeighbours(token, index)) {
      for (const entry of index.byFirstToken.get(word) ?? []) found.add(entry);
    }
  }
  return found;
}

/** Label first words within typo distance of `token`, remembered per word (the same words recur in long texts). */
function typoNeighbours(token: TextToken, index: LabelIndex): string[] {
  const cached = index.typoCache.get(token.norm);
  if (cached) return cached;
  const words = (index.fuzzyFirstTokens.get(token.norm[0] ?? '') ?? []).filter(
    (word) => matchToken(token, { norm: word, acronym: false }, index, true) > 0,
  );
  if (index.typoCache.size > 50_000) index.typoCache.clear();
  index.typoCache.set(token.norm, words);
  return words;
}

function matchAt(tokens: TextToken[], i: number, entry: LabelEntry, index: LabelIndex, fuzzy: boolean): number {
  if (entry.tokens.length > tokens.length - i) return -1;
  if (entry.capitalsOnly && !tokens[i]?.acronym) return -1;
  let edits = 0;
  for (let k = 0; k < entry.tokens.length; k++) {
    const text = tokens[i + k];
    const label = entry.tokens[k];
    if (!text || !label) return -1;
    const cost = matchToken(text, label, index, fuzzy);
    if (cost < 0) return -1;
    edits += cost;
  }
  return edits;
}

/** Keeps the longest matches; a shorter match inside or across a longer one is dropped, equal spans all stay. */
function selectLongest(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.edits - b.edits || a.first - b.first,
  );
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    const clash = kept.find((k) => candidate.first <= k.last && k.first <= candidate.last);
    if (!clash) kept.push(candidate);
    else if (clash.first === candidate.first && clash.last === candidate.last && clash.edits === candidate.edits) {
      kept.push(candidate);
    }
  }
  return kept;
}

/** One lookup of a text: which schemes, and whether typos count. */
export interface ConceptGroup {
  schemes?: readonly SchemeId[] | undefined;
  fuzzy: boolean;
}

/** Every concept whose label, alternative label or hidden label occurs in `text` (best match per concept). */
export function findConceptsWith(index: LabelIndex, text: string, options: FindConceptsOptions = {}): ConceptMatch[] {
  return findConceptsInGroups(index, text, [{ schemes: options.schemes, fuzzy: options.fuzzy ?? true }])[0] ?? [];
}

/**
 * As findConceptsWith once per group, each group choosing its longest matches on its own, but the text is
 * tokenised and its candidate labels found and compared only once (ingest looks up every text in a few groups).
 * A match with no typo (0 edits) is the same whether typos are allowed or not, so one comparison serves all groups.
 */
export function findConceptsInGroups(index: LabelIndex, text: string, groups: readonly ConceptGroup[]): ConceptMatch[][] {
  const anyFuzzy = groups.some((group) => group.fuzzy);
  const tokens = textTokens(text);
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const entry of candidatesAt(tokens, i, index, anyFuzzy)) {
      const edits = matchAt(tokens, i, entry, index, anyFuzzy);
      if (edits >= 0) candidates.push({ first: i, last: i + entry.tokens.length - 1, entry, edits });
    }
  }
  return groups.map((group) => {
    const schemes = group.schemes ? new Set(group.schemes) : undefined;
    const mine = candidates.filter((c) => (!schemes || schemes.has(c.entry.concept.scheme)) && (group.fuzzy || c.edits === 0));
    return bestPerConcept(text, tokens, selectLongest(mine));
  });
}

function bestPerConcept(text: string, tokens: TextToken[], selected: Candidate[]): ConceptMatch[] {
  const best = new Map<string, ConceptMatch>();
  for (const { first, last, entry, edits } of selected) {
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? start;
    const score = Math.round(labelWeight(entry.kind) * (1 - 0.15 * edits) * 1000) / 1000;
    const match: ConceptMatch = {
      concept: entry.concept,
      matchedText: text.slice(start, end),
      label: entry.label,
      score,
      matchType: edits > 0 ? 'fuzzy' : 'exact',
      start,
      end,
    };
    const previous = best.get(entry.concept.id);
    if (!previous || match.score > previous.score) best.set(entry.concept.id, match);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || b.score - a.score);
}
