/**
 * Building full-text (Lucene) queries from what people type. User text never reaches the query
 * parser unescaped: every special character is escaped and the operator words AND, OR and NOT are
 * lower-cased (the english analyzer then drops them as stop words).
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes `+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /` and neutralises AND/OR/NOT. */
export function escapeLucene(text: string): string {
  return text
    .replace(SPECIAL, (ch) => `\\${ch}`)
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase());
}

/** A phrase, quoted and escaped: `"short breaks"`. */
export function lucenePhrase(text: string): string {
  return `"${escapeLucene(text.replace(/\s+/g, ' ').trim())}"`;
}

export interface FullTextTerms {
  /** Single words (any may match; more matches rank higher). */
  words: readonly string[];
  /** Phrases that should rank higher when present, with a boost (e.g. concept labels). */
  phrases?: readonly { text: string; boost: number }[];
}

/** The Lucene query for the words and phrases, or '' when there is nothing to search for. */
export function buildFullTextQuery(terms: FullTextTerms): string {
  const parts: string[] = [];
  for (const word of terms.words) {
    const clean = word.trim();
    if (clean) parts.push(escapeLucene(clean));
  }
  for (const phrase of terms.phrases ?? []) {
    if (!phrase.text.trim()) continue;
    const boost = Math.max(0.1, Math.min(10, phrase.boost));
    parts.push(`${lucenePhrase(phrase.text)}^${boost.toFixed(1)}`);
  }
  return parts.join(' ');
}
