/**
 * A small, linear HTML tokenizer (no dependency): enough to turn provider HTML into plain text and to read the
 * simple offer documents (<meta name>, <h2> sections). It never builds a DOM and never runs anything.
 */

export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'open'; name: string; attrs: Record<string, string> }
  | { type: 'close'; name: string };

/** Elements whose content is never text for a reader: dropped whole. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select']);
/** Elements that start a new line in the text. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'main', 'nav', 'aside', 'figure', 'address',
]);
/** Elements separated from what follows by a blank line. */
const PARAGRAPH = new Set(['p', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'pre']);
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Splits HTML into text, open and close tokens. Comments, doctypes and dropped elements' content vanish. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { tokens.push({ type: 'text', text: html.slice(i) }); break; }
    if (lt > i) tokens.push({ type: 'text', text: html.slice(i, lt) });
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (!/[a-zA-Z/!?]/.test(next)) { tokens.push({ type: 'text', text: '<' }); i = lt + 1; continue; }
    const end = tagEnd(html, lt);
    if (end < 0) break; // an unterminated tag runs to the end of the input, as in a browser: drop it
    const inner = html.slice(lt + 1, end);
    i = end + 1;
    if (next === '!' || next === '?') continue; // doctype, CDATA, processing instruction
    const closing = inner.startsWith('/');
    const name = /^\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(inner)?.[1]?.toLowerCase();
    if (!name) continue;
    if (closing) { tokens.push({ type: 'close', name }); continue; }
    tokens.push({ type: 'open', name, attrs: parseAttrs(inner.slice(name.length)) });
    if (DROPPED.has(name) && !inner.endsWith('/')) {
      i = skipElementContent(html, name, i);
      tokens.push({ type: 'close', name });
    }
  }
  return tokens;
}

/** The index just after the element's closing tag (or the end of the input when it is never closed). */
function skipElementContent(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\b`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  if (!m) return html.length;
  const end = tagEnd(html, m.index);
  return end < 0 ? html.length : end + 1;
}

function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let j = from + 1; j < html.length; j++) {
    const c = html[j];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) {
    const key = m[1]?.toLowerCase();
    if (key) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', pound: '£', euro: '€', copy: '©', reg: '®', trade: '™', middot: '·',
  bull: '•', times: '×', divide: '÷', deg: '°', frac12: '½', frac14: '¼', frac34: '¾', eacute: 'é', egrave: 'è',
  aacute: 'á', agrave: 'à', ccedil: 'ç', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß', iacute: 'í', oacute: 'ó',
  uacute: 'ú', ntilde: 'ñ', shy: '', zwnj: '\u200c', zwj: '\u200d', laquo: '«', raquo: '»', sect: '§', para: '¶',
};

/** Decodes named (common) and numeric character references; unknown ones are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Renders tokens as text: block elements start new lines, paragraphs are separated, list items get "- ". */
export function tokensToText(tokens: HtmlToken[], collapseWhitespace: boolean): string {
  let out = '';
  const breakTo = (n: number): void => {
    out = out.replace(/[ \t]+$/, '');
    if (!out) return;
    const have = /\n*$/.exec(out)?.[0].length ?? 0;
    if (have < n) out += '\n'.repeat(n - have);
  };
  for (const t of tokens) {
    if (t.type === 'text') {
      const text = decodeEntities(t.text);
      out += collapseWhitespace ? text.replace(/\s+/g, ' ') : text;
    } else if (t.name === 'br') {
      out += '\n';
    } else if (t.name === 'li' && t.type === 'open') {
      breakTo(1);
      out += '- ';
    } else if (PARAGRAPH.has(t.name)) {
      breakTo(2);
    } else if (BLOCK.has(t.name)) {
      breakTo(1);
    }
  }
  return out;
}

const TAG_LIKE = /<[a-zA-Z/!?]/;
const HTML_BLOCK_TAG = /<\s*(p|br|div|li|ul|ol|h[1-6]|table|tr)\b/i;

/**
 * Plain text from text that may hold HTML. When block tags are present it is treated as HTML (whitespace
 * collapses, blocks make lines); otherwise tags are only removed and the text's own line breaks are kept.
 * Entities are decoded, and decoding is repeated until no tag-like text is left, so `&lt;script&gt;` cannot
 * come back as a tag.
 */
export function htmlToText(input: string): string {
  let s = input;
  for (let round = 0; round < 4; round++) {
    if (TAG_LIKE.test(s)) {
      s = tokensToText(tokenizeHtml(s), HTML_BLOCK_TAG.test(s));
    } else {
      const decoded = decodeEntities(s);
      if (decoded === s || !TAG_LIKE.test(decoded)) return decoded;
      s = decoded;
    }
  }
  return s.replace(/<(?=[a-zA-Z/!?])/g, '‹');
}
