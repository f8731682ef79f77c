import { describe, expect, it } from 'vitest';
import { readAge } from '../../../graph/discovery/understand/age.ts';
import { findNegatedStatuses } from '../../../graph/discovery/understand/negation.ts';

describe('readAge', () => {
  it.each([
    ['my 7 year old cannot read', 7],
    ['our 7-year-old son', 7],
    ['she is a 4yo', 4],
    ['aged 16 and leaving school', 16],
    ['age 12, struggling at secondary', 12],
    ['my daughter is 2 and not walking', 2],
    ["I'm 15 and want a Saturday job", 15],
    ['I am 19', 19],
    ['he just turned 11', 11],
    ['my son is in Year 6', 11],
    ['she is in reception', 4],
    ['my toddler bites', 2],
    ['a baby with a cleft palate', 0],
    ['my teenager self harms', 15],
    ['an eighteen month old', 1],
    ['my seven year old', 7],
    ['he is 17 and turns 18 in May', 17],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text)?.age).toBe(age);
  });

  it('gives a range for a school year', () => {
    expect(readAge('in year 9')).toMatchObject({ age: 14, min: 13, max: 14 });
  });

  it.each([
    'my son is autistic',
    'we waited 18 weeks for an appointment',
    'she is 2 hours away from school',
    'I am 40 and caring for my son',
    'it costs £5 a session',
    'section 36 of the Children and Families Act',
  ])('finds no age in "%s"', (text) => {
    expect(readAge(text)).toBeNull();
  });
});

describe('findNegatedStatuses', () => {
  it.each([
    ['no diagnosis yet but we think he is autistic', 'diagnosis'],
    ['she is not diagnosed', 'diagnosis'],
    ['my son is undiagnosed', 'diagnosis'],
    ["he doesn't have an EHCP", 'EHC plan'],
    ['she does not have an EHC plan', 'EHC plan'],
    ['struggling at school without a plan', 'EHC plan'],
    ['still waiting for an assessment', 'assessment'],
    ["we haven't got a referral", 'referral'],
  ])('"%s" negates the %s', (text, about) => {
    expect(findNegatedStatuses(text).map((n) => n.about)).toContain(about);
  });

  it.each([
    "my 7 year old is autistic and can't sleep",
    "my teenager won't leave the house",
    "my daughter is 2 and isn't talking yet",
    "he doesn't eat much and can't concentrate",
    'my son has an EHC plan',
  ])('never reads a need as negated: "%s"', (text) => {
    expect(findNegatedStatuses(text)).toEqual([]);
  });
});
