import type { Concept } from '../concept.ts';
import { CAPITALS_ONLY_WORDS, isAcronym, normaliseWord, tokenise } from './normalise.ts';

/** Which kind of label matched. */
export type LabelKind = 'pref' | 'alt' | 'hidden';

/** One word of a label, ready for matching. */
export interface LabelToken {
  norm: string;
  /** Written in capitals in the data (an acronym): never typo-matched. */
  acronym: boolean;
}

/** One label of one concept, tokenised. */
export interface LabelEntry {
  concept: Concept;
  label: string;
  kind: LabelKind;
  tokens: LabelToken[];
  /** The tokens joined by spaces, for prefix search. */
  text: string;
  /** A one-word acronym that is also an English word ("ADD"): the text must write it in capitals. */
  capitalsOnly: boolean;
}

/** The label index, built once: entries by their first word, and every word any label uses. */
export interface LabelIndex {
  entries: LabelEntry[];
  byFirstToken: Map<string, LabelEntry[]>;
  /** First words of labels that may be typo-matched, grouped by first letter. */
  fuzzyFirstTokens: Map<string, string[]>;
  vocabulary: Set<string>;
  /** Text words already checked for typo matches → the label first words they match. */
  typoCache: Map<string, string[]>;
}

const KIND_WEIGHT: Record<LabelKind, number> = { pref: 1, alt: 0.95, hidden: 0.9 };

/** How much a match on this kind of label counts. */
export function labelWeight(kind: LabelKind): number {
  return KIND_WEIGHT[kind];
}

function labelEntries(concept: Concept, label: string, kind: LabelKind): LabelEntry[] {
  const variants = label.includes('-') ? [label, label.replace(/-/g, '')] : [label];
  return variants.flatMap((variant) => {
    const tokens = tokenise(variant).map((t) => ({ norm: t.norm, acronym: isAcronym(t.raw) }));
    if (tokens.length === 0) return [];
    const only = tokens.length === 1 && tokens[0] !== undefined && tokens[0].acronym && CAPITALS_ONLY_WORDS.has(tokens[0].norm);
    return [{ concept, label, kind, tokens, text: tokens.map((t) => t.norm).join(' '), capitalsOnly: only }];
  });
}

/** Builds the index over every label, alternative label and hidden label of `concepts`. */
export function buildLabelIndex(concepts: readonly Concept[]): LabelIndex {
  const entries: LabelEntry[] = [];
  for (const concept of concepts) {
    entries.push(...labelEntries(concept, concept.label, 'pref'));
    for (const alt of concept.altLabels) entries.push(...labelEntries(concept, alt, 'alt'));
    for (const hidden of concept.hiddenLabels) entries.push(...labelEntries(concept, hidden, 'hidden'));
  }
  const byFirstToken = new Map<string, LabelEntry[]>();
  const fuzzy = new Map<string, Set<string>>();
  const vocabulary = new Set<string>();
  for (const entry of entries) {
    const first = entry.tokens[0];
    if (!first) continue;
    const list = byFirstToken.get(first.norm) ?? [];
    list.push(entry);
    byFirstToken.set(first.norm, list);
    for (const token of entry.tokens) vocabulary.add(token.norm);
    if (!first.acronym && first.norm.length >= 5) {
      const letter = first.norm[0] ?? '';
      fuzzy.set(letter, (fuzzy.get(letter) ?? new Set()).add(first.norm));
    }
  }
  const fuzzyFirstTokens = new Map([...fuzzy].map(([letter, words]) => [letter, [...words]]));
  return { entries, byFirstToken, fuzzyFirstTokens, vocabulary, typoCache: new Map() };
}

/** Normalises a whole phrase the way labels are normalised (for comparing a query with a label). */
export function normalisePhrase(text: string): string {
  return tokenise(text).map((t) => normaliseWord(t.raw)).join(' ');
}
