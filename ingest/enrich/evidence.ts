/** A span of text: where something was found. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The words around a match, about `width` characters, cut at word boundaries, with "…" where text was cut.
 * Whitespace is collapsed so the snippet reads as one line.
 */
export function snippet(text: string, span: Span, width = 120): string {
  const matchLength = Math.max(0, span.end - span.start);
  const pad = Math.max(0, Math.floor((width - matchLength) / 2));
  let from = Math.max(0, span.start - pad);
  let to = Math.min(text.length, span.end + pad);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < span.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > span.end) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`.slice(0, 300);
}

/** Where the sentence (or line, or list item) around a span starts and ends. */
export function sentenceBounds(text: string, span: Span): Span {
  const before = text.slice(0, span.start);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
  const rest = text.slice(span.end);
  const stops = [rest.indexOf('. '), rest.indexOf('\n'), rest.indexOf('; '), rest.indexOf('? '), rest.indexOf('! ')].filter((i) => i >= 0);
  const end = stops.length ? span.end + Math.min(...stops) : text.length;
  return { start, end };
}

/** The sentence around a span: for checks such as "is this sentence about funding?". */
export function sentenceAround(text: string, span: Span): string {
  const bounds = sentenceBounds(text, span);
  return text.slice(bounds.start, bounds.end);
}
