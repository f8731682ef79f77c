import type { NodeKind } from '../kinds.ts';
import { isEnglishWord } from './english-words.ts';
import { STOP_WORDS, tokenize } from './nlp.ts';

/** How a phrase names its concept. */
export type LabelKind = 'label' | 'synonym' | 'misspelling';

export interface PhraseEntry {
  conceptId: string;
  kind: NodeKind;
  name: string;
  labelKind: LabelKind;
  /** The label as written in the ontology. */
  text: string;
  /** An acronym that is also an English word ("ADD", "SEND"): only matched when typed in capitals. */
  capitalsOnly: boolean;
}

/** The words concepts are called by, indexed for matching questions: key = stems joined by spaces. */
export interface Vocabulary {
  phrases: ReadonlyMap<string, PhraseEntry[]>;
  maxPhraseLength: number;
  /** Every (normalised) word used in a label, for typo correction, by length. */
  labelWords: ReadonlyMap<number, string[]>;
  /** Words that are known to be right (labels, offer names and summaries): never corrected. */
  knownWords: ReadonlySet<string>;
}

export interface VocabularyConcept {
  id: string;
  kind: NodeKind;
  name: string;
  altLabels: readonly string[];
  hiddenLabels: readonly string[];
}

/** Small words left out of phrase keys on both sides, so "short breaks for disabled children" ~ "short breaks disabled children". */
export const FILLER = new Set(['a', 'an', 'the', 'and', 'of', 'or', 'for', 'to', 'with', 'in', 'on', 'at', 'by', 'from', 'my', 'our', 'your', 's']);

const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}s?$/;

/** Builds the phrase index from the concepts (and the words of the offers, which are known to be right). */
export function buildVocabulary(concepts: readonly VocabularyConcept[], corpusText: Iterable<string> = []): Vocabulary {
  const phrases = new Map<string, PhraseEntry[]>();
  const labelWords = new Set<string>();
  const knownWords = new Set<string>();
  let maxPhraseLength = 1;
  const add = (concept: VocabularyConcept, label: string, labelKind: LabelKind) => {
    for (const variant of variants(label)) {
      const tokens = tokenize(variant).filter((t) => !FILLER.has(t.norm));
      if (tokens.length === 0) continue;
      const acronym = tokens.length === 1 && ACRONYM.test(variant.trim());
      const key = acronym ? tokens[0]!.norm : tokens.map((t) => t.stem).join(' ');
      // A lone stop word ("it", "all") is never a concept.
      if (!acronym && tokens.length === 1 && STOP_WORDS.has(tokens[0]!.norm)) continue;
      const entry: PhraseEntry = {
        conceptId: concept.id, kind: concept.kind, name: concept.name, labelKind, text: variant.trim(),
        capitalsOnly: acronym && (STOP_WORDS.has(key) || isEnglishWord(key)),
      };
      const list = phrases.get(key) ?? [];
      if (!list.some((e) => e.conceptId === entry.conceptId)) list.push(entry);
      else {
        const at = list.findIndex((e) => e.conceptId === entry.conceptId);
        if (rank(entry.labelKind) < rank(list[at]!.labelKind)) list[at] = entry;
      }
      phrases.set(key, list);
      maxPhraseLength = Math.max(maxPhraseLength, tokens.length);
      if (labelKind !== 'misspelling') for (const t of tokens) { labelWords.add(t.norm); knownWords.add(t.norm); }
    }
  };
  for (const concept of concepts) {
    add(concept, concept.name, 'label');
    for (const alt of concept.altLabels) add(concept, alt, 'synonym');
    for (const hidden of concept.hiddenLabels) add(concept, hidden, 'misspelling');
  }
  for (const text of corpusText) for (const t of tokenize(text)) knownWords.add(t.norm);
  const byLength = new Map<number, string[]>();
  for (const word of labelWords) {
    if (word.length < 4 || /\d/.test(word)) continue;
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  return { phrases, maxPhraseLength, labelWords: byLength, knownWords };
}

function rank(kind: LabelKind): number {
  return kind === 'label' ? 0 : kind === 'synonym' ? 1 : 2;
}

/** A label and its useful variants: "Speech, language and communication needs (SLCN)" → the name, and "SLCN". */
export function variants(label: string): string[] {
  const out = new Set<string>([label]);
  const inBrackets = /\(([^)]+)\)/g;
  const stripped = label.replace(inBrackets, ' ').replace(/\s+/g, ' ').trim();
  if (stripped && stripped !== label) out.add(stripped);
  for (const match of label.matchAll(inBrackets)) {
    const inner = match[1]!.trim();
    for (const part of inner.split(/[,;/]| or /)) if (part.trim().length >= 2) out.add(part.trim());
  }
  return [...out];
}
