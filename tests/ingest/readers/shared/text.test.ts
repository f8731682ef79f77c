import { describe, expect, it } from 'vitest';
import { htmlToText, tokenizeHtml } from '../../../../ingest/readers/shared/html-text.ts';
import { cleanBlock, cleanLine, cutText, splitList } from '../../../../ingest/readers/shared/text.ts';
import { HOSTILE_HTML, ODD_UNICODE, ODD_UNICODE_CLEAN, expectNoMarkup } from '../helpers.ts';

describe('text cleaning shared by every reader', () => {
  it('keeps HTML as plain text: tags, scripts, styles and encoded scripts are gone, the words stay', () => {
    const text = cleanBlock(HOSTILE_HTML);
    expect(text).toBe('Fun for all.\n\nlink');
    expectNoMarkup(text);
  });

  it('turns HTML paragraphs and lists into lines', () => {
    expect(cleanBlock('<p>One</p><p>Two &amp; three</p><ul><li>a</li><li>b</li></ul>')).toBe('One\n\nTwo & three\n\n- a\n- b');
  });

  it('keeps plain text that merely contains angle brackets or ampersands', () => {
    expect(cleanLine('ages <5 and a < b > c; AT&T &amp; co')).toBe('ages <5 and a < b > c; AT&T & co');
  });

  it('keeps the line breaks of plain text when there is no HTML block markup', () => {
    expect(cleanBlock('Line one\r\nLine <b>two</b>\n\n\n\nPara   three')).toBe('Line one\nLine two\n\nPara three');
  });

  it('normalises to NFC, keeps emoji and right-to-left text, removes control and bidi override characters', () => {
    expect(cleanLine(ODD_UNICODE)).toBe(ODD_UNICODE_CLEAN);
    expect(cleanLine('\uD800lone surrogate\uFEFF')).toBe('lone surrogate');
  });

  it('drops an unterminated tag to the end, as a browser would', () => {
    expect(cleanLine('before<script src=x')).toBe('before');
  });

  it('never lets decoded entities become tags, however deeply encoded', () => {
    const text = htmlToText('&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;');
    expect(text).not.toMatch(/<script/i);
  });

  it('tokenizes attributes in any quoting and skips comments and doctypes', () => {
    const tokens = tokenizeHtml('<!DOCTYPE html><!-- c --><meta name=id content=\'X-1\'><meta content="Y" name="name">');
    expect(tokens).toEqual([
      { type: 'open', name: 'meta', attrs: { name: 'id', content: 'X-1' } },
      { type: 'open', name: 'meta', attrs: { content: 'Y', name: 'name' } },
    ]);
  });

  it('splits semicolon lists, trims and removes repeats', () => {
    expect(splitList(' autism; ADHD ;; Autism;\nhearing ')).toEqual(['autism', 'ADHD', 'hearing']);
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const cut = cutText('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
