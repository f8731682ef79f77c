import './quiet-dotenv.ts';
import { createRequire } from 'node:module';

/**
 * The one place that loads `natural` (CommonJS; it reads .env files and loads storage plugins on
 * import, so it is loaded once, server-side only). Everything else uses these helpers. It is loaded
 * with require and typed here by the few functions used: its own type declarations import a `.ts`
 * file that does not compile under this project's `verbatimModuleSyntax`.
 */
interface Natural {
  PorterStemmer: { stem(word: string): string };
  DamerauLevenshteinDistance(a: string, b: string, options?: { transposition_cost?: number }): number;
  removeDiacritics(text: string): string;
  stopwords: string[];
}
const natural = createRequire(import.meta.url)('natural') as Natural;

/** One word of the question, with where it is and its forms. */
export interface Token {
  /** As typed. */
  raw: string;
  /** Lower case, apostrophes removed ("can't" → "cant"). */
  norm: string;
  /** Porter stem of `norm`. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const stemCache = new Map<string, string>();

/** Lower case, apostrophes dropped, accents removed. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // natural's removeDiacritics is slow; most words are plain ASCII and need none.
  return (ASCII.test(lower) ? lower : natural.removeDiacritics(lower)).replace(/['’]/g, '');
}

const ASCII = /^[\x00-\x7f]*$/;

export function stem(word: string): string {
  let out = stemCache.get(word);
  if (out === undefined) {
    out = /^\d+$/.test(word) ? word : natural.PorterStemmer.stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, out);
  }
  return out;
}

/** Splits text into words (hyphens and punctuation separate words; apostrophes do not). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const norm = normaliseWord(raw);
    if (!norm) continue;
    tokens.push({ raw, norm, stem: stem(norm), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

/** Damerau-Levenshtein distance (a swap of neighbouring letters counts as one edit). */
export function editDistance(a: string, b: string): number {
  return natural.DamerauLevenshteinDistance(a, b, { transposition_cost: 1 });
}

/** natural's English stop words (a, the, and, ...), lower case. */
export const STOP_WORDS: ReadonlySet<string> = new Set(natural.stopwords.map((w) => normaliseWord(w)));
