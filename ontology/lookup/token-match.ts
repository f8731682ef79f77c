import { allowedEdits, editDistance } from './edit-distance.ts';
import type { LabelIndex, LabelToken } from './label-index.ts';
import { NEVER_FUZZY, singular, type Token } from './normalise.ts';

/** A word of the text being matched, with whether it may be typo-matched. */
export interface TextToken extends Token {
  /** Written as an acronym (capitals) in ordinary text: matched exactly or not at all. */
  acronym: boolean;
}

/**
 * How many edits it takes to read text word `text` as label word `label`, or -1 if it cannot match.
 * Exact and simple plural/possessive forms cost 0. Typos are allowed only when `fuzzy` is on, both words have at
 * least 5 letters, neither is an acronym or has digits, they start with the same letter, and the text word is not
 * itself a word some label uses (a real word is not a misspelling).
 */
export function matchToken(text: TextToken, label: LabelToken, index: LabelIndex, fuzzy: boolean): number {
  if (text.norm === label.norm || singular(text.norm) === label.norm) return 0;
  if (!fuzzy || text.acronym || label.acronym) return -1;
  const max = allowedEdits(Math.min(text.norm.length, label.norm.length));
  if (max === 0 || text.norm[0] !== label.norm[0]) return -1;
  if (/\d/.test(text.norm) || /\d/.test(label.norm)) return -1;
  if (NEVER_FUZZY.has(text.norm) || index.vocabulary.has(text.norm) || index.vocabulary.has(singular(text.norm))) return -1;
  const edits = editDistance(text.norm, label.norm, max);
  return edits <= max ? edits : -1;
}

/** Whether text word `text` may start a typo match at all (cheap check before trying label words). */
export function mayBeTypo(text: TextToken, index: LabelIndex): boolean {
  return (
    !text.acronym &&
    text.norm.length >= 5 &&
    !/\d/.test(text.norm) &&
    !NEVER_FUZZY.has(text.norm) &&
    !index.vocabulary.has(text.norm) &&
    !index.vocabulary.has(singular(text.norm))
  );
}
