import { readCsv } from './csv/index.ts';
import { detectFormat } from './detect-format.ts';
import { readDocuments } from './documents/index.ts';
import { readOrukV1 } from './oruk-v1/index.ts';
import { readOrukV3, type OrukV3ReadOptions } from './oruk-v3/index.ts';
import { readOutpost } from './outpost/index.ts';
import type { ReadOptions, ReadResult, SourceFormat } from './types.ts';

export { readCsv, readDocuments, readOrukV1, readOrukV3, readOutpost, detectFormat };
export { detectJsonFormat } from './detect-format.ts';
export { extractAnswers, parseOfferDocument, type QuestionText } from './documents/index.ts';
export { validateService, type OrukV3ReadOptions } from './oruk-v3/index.ts';
export { SOURCE_FORMATS, UnusableInputError } from './types.ts';
export type { ReadOptions, ReadResult, Reject, SourceFormat } from './types.ts';

const READERS: Record<SourceFormat, (input: string, options: OrukV3ReadOptions) => Promise<ReadResult>> = {
  'oruk-v3': readOrukV3,
  'oruk-v1': readOrukV1,
  outpost: readOutpost,
  csv: readCsv,
  documents: readDocuments,
};

/**
 * Reads a source (file, folder or URL) into offers, rejects and warnings, detecting the format unless it is
 * given. Never throws for a bad record; throws UnusableInputError when the input as a whole cannot be used.
 */
export async function readSource(input: string, options: ReadOptions & { format?: SourceFormat } & Pick<OrukV3ReadOptions, 'api'>): Promise<ReadResult> {
  const { format, ...rest } = options;
  const chosen = format ?? (await detectFormat(input));
  return READERS[chosen](input, rest);
}
