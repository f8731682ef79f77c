import { tokenizeHtml, tokensToText, type HtmlToken } from '../shared/html-text.ts';
import { cleanBlock, cleanLine } from '../shared/text.ts';

/**
 * Splitting an offer document's body into question/answer pairs. Pure functions (text in, pairs out), so that
 * enrichment and the API can reuse them: the question is the heading exactly as the setting wrote it (cleaned,
 * never rewritten), the answer is the plain text up to the next question.
 */

export interface QuestionText {
  question: string;
  text: string;
}

export interface SplitDocument {
  /** Text before the first question (an introduction), without title headings. */
  intro: string;
  answers: QuestionText[];
}

export type DocumentFormat = 'markdown' | 'html' | 'text';

/** Question/answer pairs of a document body; pairs whose answer is empty are left out unless `keepEmpty`. */
export function extractAnswers(body: string, format: DocumentFormat, options: { keepEmpty?: boolean } = {}): QuestionText[] {
  const split = format === 'markdown' ? splitMarkdown(body) : format === 'html' ? splitHtml(tokenizeHtml(body)) : splitText(body);
  return options.keepEmpty ? split.answers : split.answers.filter((a) => a.text);
}

interface Section { question?: string; lines: string[] }

function finish(sections: Section[], toText: (lines: string[]) => string): SplitDocument {
  const [first, ...rest] = sections;
  const intro = first && !first.question ? toText(first.lines) : '';
  const answers = (first?.question ? sections : rest).flatMap((s) => {
    const question = cleanLine(s.question);
    return question ? [{ question, text: toText(s.lines) }] : [];
  });
  return { intro, answers };
}

/** Markdown: one `##` heading per question. `#` titles are dropped; `###` and below stay in the answer. */
export function splitMarkdown(body: string): SplitDocument {
  const sections: Section[] = [{ lines: [] }];
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence;
    const h2 = fence ? null : /^ {0,3}##(?!#)\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (h2) { sections.push({ question: markdownInline(h2[1] ?? ''), lines: [] }); continue; }
    if (!fence && /^ {0,3}#(?!#)\s/.test(line)) continue;
    sections[sections.length - 1]?.lines.push(fence ? line : line.replace(/^ {0,3}#{3,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1'));
  }
  return finish(sections, (lines) => cleanBlock(markdownInline(lines.join('\n'))) ?? '');
}

/** Markdown inline syntax to plain text: links keep their address, emphasis and code marks go. */
export function markdownInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/^ {0,3}[*+]\s+/gm, '- ');
}

/**
 * Plain text: a question is a line of its own ending in "?" (at most 300 characters) that starts a paragraph
 * (after a blank line, at the start, or straight after another question, which then has no answer).
 */
export function splitText(body: string): SplitDocument {
  const sections: Section[] = [{ lines: [] }];
  let previous: 'blank' | 'question' | 'text' = 'blank';
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) { sections[sections.length - 1]?.lines.push(''); previous = 'blank'; continue; }
    if (line.endsWith('?') && line.length <= 300 && previous !== 'text') {
      sections.push({ question: line, lines: [] });
      previous = 'question';
      continue;
    }
    sections[sections.length - 1]?.lines.push(line);
    previous = 'text';
  }
  return finish(sections, (lines) => cleanBlock(lines.join('\n')) ?? '');
}

/** HTML: one `<h2>` per question; `<h1>` titles are dropped; the answer is the text up to the next `<h2>`. */
export function splitHtml(tokens: HtmlToken[]): SplitDocument {
  const sections: Array<{ question?: HtmlToken[]; body: HtmlToken[] }> = [{ body: [] }];
  const skip = { head: false, title: false };
  let heading: 'h1' | 'h2' | undefined;
  for (const t of tokens) {
    if (t.type !== 'text' && (t.name === 'head' || t.name === 'title')) { skip[t.name] = t.type === 'open'; continue; }
    if (skip.head || skip.title) continue;
    if (t.type !== 'text' && (t.name === 'h1' || t.name === 'h2')) {
      heading = t.type === 'open' ? t.name : undefined;
      if (t.type === 'open' && t.name === 'h2') sections.push({ question: [], body: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (heading === 'h1' || !current) continue;
    (heading === 'h2' ? (current.question ??= []) : current.body).push(t);
  }
  const text = (tokens: HtmlToken[]): string => cleanBlock(tokensToText(tokens, true)) ?? '';
  const [first, ...rest] = sections;
  return {
    intro: first ? text(first.body) : '',
    answers: rest.flatMap((s) => {
      const question = cleanLine(tokensToText(s.question ?? [], true));
      return question ? [{ question, text: text(s.body) }] : [];
    }),
  };
}
