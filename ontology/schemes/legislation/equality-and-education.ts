import { defineScheme } from '../define.ts';
import { BRIEF } from '../sources.ts';
import { type Instrument, provision, wholeInstrument } from './law-entry.ts';

const EQUALITY_ACT: Instrument = {
  id: 'law:equality-act-2010',
  title: 'Equality Act 2010',
  shortNames: ['Equality Act', 'EA 2010'],
  path: '/ukpga/2010/15',
};
const EDUCATION_ACT: Instrument = {
  id: 'law:education-act-1996',
  title: 'Education Act 1996',
  shortNames: ['Education Act', 'EA 1996'],
  path: '/ukpga/1996/56',
};
const CHILDCARE_ACT: Instrument = {
  id: 'law:childcare-act-2006',
  title: 'Childcare Act 2006',
  shortNames: ['Childcare Act'],
  path: '/ukpga/2006/21',
};

/** Equality law, the Education Act 1996 (travel and alternative provision) and the Childcare Act 2006. */
export const equalityAndEducationLaw = defineScheme('legislation', [
  wholeInstrument(EQUALITY_ACT,
    'The law that protects disabled people, and others, from discrimination, including by schools, colleges, councils and services.',
    { altLabels: ['disability discrimination', 'discrimination law', 'discriminated against'] }),
  provision(EQUALITY_ACT, 'section', '6', 'what disability means',
    'A person is disabled if they have a physical or mental impairment that has a substantial and long-term bad effect on their ability to do normal daily activities.',
    { altLabels: ['definition of disability'], source: `${BRIEF.legislation} (s.6 from a secondary source)` }),
  provision(EQUALITY_ACT, 'section', '20', 'reasonable adjustments',
    'Organisations must make reasonable adjustments so that disabled people are not put at a big disadvantage compared with others.',
    { altLabels: ['reasonable adjustments', 'reasonable adjustment', 'duty to make reasonable adjustments'] }),
  provision(EQUALITY_ACT, 'schedule', '10', 'accessibility strategies and plans',
    "Councils must have an accessibility strategy, and schools an accessibility plan, to improve disabled pupils' access to lessons, buildings and information over time.",
    { altLabels: ['accessibility plan', 'accessibility strategy', 'school accessibility plan'] }),
  provision(EQUALITY_ACT, 'schedule', '13', 'reasonable adjustments in education',
    'Schools must adjust their policies and practices and provide auxiliary aids and services for disabled pupils, but need not change physical features: that is covered by accessibility plans.',
    { altLabels: ['auxiliary aids', 'auxiliary aids and services'] }),
  wholeInstrument(EDUCATION_ACT,
    'A main education law, covering school attendance, travel to school and education for children who cannot be in school.'),
  provision(EDUCATION_ACT, 'section', '19', 'education for children out of school (alternative provision)',
    'Councils must arrange suitable education for children who cannot go to school because of illness, exclusion or otherwise; after a permanent exclusion, from the sixth school day.',
    { altLabels: ['section 19 duty', 'section 19 education', 'alternative provision duty'],
      source: `${BRIEF.legislation} (secondary source)` }),
  provision(EDUCATION_ACT, 'section', '508B', 'free travel to school',
    'Councils must arrange free travel to school for eligible children, including those who cannot be expected to walk because of SEN, disability or mobility problems, and those beyond walking distance.',
    { altLabels: ['section 508B', '508B', 'home to school transport duty', 'schedule 35B'],
      source: `${BRIEF.legislation} (secondary source)` }),
  provision(EDUCATION_ACT, 'section', '508F', 'transport for adult learners',
    'Councils must make the transport arrangements they think necessary for adult learners aged 19 and over, including those with EHC plans.',
    { altLabels: ['section 508F', '508F'], source: `${BRIEF.legislation} (secondary source)` }),
  provision(EDUCATION_ACT, 'section', '509AA', 'post-16 transport policy statement',
    'Councils must publish each year a transport policy statement setting out travel support for 16 to 19 year olds in education.',
    { altLabels: ['section 509AA', '509AA', 'post-16 transport policy statement'] }),
  wholeInstrument(CHILDCARE_ACT,
    "Councils must improve young children's wellbeing, secure enough childcare for working parents (taking account of disabled children), secure free early education, and run a family information service.",
    { altLabels: ['childcare sufficiency', 'childcare sufficiency duty'] }),
]);
