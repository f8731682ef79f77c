import { UnusableInputError } from '../types.ts';
import type { ReadCollector } from './collector.ts';
import { collectFiles, readJsonFile, unwrapPage, type Unwrapped } from './files.ts';

export interface JsonDocument extends Unwrapped {
  file: string;
}

/**
 * Reads every .json file of a file-or-folder input and unwraps its page. A file that does not parse (cut short,
 * not JSON) or holds no records is reported as a Reject for that file and the read is marked partial; the
 * other files are still read. Throws UnusableInputError when no file could be read at all.
 */
export async function readJsonDocuments(input: string, collector: ReadCollector, what: string): Promise<JsonDocument[]> {
  const files = await collectFiles(input, ['.json']);
  const documents: JsonDocument[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const parsed = await readJsonFile(file);
    if (!parsed.ok) {
      collector.reject({ file, reason: parsed.reason });
      collector.partial = true;
      failures.push(`${file}: ${parsed.reason}`);
      continue;
    }
    const unwrapped = unwrapPage(parsed.data);
    if (unwrapped.shape === 'unknown') {
      const reason = `not ${what}: expected a page, a list or a single record`;
      collector.reject({ file, reason });
      collector.partial = true;
      failures.push(`${file}: ${reason}`);
      continue;
    }
    const listKey = unwrapped.shape === 'oruk-v3-page' ? 'contents' : 'content';
    if (unwrapped.page && !Array.isArray(unwrapped.page[listKey])) {
      collector.warn({ file }, `"${listKey}" should be a list; ${unwrapped.items.length ? 'read the single object in it' : 'nothing to read'}`);
    }
    documents.push({ file, ...unwrapped });
  }
  if (documents.length === 0) {
    throw new UnusableInputError(`Nothing readable in ${input}:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  }
  return documents;
}
