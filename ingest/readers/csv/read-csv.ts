import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { ReadOptions, ReadResult } from '../types.ts';
import { ReadCollector } from '../shared/collector.ts';
import { collectFiles } from '../shared/files.ts';
import { templateField, templateToOffer, type TemplateField, type TemplateValues } from '../shared/template-fields.ts';

interface ParsedRow {
  record: string[];
  info: { lines: number; raw?: string };
}

/**
 * Reads the LA spreadsheet template (ingest/README.md) from a .csv file or a folder of them. Header names are
 * matched ignoring case, spaces and punctuation; unknown columns are reported once per file. A row with no id or
 * no name is rejected with its line number; a row that cannot be parsed (a broken quote) is rejected and the
 * rest of the file is still read. Files saved by Excel as UTF-16 or Windows-1252 are decoded.
 */
export async function readCsv(input: string, options: ReadOptions): Promise<ReadResult> {
  const collector = new ReadCollector(options.source ?? `${options.authorityId}/csv`, options.authorityId);
  for (const file of await collectFiles(input, ['.csv'])) {
    const bytes = await readFile(file);
    const { text, note } = decodeSpreadsheet(bytes);
    if (note) collector.warn({ file }, note);
    readRows(file, text, collector);
  }
  return collector.result();
}

function readRows(file: string, text: string, collector: ReadCollector): void {
  const rows = parse(text, {
    info: true, raw: true, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = typeof error?.lines === 'number' ? error.lines : undefined;
      collector.reject({ file, ...(line ? { line } : {}), reason: `the row could not be read: ${error?.message ?? 'malformed CSV'}` });
      collector.partial = true;
      return undefined;
    },
  }) as unknown as ParsedRow[];
  const [header, ...body] = rows;
  if (!header) {
    collector.reject({ file, reason: 'the file is empty: expected a header row and one row per offer' });
    return;
  }
  const columns = header.record.map((h) => templateField(h));
  const unknown = header.record.filter((h, i) => !columns[i] && h.trim());
  if (unknown.length) collector.warn({ file }, `unknown columns ignored: ${unknown.map((h) => `"${h.trim()}"`).join(', ')}`);
  if (!columns.includes('id') || !columns.includes('name')) {
    collector.reject({ file, line: startLine(header), reason: 'the header row has no "id" or no "name" column, so no row can be read' });
    return;
  }
  for (const row of body) {
    if (row.record.every((cell) => !cell.trim())) continue;
    const line = startLine(row);
    const values: TemplateValues = {};
    row.record.forEach((cell, i) => {
      const field: TemplateField | undefined = columns[i];
      if (field && cell.trim() && values[field] === undefined) values[field] = cell;
    });
    if (row.record.length > header.record.length) {
      collector.warn({ file, line }, `${row.record.length - header.record.length} more cells than columns; the extra cells were ignored`);
    }
    const where = { file, line, ...(values.id ? { record: values.id.trim() } : {}) };
    collector.add(templateToOffer(values, 'service', collector.warnFor(where)), where);
  }
}

/** The line a record starts on (csv-parse counts lines up to the end of the record; quoted cells may span lines). */
function startLine(row: ParsedRow): number {
  const raw = row.info.raw ?? '';
  const inner = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return row.info.lines - (inner.match(/\n/g)?.length ?? 0);
}

/**
 * Spreadsheet bytes to text. The template asks for UTF-8, but Excel's "CSV" and "Unicode text" exports are often
 * Windows-1252 or UTF-16: those are recognised (by byte-order mark, or by bytes that are not valid UTF-8) and
 * decoded, with a note saying so.
 */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; note?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'read as UTF-16 (saved as Unicode text)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'read as UTF-16 (saved as Unicode text)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'the file is not UTF-8; read as Windows-1252 (Excel\'s usual "CSV" encoding). Please save as "CSV UTF-8"',
    };
  }
}
