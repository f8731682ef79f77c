import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE } from '../sources.ts';

/** The umbrella needs, the four broad areas of need (Code of Practice 6.28-6.35) and the census catch-alls. */
export const broadAreas = defineScheme('need', [
  {
    id: 'need:special-educational-needs',
    label: 'Special educational needs (SEN)',
    description:
      'A child or young person has special educational needs if they find learning much harder than most others their age, or a disability stops them using ordinary school facilities, and they need extra or different help.',
    altLabels: ['SEN', 'special educational needs', 'special needs', 'additional needs', 'additional learning needs',
      'needs extra help', 'needs extra support', 'SEN register', 'on the SEN register', 'SEND'],
    source: 'Children and Families Act 2014 s.20 (SEND vocabulary brief §3)',
    links: { UNDER_LAW: ['law:cfa-2014-s20'], IN_CATEGORY: ['category:education'], RELATED: ['need:disability'] },
  },
  {
    id: 'need:disability',
    label: 'Disability',
    description:
      'A physical or mental impairment that has a big and long-lasting effect on everyday life. Disabled children count as "in need" under the Children Act, which opens the door to social care help.',
    altLabels: ['disabled', 'disabilities', 'disabled child', 'disabled children', 'disabled young person',
      'disabled son', 'disabled daughter', 'additional needs', 'impairment', 'handicap', 'handicapped'],
    hiddenLabels: ['disibility', 'dissability', 'disabilty', 'disablity'],
    source: 'Equality Act 2010 s.6; Children Act 1989 s.17 (SEND vocabulary brief §3)',
    links: {
      UNDER_LAW: ['law:equality-act-2010-s6', 'law:children-act-1989-s17'],
      IN_CATEGORY: ['category:social-care'],
    },
  },
  {
    id: 'need:communication-and-interaction',
    label: 'Communication and interaction',
    description:
      'One of the four broad areas of need: difficulty talking, understanding others, or getting on with people socially. It includes speech, language and communication needs and autism.',
    altLabels: ['communication and interaction needs', 'C&I', 'communication needs', 'communication difficulties',
      'communication problems', 'social communication', 'social communication difficulties',
      'social communication disorder', 'social interaction difficulties', 'trouble making friends',
      'struggles to make friends'],
    source: BRIEF.needs,
    links: { BROADER: ['need:special-educational-needs'] },
  },
  {
    id: 'need:cognition-and-learning',
    label: 'Cognition and learning',
    description:
      'One of the four broad areas of need: learning more slowly than others, or finding particular things such as reading, spelling or maths hard. It covers specific, moderate, severe and profound learning difficulties.',
    altLabels: ['cognition and learning needs', 'C&L', 'learning difficulty', 'learning difficulties', 'learning needs',
      'learning problems', 'struggles with learning', 'struggling with learning', 'struggling at school',
      'behind at school', 'falling behind', 'behind in class'],
    source: BRIEF.needs,
    links: { BROADER: ['need:special-educational-needs'] },
  },
  {
    id: 'need:sensory-and-physical',
    label: 'Sensory and/or physical needs',
    description:
      'One of the four broad areas of need: hearing, sight or physical disabilities that make it harder to join in and get around, and may need equipment or adaptations.',
    altLabels: ['sensory and physical needs', 'sensory and physical', 'sensory or physical needs', 'physical and sensory needs',
      'physical and sensory', 'sensory impairment', 'sensory impairments', 'sensory needs'],
    source: BRIEF.needs,
    links: { BROADER: ['need:special-educational-needs'] },
  },
  {
    id: 'need:other-difficulty',
    label: 'Other difficulty or disability',
    description:
      'The school census code for a need that does not fit the other types, such as a rare or genetic condition.',
    altLabels: ['OTH', 'other difficulty', 'other disability', 'rare condition', 'rare disease', 'genetic condition',
      'chromosome disorder', 'chromosomal disorder', 'syndrome without a name', 'SWAN'],
    source: BRIEF.needs,
    links: { BROADER: ['need:special-educational-needs'] },
  },
  {
    id: 'need:no-specialist-assessment',
    label: 'SEN support, type of need not yet assessed',
    description:
      'The school census code (NSA) for a pupil getting SEN support whose type of need has not had a specialist assessment yet.',
    altLabels: ['NSA', 'no specialist assessment', 'no specialist assessment of type of need'],
    source: BRIEF.needs,
    links: { BROADER: ['need:special-educational-needs'], RELATED: ['process:sen-support'] },
  },
  {
    id: 'need:medical-conditions',
    label: 'Medical conditions and health needs',
    description:
      'Long-term illnesses and health conditions that need care or medicine, including at school or college. Schools must make arrangements to support pupils with medical conditions.',
    altLabels: ['medical needs', 'medical need', 'medical condition', 'medical conditions', 'health condition',
      'health conditions', 'health needs', 'long-term condition', 'long term condition', 'long-term conditions',
      'chronic illness', 'chronic condition', 'chronically ill', 'illness'],
    source: `${BRIEF.health}; ${COMMON_USAGE}`,
    links: {
      HAS_PATHWAY: ['pathway:long-term-conditions'],
      IN_CATEGORY: ['category:health', 'category:school-nursing'],
      UNDER_LAW: ['law:cfa-2014-s100'],
    },
  },
]);
