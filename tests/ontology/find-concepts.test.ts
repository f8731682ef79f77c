import { describe, expect, it } from 'vitest';
import { findConcepts, searchConcepts } from '../../ontology/index.ts';

const ids = (text: string) => findConcepts(text).map((m) => m.concept.id);

describe('findConcepts', () => {
  it('does not confuse the acronyms asd, add and adhd', () => {
    expect(ids('he has asd')).toContain('need:autism');
    expect(ids('he has asd')).not.toContain('need:adhd');
    expect(ids('he has ADHD')).not.toContain('need:autism');
    expect(ids('ADHS')).toEqual([]);
  });

  it('reads "add" as a word unless it is written ADD in capitals', () => {
    expect(ids('I want to add my son to the list')).not.toContain('need:adhd');
    expect(ids('Add more information')).not.toContain('need:adhd');
    expect(ids('he was diagnosed with ADD')).toContain('need:adhd');
    expect(ids('I WANT TO ADD A NOTE')).not.toContain('need:adhd');
  });

  it('never typo-matches short words', () => {
    expect(ids('my son is a fit lad')).not.toContain('need:epilepsy');
    expect(ids('we had a chat')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(ids('a deafening noise')).not.toContain('need:hearing-impairment');
    expect(ids('the unitary council')).not.toContain('setting:resourced-provision');
  });

  it('ignores case, punctuation, plurals and possessives', () => {
    expect(ids('ASPERGER’S')).toContain('need:autism');
    expect(ids('Seizures!!')).toContain('need:epilepsy');
    expect(ids('speech & language therapy')).toContain('category:speech-and-language-therapy');
    expect(ids('selfharm')).toContain('need:social-emotional-mental-health');
  });

  it('lets the longest phrase win', () => {
    const matches = findConcepts('she needs speech and language therapy');
    expect(matches.map((m) => m.concept.id)).toEqual(['category:speech-and-language-therapy']);
    expect(matches[0]?.matchedText).toBe('speech and language therapy');
  });

  it('tolerates one typo in longer words and says it was fuzzy', () => {
    const [match] = findConcepts('help with dyslexai');
    expect(match?.concept.id).toBe('need:dyslexia');
    expect(match?.matchType).toBe('fuzzy');
    expect(match?.score).toBeLessThan(1);
    expect(ids('physiotherapyy')).toContain('category:physiotherapy');
  });

  it('reports where each match is in the text', () => {
    const text = 'My 7 year old is autistic and cannot sleep';
    for (const match of findConcepts(text)) expect(text.slice(match.start, match.end)).toBe(match.matchedText);
    expect(ids(text)).toEqual(['need:autism', 'need:sleep']);
  });

  it('can be limited to some schemes', () => {
    const found = findConcepts('autism and a statement', { schemes: ['need'] }).map((m) => m.concept.id);
    expect(found).toEqual(['need:autism']);
  });

  it('is fast enough to run on every query', () => {
    const text = 'my teenager is autistic, very anxious, has meltdowns, wets the bed and we need respite and a carers assessment';
    const started = performance.now();
    for (let i = 0; i < 200; i++) findConcepts(text);
    expect((performance.now() - started) / 200).toBeLessThan(5);
  });
});

describe('searchConcepts', () => {
  it('finds by prefix for type-ahead', () => {
    expect(searchConcepts('autis', 5)[0]?.concept.id).toBe('need:autism');
    expect(searchConcepts('short br', 5).map((h) => h.concept.id)).toContain('category:short-breaks');
  });

  it('finds exact alternative labels first', () => {
    const [top] = searchConcepts('EHCP', 5);
    expect(top?.concept.id).toBe('process:ehc-plan');
    expect(top?.matchType).toBe('exact');
  });

  it('tolerates typos in longer words but not in acronyms', () => {
    expect(searchConcepts('dyspraxya', 5)[0]?.concept.id).toBe('need:dyspraxia');
    expect(searchConcepts('asd', 10).map((h) => h.concept.id)).not.toContain('need:adhd');
    expect(searchConcepts('adhd', 10).map((h) => h.concept.id)).not.toContain('need:autism');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchConcepts('   ', 5)).toEqual([]);
    expect(searchConcepts('a', 3).length).toBeLessThanOrEqual(3);
  });
});
