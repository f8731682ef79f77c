/**
 * Turning text into comparable tokens: lower case, accents and apostrophes removed ("Asperger's" → "aspergers"),
 * "&" read as "and", and a simple plural/possessive form ("aspergers" → "asperger", "seizures" → "seizure").
 */

/** One word of the input, with where it was. */
export interface Token {
  /** Normalised form: lower case, no accents, no apostrophes. */
  norm: string;
  /** The word exactly as written (used for capitals checks). */
  raw: string;
  /** Character offsets in the original text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|&/gu;

/** Lower case, accents stripped, apostrophes removed. */
export function normaliseWord(word: string): string {
  if (word === '&') return 'and';
  const plain = /^[\x20-\x7e]*$/.test(word) ? word : word.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain.replace(/['’]/g, '').toLowerCase();
}

/** The words of `text`, in order. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    tokens.push({ norm: normaliseWord(raw), raw, start, end: start + raw.length });
  }
  return tokens;
}

/** A simple singular: "families" → "family", "seizures" → "seizure", "aspergers" → "asperger"; else the word. */
export function singular(norm: string): string {
  if (norm.length > 4 && norm.endsWith('ies')) return `${norm.slice(0, -3)}y`;
  if (norm.length > 3 && norm.endsWith('s') && !/(ss|us|is)$/.test(norm)) return norm.slice(0, -1);
  return norm;
}

/** Written in capitals, like an acronym: "ADHD", "ASD", "SENCO". */
export function isAcronym(raw: string): boolean {
  return raw.length >= 2 && /\p{L}/u.test(raw) && raw === raw.toUpperCase();
}

/**
 * Acronyms that are also everyday English words. As a one-word label they only match when the text writes them
 * in capitals: "I want to add a child" is not ADHD, but "he has ADD" is.
 */
export const CAPITALS_ONLY_WORDS: ReadonlySet<string> = new Set([
  'add', 'hi', 'mat', 'peg', 'swan', 'send', 'pa', 'ta', 'me', 'it', 'us', 'am', 'an', 'as', 'at', 'be', 'do', 'go', 'he',
  'if', 'in', 'is', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'we', 'bus', 'car', 'cat', 'art', 'may', 'aim', 'act', 'tab',
]);

/** Common English words that must never be typo-matched to a label (they are real words, not misspellings). */
export const NEVER_FUZZY: ReadonlySet<string> = new Set([
  'about', 'after', 'again', 'being', 'could', 'every', 'first', 'going', 'great', 'house', 'know', 'later', 'might',
  'never', 'other', 'place', 'right', 'since', 'still', 'their', 'there', 'these', 'thing', 'think', 'those', 'three',
  'today', 'under', 'until', 'where', 'which', 'while', 'would', 'years', 'young', 'hearing', 'bearing', 'sleep', 'steep',
  'sheep', 'speech', 'speed', 'spend', 'teach', 'touch', 'mother', 'father', 'brother', 'sister', 'daughter', 'school',
  'pupil', 'child', 'children', 'parent', 'parents', 'family', 'weeks', 'month', 'months', 'hours', 'quite', 'really',
]);
