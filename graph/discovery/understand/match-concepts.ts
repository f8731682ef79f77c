import { isEnglishWord } from './english-words.ts';
import { editDistance, stem, STOP_WORDS, type Token } from './nlp.ts';
import { FILLER, type LabelKind, type PhraseEntry, type Vocabulary } from './vocabulary.ts';

/** How a concept was found in the question. */
export type MatchHow = LabelKind | 'typo' | 'ontology' | 'chosen';

export interface ConceptMatch {
  conceptId: string;
  /** The words of the question that named it. */
  matched: string;
  how: MatchHow;
  /** 0..1: how sure the match is (exact label 1; a corrected typo less; a word shared by many concepts less). */
  confidence: number;
  start: number;
  end: number;
  /** For typos: the word it was read as. */
  readAs?: string;
}

const HOW_CONFIDENCE: Record<LabelKind, number> = { label: 1, synonym: 0.95, misspelling: 0.9 };
/** Typo correction is never tried on short words: "asd", "add" and "adhd" are one edit apart. */
const MIN_TYPO_LENGTH = 5;

/**
 * Finds concepts named in the question: n-grams of stems, longest first, matched against every label,
 * synonym and misspelling; then unknown words are corrected (one edit, two for long words) against
 * the label words and matched again. Acronyms that are English words count only in capitals.
 */
export function matchConcepts(text: string, tokens: readonly Token[], vocabulary: Vocabulary): ConceptMatch[] {
  const words = tokens.filter((t) => !FILLER.has(t.norm));
  const corrected = words.map((t) => correct(t, vocabulary));
  const matches: ConceptMatch[] = [];
  let i = 0;
  while (i < words.length) {
    let found = false;
    for (let len = Math.min(vocabulary.maxPhraseLength, words.length - i); len >= 1 && !found; len--) {
      const span = words.slice(i, i + len);
      const typoAt = corrected.slice(i, i + len).map((c, k) => (c && c !== span[k]!.norm ? c : null));
      const key = span.map((t, k) => (typoAt[k] ? stem(typoAt[k]!) : t.stem)).join(' ');
      const entries = lookup(key, span, vocabulary, span.length === 1 ? typoAt[0] ?? null : null);
      if (entries.length === 0) continue;
      const typo = typoAt.some((c) => c !== null);
      const first = span[0]!;
      const last = span[span.length - 1]!;
      for (const entry of entries) {
        const ambiguity = 1 / Math.sqrt(entries.length);
        matches.push({
          conceptId: entry.conceptId,
          matched: text.slice(first.start, last.end),
          how: typo ? 'typo' : entry.labelKind,
          confidence: round((typo ? 0.75 : HOW_CONFIDENCE[entry.labelKind]) * ambiguity * specificity(span)),
          start: first.start,
          end: last.end,
          ...(typo ? { readAs: span.map((t, k) => typoAt[k] ?? t.norm).join(' ') } : {}),
        });
      }
      i += len;
      found = true;
    }
    if (!found) i++;
  }
  return mergeByConcept(matches);
}

function lookup(key: string, span: readonly Token[], vocabulary: Vocabulary, corrected: string | null): PhraseEntry[] {
  const entries = [...(vocabulary.phrases.get(key) ?? [])];
  if (span.length === 1) {
    const token = span[0]!;
    if (token.norm !== key) for (const e of vocabulary.phrases.get(token.norm) ?? []) if (!entries.includes(e)) entries.push(e);
    const capitals = token.raw === token.raw.toUpperCase() && /[A-Z]/.test(token.raw);
    // A lone word must be the label's word, give or take a plural: stems join "house" and "housing".
    const word = corrected ?? token.norm;
    return entries.filter((e) => (!e.capitalsOnly || capitals) && sameWord(word, e.text));
  }
  return entries;
}

function sameWord(word: string, label: string): boolean {
  const target = label.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  if (target.includes(' ')) return true; // a one-word key from a longer label (filler words dropped)
  return word === target || word === `${target}s` || word === `${target}es` || `${word}s` === target || `${word}es` === target
    || (word.endsWith('ies') && target === `${word.slice(0, -3)}y`) || (target.endsWith('ies') && word === `${target.slice(0, -3)}y`);
}

/** A lone everyday word ("support", "help") says less than a phrase. */
function specificity(span: readonly Token[]): number {
  if (span.length > 1) return 1;
  const word = span[0]!.norm;
  if (STOP_WORDS.has(word)) return 0.4;
  return word.length <= 3 && !/[A-Z]{2}/.test(span[0]!.raw) ? 0.7 : 0.9;
}

/** The label word an unknown word was probably meant to be, or null. */
function correct(token: Token, vocabulary: Vocabulary): string | null {
  const word = token.norm;
  if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return null;
  if (vocabulary.knownWords.has(word) || vocabulary.phrases.has(token.stem) || STOP_WORDS.has(word) || isEnglishWord(word)) return null;
  const maxEdits = word.length >= 9 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const candidate of vocabulary.labelWords.get(length) ?? []) {
      if (candidate.length < MIN_TYPO_LENGTH) continue;
      const distance = editDistance(word, candidate);
      if (distance > maxEdits || distance > bestDistance) continue;
      if (distance === bestDistance) {
        if (stem(candidate) !== stem(best ?? '')) tie = true;
        continue;
      }
      best = candidate;
      bestDistance = distance;
      tie = false;
    }
  }
  return best && !tie ? best : null;
}

function mergeByConcept(matches: ConceptMatch[]): ConceptMatch[] {
  const byId = new Map<string, ConceptMatch>();
  for (const match of matches) {
    const seen = byId.get(match.conceptId);
    if (!seen || match.confidence > seen.confidence) byId.set(match.conceptId, match);
  }
  return [...byId.values()];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
