import { htmlToText } from './html-text.ts';

/**
 * Text cleaning shared by every reader. Whatever the source, stored text is plain (no tags, nothing
 * executable), NFC-normalised, free of control characters and of bidirectional override characters (which can
 * make text display differently from what it says), and well-formed UTF-16. Emoji, right-to-left scripts and
 * combining marks are kept.
 */

// C0 and C1 controls except tab and line breaks; bidi embeddings/overrides/isolates; BOM and other non-characters.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function base(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  return htmlToText(value.replace(LONE_SURROGATE, '').replace(CONTROL, '').normalize('NFC'))
    .replace(CONTROL, '')
    .normalize('NFC');
}

/** One line of text (names, labels, ids): all whitespace collapses to single spaces. Empty → undefined. */
export function cleanLine(value: unknown): string | undefined {
  const s = base(value)?.replace(/\s+/g, ' ').trim();
  return s ? s : undefined;
}

/** A block of text (descriptions, answers): paragraphs and list lines are kept, runs of spaces collapse. */
export function cleanBlock(value: unknown): string | undefined {
  const s = base(value)
    ?.replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return s ? s : undefined;
}

/** Splits a list written in one cell ("autism; ADHD") on semicolons (and line breaks), cleaned, without repeats. */
export function splitList(value: unknown): string[] {
  if (Array.isArray(value)) return unique(value.flatMap((v) => splitList(v)));
  const s = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  return unique(s.split(/[;\n]/).map((part) => cleanLine(part)));
}

/** Drops empty entries and repeats (case-insensitive), keeping the first spelling. */
export function unique(values: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (!v) continue;
    const key = v.toLocaleLowerCase('en-GB');
    if (!seen.has(key)) { seen.add(key); out.push(v); }
  }
  return out;
}

/** Joins cleaned parts into one block, skipping the empty ones. */
export function joinBlocks(parts: Array<string | undefined>, separator = '\n\n'): string | undefined {
  const kept = parts.filter((p): p is string => Boolean(p && p.trim()));
  return kept.length ? kept.join(separator) : undefined;
}

/** Cuts text to at most `max` characters at a word boundary, ending with "…". */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max - 1);
  const space = slice.lastIndexOf(' ');
  const cut = space > max * 0.8 ? slice.slice(0, space) : slice;
  return cut.replace(/[\uD800-\uDBFF]$/, '').trimEnd() + '…';
}
