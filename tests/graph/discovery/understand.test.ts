import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSnapshotCache } from '../../../graph/discovery/snapshot/snapshot-cache.ts';
import type { Snapshot } from '../../../graph/discovery/snapshot/types.ts';
import { understandingContext, useOntologyLookup } from '../../../graph/discovery/understand/context.ts';
import { ontologyMatches } from '../../../graph/discovery/understand/ontology-lookup.ts';
import { understandQuestion } from '../../../graph/discovery/understand/understand.ts';
import { testGraph } from '../../helpers/graph.ts';

const ctx = testGraph();
let snapshot: Snapshot;

beforeAll(async () => {
  snapshot = await createSnapshotCache(ctx, { pollMs: 0 }).get();
});
afterAll(async () => {
  useOntologyLookup(ontologyMatches);
  await ctx.driver.close();
});

const ids = (text: string) => understandQuestion(text, understandingContext(snapshot)).concepts.map((c) => c.id);

describe('understanding a question', () => {
  // Phrasings families and professionals use; none is an evaluation scenario's sentence.
  it.each([
    ['our son has autism', 'need:autism'],
    ['she was diagnosed with ASD last year', 'need:autism'],
    ['we think he is on the spectrum', 'need:autism'],
    ['my boy has aspergers', 'need:autism'],
    ['he has ADHD and cannot sit still', 'need:adhd'],
    ['my daughter has dyslexia', 'need:dyslexia'],
    ['she is dyspraxic', 'need:dyspraxia'],
    ['he has Down syndrome', 'need:down-syndrome'],
    ['she has epilepsy and has seizures at night', 'need:epilepsy'],
    ['my son has type 1 diabetes', 'need:diabetes'],
    ['she is partially sighted', 'need:vision-impairment'],
    ['my son wears hearing aids', 'need:hearing-impairment'],
    ['he has cerebral palsy', 'need:physical-disability'],
    ['she uses a wheelchair', 'need:physical-disability'],
    ['our child has a learning disability', 'need:learning-disability'],
    ['he stammers when he is nervous', 'need:speech-language-communication'],
    ['my 3 year old has no words', 'need:speech-language-communication'],
    ['she suffers from anxiety', 'need:anxiety'],
    ["he refuses to go to school", 'need:school-avoidance'],
    ['he still wets the bed at night', 'need:continence'],
    ['my child is not sleeping', 'need:sleep'],
    ['how do we apply for an EHCP', 'process:ehc-needs-assessment'],
    ['we want to appeal to the tribunal', 'process:tribunal-appeal'],
    ['we need respite', 'category:short-breaks'],
    ['where can I get speech therapy', 'category:speech-and-language-therapy'],
    ['is there a parent carer forum', 'category:parent-carer-forum'],
    ['help with transport to school', 'category:home-to-school-travel'],
    ['what is the SEND Code of Practice', 'law:send-code-of-practice'],
    ['he is being excluded from school', 'process:exclusion'],
    ['we are moving house and she has an EHC plan', 'process:ehc-plan'],
    ['she is starting school in September', 'transition:starting-school'],
    ['he will be 18 next year and moving to adult services', 'transition:age-18'],
  ])('"%s" → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('reads a misspelling through the ontology or our own typo correction', () => {
    expect(ids('my son has autisum')).toContain('need:autism');
    expect(ids('she has dyslexsia')).toContain('need:dyslexia');
  });

  it('never corrects short words or acronyms into each other', () => {
    expect(ids('I want to add my son to the list')).not.toContain('need:adhd');
    expect(ids('my son has ADD')).not.toContain('need:autism');
    expect(ids('he has ASD')).not.toContain('need:adhd');
  });

  it('does not read "house" as housing', () => {
    expect(ids('he will not leave the house')).not.toContain('category:housing');
  });

  it('marks a status the person does not have as negated, never a need', () => {
    const reading = understandQuestion("my son doesn't have an EHCP and can't sleep", understandingContext(snapshot));
    const plan = reading.concepts.find((c) => c.id === 'process:ehc-plan' || c.id === 'process:ehc-needs-assessment');
    expect(plan?.negated).toBe(true);
    expect(reading.concepts.find((c) => c.id === 'need:sleep')?.negated).toBe(false);
    expect(reading.negated.map((n) => n.about)).toContain('EHC plan');
  });

  it('reads the age and the area', () => {
    const reading = understandQuestion('my 7 year old in Wyvern Bay is autistic', understandingContext(snapshot));
    expect(reading.age).toBe(7);
    expect(reading.ageSource).toBe('question');
    expect(reading.area).toEqual({ id: 'wyvern-bay', name: 'Wyvern Bay', kind: 'area' });
  });

  it('lets the parameters win over the words, and the person add and remove concepts', () => {
    const reading = understandQuestion('my 7 year old is autistic', understandingContext(snapshot), {
      age: 9, area: 'port-selwyn', concepts: ['need:sleep'], exclude: ['need:autism'],
    });
    expect(reading.age).toBe(9);
    expect(reading.ageSource).toBe('parameter');
    expect(reading.area?.id).toBe('port-selwyn');
    expect(reading.concepts.map((c) => c.id)).toEqual(['need:sleep']);
    expect(reading.concepts[0]?.how).toBe('chosen');
    expect(reading.excluded).toEqual(['need:autism']);
  });

  it('still understands with our own matcher alone (natural: stems and n-grams)', () => {
    useOntologyLookup(undefined);
    try {
      expect(ids('sleeping problems since he was a baby')).toContain('need:sleep');
      expect(ids('he has autistic spectrum disorder')).toContain('need:autism');
      expect(ids('my son has autsim')).toContain('need:autism');
    } finally {
      useOntologyLookup(ontologyMatches);
    }
  });
});
