import { readFile } from 'node:fs/promises';
import type { ReadOptions, ReadResult } from '../types.ts';
import { ReadCollector, type Where } from '../shared/collector.ts';
import { collectFiles } from '../shared/files.ts';
import { templateToOffer } from '../shared/template-fields.ts';
import { cleanBlock } from '../shared/text.ts';
import { formatOf, parseOfferDocument } from './parse-document.ts';

export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.txt'] as const;

/**
 * Reads offer documents (one offer each, `kind` defaulting to setting): Markdown with YAML front matter and `##`
 * questions, HTML with `<meta name>` fields and `<h2>` questions, or plain text with "field: value" lines and
 * question lines ending in "?". Each answered question becomes one FrameworkAnswer, the question kept as written;
 * unanswered questions are left out (the sufficiency review counts them as missing). Linking answers to the
 * ontology's question concepts (questionId) is done by enrichment. When no description field is given, the
 * text before the first question is used.
 */
export async function readDocuments(input: string, options: ReadOptions): Promise<ReadResult> {
  const collector = new ReadCollector(options.source ?? `${options.authorityId}/documents`, options.authorityId);
  for (const file of await collectFiles(input, DOCUMENT_EXTENSIONS)) {
    const format = formatOf(file);
    if (!format) continue;
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      collector.reject({ file, reason: `the file could not be read (${(error as Error).message})` });
      collector.partial = true;
      continue;
    }
    const doc = parseOfferDocument(content, format);
    const where: Where = { file, line: 1, ...(doc.fields.id ? { record: doc.fields.id.trim() } : {}) };
    if (doc.error) {
      collector.reject({ ...where, ...(doc.error.line ? { line: doc.error.line } : {}), reason: doc.error.reason });
      continue;
    }
    if (doc.unknownFields.length) collector.warn({ file }, `unknown fields ignored: ${doc.unknownFields.join(', ')}`);
    const warn = collector.warnFor(where);
    const offer = templateToOffer(doc.fields, 'setting', warn);
    const answers = doc.answers.filter((a) => a.text);
    const unanswered = doc.answers.length - answers.length;
    if (unanswered) warn(`${unanswered} question${unanswered > 1 ? 's have' : ' has'} no answer`);
    collector.add({
      ...offer,
      description: offer.description || cleanBlock(doc.intro) || '',
      answers: answers.map(({ question, text }) => ({ question, text })),
    }, where);
  }
  return collector.result();
}
