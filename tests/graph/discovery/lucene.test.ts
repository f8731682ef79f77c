import { describe, expect, it } from 'vitest';
import { buildFullTextQuery, escapeLucene, lucenePhrase } from '../../../graph/discovery/search/lucene.ts';

describe('escapeLucene', () => {
  it('escapes every special character', () => {
    const special = '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /';
    const escaped = escapeLucene(special);
    for (const ch of ['+', '-', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/']) {
      expect(escaped).toContain(`\\${ch}`);
    }
    expect(escaped).toContain('\\&\\&');
    expect(escaped).toContain('\\|\\|');
    expect(escaped).toContain('\\\\');
  });

  it('neutralises the operator words', () => {
    expect(escapeLucene('autism AND sleep OR NOT respite')).toBe('autism and sleep or not respite');
  });

  it('quotes and escapes phrases', () => {
    expect(lucenePhrase('short "breaks"')).toBe('"short \\"breaks\\""');
  });

  it('builds nothing from nothing', () => {
    expect(buildFullTextQuery({ words: [] })).toBe('');
    expect(buildFullTextQuery({ words: ['  '] })).toBe('');
  });

  it('joins words and boosted phrases', () => {
    expect(buildFullTextQuery({ words: ['sleep', 'c++'], phrases: [{ text: 'short breaks', boost: 0.5 }] }))
      .toBe('sleep c\\+\\+ "short breaks"^0.5');
  });
});
