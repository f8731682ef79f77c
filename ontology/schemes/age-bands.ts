import { defineScheme } from './define.ts';
import { BRIEF } from './sources.ts';

/**
 * Age bands, 0 to 25. `minAge`..`maxAge` are whole years, inclusive: a child is in `age:5-11` from their
 * 5th birthday until they turn 11. School years are approximate: a child's age within a year group varies.
 */
export const ageBands = defineScheme('ageBand', [
  {
    id: 'age:0-2',
    label: 'Babies and toddlers (under 2)',
    description: 'From birth to the second birthday, before most children start any early education.',
    altLabels: ['baby', 'babies', 'newborn', 'infant', 'under 2', 'under twos', 'under 2s', '0 to 2', '0-2', 'birth to 2',
      'my baby', 'one year old', '1 year old', '18 months'],
    minAge: 0,
    maxAge: 1,
    source: BRIEF.ages,
    links: { LEADS_TO: ['transition:two-year-check'] },
  },
  {
    id: 'age:2-5',
    label: 'Early years (2 to 5)',
    description:
      'From age 2 until the end of the Reception year at primary school: the Early Years Foundation Stage (EYFS), in nursery, pre-school, with a childminder or in Reception.',
    altLabels: ['early years', 'EYFS', 'early years foundation stage', 'toddler', 'toddlers', 'preschooler', 'pre-schooler',
      'pre-school age', 'preschool age', 'under 5', 'under 5s', 'under fives', 'reception', 'reception class',
      'reception year', '2 year old', '3 year old', '4 year old', 'two year old', 'three year old', 'four year old'],
    minAge: 2,
    maxAge: 4,
    source: BRIEF.ages,
    links: { LEADS_TO: ['transition:starting-school'] },
  },
  {
    id: 'age:5-11',
    label: 'Primary school age (5 to 11)',
    description: 'Years 1 to 6 at primary school: Key Stage 1 (Years 1 and 2) and Key Stage 2 (Years 3 to 6).',
    altLabels: ['primary school age', 'primary age', 'primary', 'key stage 1', 'key stage 2', 'KS1', 'KS2', 'year 1',
      'year 2', 'year 3', 'year 4', 'year 5', 'year 6', 'infants', 'juniors', '5 to 11'],
    minAge: 5,
    maxAge: 10,
    source: `${BRIEF.ages} (key stage ages are standard but unverified in the brief)`,
    links: { LEADS_TO: ['transition:year-6-to-7'] },
  },
  {
    id: 'age:11-16',
    label: 'Secondary school age (11 to 16)',
    description:
      'Years 7 to 11 at secondary school: Key Stage 3 (Years 7 to 9) and Key Stage 4 (Years 10 and 11, usually GCSEs). Compulsory school age ends on the last Friday in June of Year 11.',
    altLabels: ['secondary school age', 'secondary age', 'key stage 3', 'key stage 4', 'KS3', 'KS4', 'year 7', 'year 8',
      'year 9', 'year 10', 'year 11', 'GCSE', 'GCSEs', 'high school age', '11 to 16'],
    minAge: 11,
    maxAge: 15,
    source: `${BRIEF.ages} (key stage ages are standard but unverified in the brief)`,
    links: { LEADS_TO: ['transition:year-9-review', 'transition:age-16'] },
  },
  {
    id: 'age:16-19',
    label: 'Post-16 (16 to 19)',
    description:
      'After Year 11: sixth form, college, an apprenticeship or other training. Young people must stay in education or training until 18.',
    altLabels: ['post-16', 'post 16', 'post16', '16 to 19', '16-19', 'sixth form age', 'year 12', 'year 13', 'A levels',
      'A-levels', 'T levels', '16 year old', '17 year old', '18 year old'],
    minAge: 16,
    maxAge: 18,
    source: BRIEF.ages,
    links: { LEADS_TO: ['transition:age-18', 'transition:age-19'] },
  },
  {
    id: 'age:19-25',
    label: 'Young adults (19 to 25)',
    description:
      'Young adults up to 25. An EHC plan can continue to 25 if the young person is still in education or training and needs it.',
    altLabels: ['19 to 25', '19-25', 'young adult', 'young adults', 'post-19', 'post 19', 'over 19', '19 plus',
      'under 25', 'adult learner', 'adult learners', 'early twenties'],
    minAge: 19,
    maxAge: 25,
    source: BRIEF.ages,
    links: { LEADS_TO: ['transition:age-25'] },
  },
]);
