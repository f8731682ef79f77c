import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE } from '../sources.ts';

/** Cognition and learning: the census learning difficulty types and the conditions families name. */
export const learningNeeds = defineScheme('need', [
  {
    id: 'need:specific-learning-difficulty',
    label: 'Specific learning difficulty (SpLD)',
    description:
      'Difficulty with one particular part of learning, such as reading, spelling, maths or coordination, while other learning is fine. Dyslexia, dyscalculia and dyspraxia are specific learning difficulties.',
    altLabels: ['SpLD', 'specific learning difficulty', 'specific learning difficulties', 'specific learning disability'],
    source: BRIEF.needs,
    links: {
      BROADER: ['need:cognition-and-learning'],
      IN_CATEGORY: ['category:specialist-teaching-outreach', 'category:educational-psychology'],
      CATERED_BY: ['setting:mainstream-school', 'setting:academy', 'setting:fe-college'],
    },
  },
  {
    id: 'need:dyslexia',
    label: 'Dyslexia',
    description:
      'A specific learning difficulty that mainly affects reading and spelling, and often memory and processing speed. It is not linked to how clever someone is.',
    altLabels: ['dyslexic', 'reading difficulties', 'reading difficulty', 'reading problems', 'struggles to read',
      'struggling to read', "can't read", 'trouble reading', 'poor reading', 'spelling difficulties', 'poor spelling',
      "can't spell", 'word blindness', 'coloured overlays'],
    hiddenLabels: ['dyslexsia', 'dislexia', 'dyslexcia', 'dyslxia', 'dsylexia', 'dyslexica', 'dislexic', 'dyslexik', 'dislexsia'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:specific-learning-difficulty'],
      IN_CATEGORY: ['category:specialist-teaching-outreach'],
      CATERED_BY: ['setting:mainstream-school', 'setting:academy', 'setting:fe-college'],
    },
  },
  {
    id: 'need:dyscalculia',
    label: 'Dyscalculia',
    description:
      'A specific learning difficulty with numbers and maths: understanding quantities, remembering number facts and doing calculations.',
    altLabels: ['dyscalculic', 'maths difficulties', 'maths difficulty', 'struggles with maths', "can't do maths",
      'number difficulties', 'math difficulties', 'numeracy difficulties'],
    hiddenLabels: ['dyscalcula', 'discalculia', 'dyscalcullia', 'dyscalclia', 'discalcula'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:specific-learning-difficulty'],
      IN_CATEGORY: ['category:specialist-teaching-outreach'],
      CATERED_BY: ['setting:mainstream-school', 'setting:academy'],
    },
  },
  {
    id: 'need:dyspraxia',
    label: 'Dyspraxia (developmental coordination disorder, DCD)',
    description:
      'A condition affecting movement and coordination, so everyday tasks like dressing, handwriting, ball games or riding a bike are hard. Doctors call it developmental coordination disorder (DCD).',
    altLabels: ['dyspraxic', 'DCD', 'developmental coordination disorder', 'developmental co-ordination disorder',
      'coordination difficulties', 'co-ordination difficulties', 'coordination problems', 'poor coordination', 'clumsy',
      'very clumsy', 'motor skills', 'fine motor skills', 'gross motor skills', 'motor difficulties', 'handwriting difficulties',
      'messy handwriting', 'poor handwriting'],
    hiddenLabels: ['dispraxia', 'dyspraxsia', 'dyspracia', 'dispraxic', 'dyspraxa', 'dispracsia'],
    source: `${BRIEF.parentWords}; SE7 Local Offer Framework & Guidance: health care pathways by need type`,
    links: {
      BROADER: ['need:specific-learning-difficulty'],
      HAS_PATHWAY: ['pathway:dyspraxia'],
      IN_CATEGORY: ['category:occupational-therapy', 'category:physiotherapy'],
      CATERED_BY: ['setting:mainstream-school', 'setting:academy'],
    },
  },
  {
    id: 'need:moderate-learning-difficulty',
    label: 'Moderate learning difficulty (MLD)',
    description:
      'Learning more slowly than most children of the same age across most subjects, and finding it hard to understand ideas and remember things, even with support.',
    altLabels: ['MLD', 'moderate learning difficulty', 'moderate learning difficulties', 'slow learner', 'slow to learn',
      'below expected level', 'working below age'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords} ("slow learner" → MLD is unverified)`,
    links: {
      BROADER: ['need:cognition-and-learning'],
      RELATED: ['need:learning-disability'],
      IN_CATEGORY: ['category:educational-psychology'],
      CATERED_BY: ['setting:mainstream-school', 'setting:resourced-provision', 'setting:special-school'],
    },
  },
  {
    id: 'need:severe-learning-difficulty',
    label: 'Severe learning difficulty (SLD)',
    description:
      'Serious difficulty learning and understanding, so a child needs a lot of help with learning and with everyday life, often including communication and self-care.',
    altLabels: ['SLD', 'severe learning difficulty', 'severe learning difficulties', 'severe learning disability',
      'severe learning disabilities'],
    source: BRIEF.needs,
    links: {
      BROADER: ['need:cognition-and-learning'],
      RELATED: ['need:learning-disability'],
      HAS_PATHWAY: ['pathway:specialist-dental'],
      IN_CATEGORY: ['category:short-breaks'],
      CATERED_BY: ['setting:special-school', 'setting:specialist-post-16-institution'],
    },
  },
  {
    id: 'need:profound-multiple-learning-difficulty',
    label: 'Profound and multiple learning difficulties (PMLD)',
    description:
      'Very severe learning difficulties together with other disabilities, such as physical, sensory or health needs. People with PMLD need a high level of care and support all the time.',
    altLabels: ['PMLD', 'profound and multiple learning difficulties', 'profound and multiple learning disabilities',
      'profound and multiple learning difficulty', 'profound learning disability', 'profound and complex needs'],
    source: BRIEF.needs,
    links: {
      BROADER: ['need:cognition-and-learning'],
      RELATED: ['need:learning-disability', 'need:complex-health-needs'],
      HAS_PATHWAY: ['pathway:complex-health', 'pathway:specialist-dental'],
      IN_CATEGORY: ['category:short-breaks', 'category:community-nursing'],
      CATERED_BY: ['setting:special-school', 'setting:specialist-post-16-institution'],
    },
  },
  {
    id: 'need:learning-disability',
    label: 'Learning disability',
    description:
      'A lifelong reduced ability to understand new or complex information and to learn new skills, which affects everyday life. Adult services use this term; schools record it as moderate, severe or profound learning difficulty.',
    altLabels: ['learning disabilities', 'learning disabled', 'LD', 'intellectual disability', 'intellectual disabilities',
      'learning difficulties and disabilities', 'LDD', 'learning disability and autism'],
    hiddenLabels: ['learning dissability', 'learning disibility', 'learning disabilty'],
    source: `${BRIEF.health} (adult services are organised as learning disability, physical, sensory and mental health); ${COMMON_USAGE}`,
    links: {
      BROADER: ['need:cognition-and-learning'],
      HAS_PATHWAY: ['pathway:adult-learning-disability', 'pathway:adult-community-dental'],
      IN_CATEGORY: ['category:short-breaks', 'category:supported-living'],
      CATERED_BY: ['setting:special-school', 'setting:specialist-post-16-institution', 'setting:fe-college'],
    },
  },
  {
    id: 'need:global-developmental-delay',
    label: 'Global developmental delay',
    description:
      'When a young child is slower than expected to reach several milestones, such as sitting, walking, talking and playing. It is often the first name given before the cause is known.',
    altLabels: ['GDD', 'global development delay', 'developmental delay', 'development delay', 'delayed development',
      'behind with milestones', 'not meeting milestones', 'missed milestones', 'late walker', 'not walking yet',
      'not crawling', 'not sitting up'],
    hiddenLabels: ['global developmental dealy', 'developmental dely', 'global delay'],
    source: `${BRIEF.parentWords}; SE7 Local Offer Framework & Guidance: health care pathways by need type`,
    links: {
      BROADER: ['need:cognition-and-learning'],
      RELATED: ['need:moderate-learning-difficulty', 'need:severe-learning-difficulty'],
      HAS_PATHWAY: ['pathway:global-developmental-delay'],
      IN_CATEGORY: ['category:portage', 'category:community-paediatrics', 'category:physiotherapy'],
      CATERED_BY: ['setting:early-years-pvi', 'setting:maintained-nursery-school', 'setting:special-school'],
    },
  },
  {
    id: 'need:down-syndrome',
    label: 'Down syndrome',
    description:
      'A genetic condition, present from birth, caused by an extra copy of chromosome 21. It brings some degree of learning disability and sometimes heart, hearing or other health needs.',
    altLabels: ["Down's syndrome", 'Downs syndrome', "Down's", 'Downs', 'trisomy 21', 'DS'],
    hiddenLabels: ['down syndrom', 'downs syndrom', 'downsyndrome', 'downes syndrome', 'downs syndrome'],
    source: `${BRIEF.needs} (a census code from January 2025; the code "DS" is unverified)`,
    links: {
      RELATED: ['need:learning-disability', 'need:cognition-and-learning'],
      HAS_PATHWAY: ['pathway:global-developmental-delay'],
      IN_CATEGORY: ['category:speech-and-language-therapy', 'category:portage'],
      CATERED_BY: ['setting:mainstream-school', 'setting:special-school'],
    },
  },
]);
