import { allSchemeEntries } from './schemes/index.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/** The SEND vocabulary, parsed with zod and checked once, when this module first loads (throws if invalid). */
export const vocabulary: Vocabulary = buildVocabulary(allSchemeEntries);
