import { parseDocument as parseYaml } from 'yaml';
import { tokenizeHtml } from '../shared/html-text.ts';
import { templateField, type TemplateValues } from '../shared/template-fields.ts';
import { isRecord } from '../shared/values.ts';
import { splitHtml, splitMarkdown, splitText, type DocumentFormat, type SplitDocument } from './extract-answers.ts';

/** An offer document taken apart: its template fields, the names it used that are not fields, and its answers. */
export interface ParsedDocument extends SplitDocument {
  fields: TemplateValues;
  unknownFields: string[];
  /** A problem that makes the header unreadable (bad YAML), with its line. */
  error?: { line?: number; reason: string };
}

/** HTML <meta> names that are about the page, not the offer: never reported as unknown. */
const PAGE_META = new Set(['viewport', 'generator', 'author', 'robots', 'keywords', 'theme-color', 'referrer', 'format-detection', 'color-scheme']);

export function formatOf(file: string): DocumentFormat | undefined {
  const ext = file.toLowerCase().replace(/^.*\./, '');
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return ext === 'txt' ? 'text' : undefined;
}

/** Parses one offer document (Markdown with YAML front matter, HTML with <meta name>, or plain text with a header). */
export function parseOfferDocument(content: string, format: DocumentFormat): ParsedDocument {
  const source = content.replace(/^\uFEFF/, '');
  if (format === 'html') {
    const tokens = tokenizeHtml(source);
    const pairs: Array<[string, unknown]> = [];
    for (const t of tokens) {
      if (t.type === 'open' && t.name === 'meta' && t.attrs.name && !PAGE_META.has(t.attrs.name.toLowerCase())) pairs.push([t.attrs.name, t.attrs.content]);
    }
    return { ...toFields(pairs), ...splitHtml(tokens) };
  }
  if (format === 'markdown') {
    const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
    if (!m) return { fields: {}, unknownFields: [], ...splitMarkdown(source), error: { line: 1, reason: 'no YAML front matter (--- lines) with the id and name' } };
    const yaml = parseYaml(m[1] ?? '', { uniqueKeys: false });
    const body = splitMarkdown(source.slice(m[0].length));
    const problem = yaml.errors[0];
    if (problem) {
      // linePos counts from the front matter's first line, which is the file's second line.
      const line = (problem.linePos?.[0]?.line ?? 0) + 1;
      const id = /^id:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(m[1] ?? '')?.[1];
      const reason = `the front matter is not valid YAML: ${problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`;
      return { fields: id ? { id } : {}, unknownFields: [], ...body, error: { line, reason } };
    }
    const data: unknown = yaml.toJS();
    if (!isRecord(data)) return { fields: {}, unknownFields: [], ...body, error: { line: 2, reason: 'the front matter should be "field: value" lines' } };
    return { ...toFields(Object.entries(data)), ...body };
  }
  // Plain text: "field: value" lines at the top, up to the first blank line or the first line that is not a field.
  const lines = source.split(/\r?\n/);
  const pairs: Array<[string, unknown]> = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^\s*([A-Za-z][A-Za-z _-]{0,40}):\s*(.*)$/.exec(lines[i] ?? '');
    if (!m || !templateField(m[1] ?? '') || (lines[i] ?? '').trim().endsWith('?')) break;
    pairs.push([m[1] ?? '', m[2]]);
  }
  return { ...toFields(pairs), ...splitText(lines.slice(i).join('\n')) };
}

function toFields(pairs: Array<[string, unknown]>): { fields: TemplateValues; unknownFields: string[] } {
  const fields: TemplateValues = {};
  const unknownFields: string[] = [];
  for (const [name, value] of pairs) {
    const field = templateField(name);
    const text = asText(value);
    if (!field) unknownFields.push(name);
    else if (text !== undefined && fields[field] === undefined) fields[field] = text;
  }
  return { fields, unknownFields };
}

/** A header value as text: lists join with "; " (the template's list separator); objects are not values. */
function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join('; ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
