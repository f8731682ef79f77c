import { STOP_WORDS, type Token } from './nlp.ts';

/**
 * Words that say who is asking rather than what they need: left out of the full-text query, where
 * they would match every offer ("children", "my son", "help").
 */
const ABOUT_THE_ASKER = new Set([
  'child', 'children', 'childs', 'son', 'sons', 'daughter', 'daughters', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls',
  'baby', 'toddler', 'teenager', 'teen', 'year', 'years', 'yr', 'yrs', 'old', 'aged', 'age', 'month', 'months',
  'im', 'ive', 'id', 'hes', 'shes', 'theyre', 'dont', 'doesnt', 'isnt', 'cant', 'wont', 'didnt', 'hasnt', 'havent',
  'help', 'helps', 'want', 'wants', 'need', 'looking', 'find', 'get', 'got', 'please', 'really', 'very', 'still',
  'yet', 'just', 'keeps', 'keep', 'also', 'much', 'lot', 'lots', 'thing', 'things', 'something', 'anything', 'know',
  'think', 'family', 'families', 'parent', 'parents', 'mum', 'dad', 'we', 'us', 'he', 'she', 'they', 'him', 'her',
  'them', 'his', 'hers', 'their', 'our', 'my', 'me', 'i', 'you', 'your', 'can', 'could', 'would', 'should', 'will',
  'what', 'where', 'when', 'how', 'who', 'which', 'there', 'any', 'some', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten',
]);

/** The words of the question worth a full-text search: no stop words, no numbers, nothing about the asker. */
export function contentWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const word = token.norm;
    if (word.length < 2 || /^\d+$/.test(word) || STOP_WORDS.has(word) || ABOUT_THE_ASKER.has(word)) continue;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}
