import { defineScheme } from '../define.ts';
import { BRIEF, SE7 } from '../sources.ts';

const CHILD = { lifeStage: 'child', minAge: 0, maxAge: 18 } as const;
const SE7_AND_BRIEF = `${SE7.health}; ${BRIEF.health} (local pathways vary)`;

/** Children's care pathways: the SE7 list by need type, plus the neurodevelopmental pathway. */
export const childPathways = defineScheme('carePathway', [
  {
    id: 'pathway:slcn-and-feeding',
    label: 'Speech, language, communication and feeding pathway',
    description:
      "Children's NHS speech and language therapy for talking, understanding and communicating, and for eating, drinking and swallowing safely.",
    altLabels: ['speech and language pathway', 'SLCN pathway', 'feeding clinic', 'feeding team', 'dysphagia service',
      'eating and drinking service', "children's speech and language therapy"],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:speech-and-language-therapy', 'category:health'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-learning-disability', 'pathway:adult-physical-disability'],
    },
  },
  {
    id: 'pathway:physical',
    label: 'Physical disability pathway',
    description:
      'Physiotherapy, occupational therapy, wheelchairs, orthotics and equipment for children with physical disabilities, coordinated by community health teams.',
    altLabels: ['physical disability pathway', 'physical impairment pathway', 'physio and OT', 'orthotics', 'orthotics service'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:physiotherapy', 'category:occupational-therapy', 'category:wheelchair-service'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-physical-disability'],
    },
  },
  {
    id: 'pathway:sensory',
    label: 'Hearing and vision (sensory) pathway',
    description:
      "NHS hearing (audiology) and eye services, from newborn hearing screening onwards, working with the council's sensory support teachers for deaf and visually impaired children.",
    altLabels: ['sensory pathway', 'sensory impairment pathway', 'newborn hearing screening', 'hearing and vision services'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:audiology', 'category:eye-care', 'category:sensory-support-service'],
      COMMISSIONED_BY: ['commissioner:icb', 'commissioner:la-education'],
      LEADS_TO: ['pathway:adult-sensory'],
    },
  },
  {
    id: 'pathway:complex-health',
    label: 'Complex health needs and continuing care pathway',
    description:
      "Children's community nursing and NHS continuing care packages for children whose health needs are too complex for ordinary services, planned alongside the EHC plan.",
    altLabels: ['continuing care', "children's continuing care", 'continuing care package', 'CHC for children',
      'complex care team', 'complex health pathway'],
    ...CHILD,
    source: `${SE7_AND_BRIEF}; National Framework for Children and Young People's Continuing Care (brief §3)`,
    links: {
      IN_CATEGORY: ['category:community-nursing', 'category:health'],
      COMMISSIONED_BY: ['commissioner:icb', 'commissioner:nhse-specialised'],
      UNDER_LAW: ['law:cyp-continuing-care-framework'],
      LEADS_TO: ['pathway:adult-continuing-healthcare'],
    },
  },
  {
    id: 'pathway:palliative-care',
    label: 'Palliative care pathway',
    description:
      'Care that keeps a child with a life-limiting condition comfortable and supports the whole family, from community nurses and children\'s hospices, including short breaks and end of life care.',
    altLabels: ['palliative care', "children's palliative care", 'hospice', "children's hospice", 'hospice at home',
      'end of life care', 'symptom management'],
    hiddenLabels: ['pallative care', 'hospis'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:community-nursing', 'category:short-breaks'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-palliative-care'],
    },
  },
  {
    id: 'pathway:long-term-conditions',
    label: 'Long-term conditions pathway (epilepsy, asthma, diabetes)',
    description:
      'Specialist nurses and clinics for children with long-term conditions, who also help schools write an individual healthcare plan.',
    altLabels: ['long-term conditions pathway', 'epilepsy nurse', 'epilepsy clinic', 'epilepsy service', 'diabetes nurse',
      'diabetes team', 'diabetes clinic', 'asthma nurse', 'asthma clinic', 'specialist nurse', 'specialist nurses'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:health', 'category:school-nursing'],
      COMMISSIONED_BY: ['commissioner:icb'],
      UNDER_LAW: ['law:cfa-2014-s100'],
      LEADS_TO: ['pathway:adult-long-term-conditions'],
    },
  },
  {
    id: 'pathway:global-developmental-delay',
    label: 'Child development pathway (global developmental delay)',
    description:
      'Community paediatricians and child development centres that assess young children who are behind in several areas, look for causes and bring therapies together.',
    altLabels: ['child development centre', 'child development team', 'CDC', 'developmental paediatrics',
      'child development service', 'development clinic'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:community-paediatrics', 'category:portage'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-learning-disability'],
    },
  },
  {
    id: 'pathway:bladder-and-bowel',
    label: 'Bladder and bowel (continence) service',
    description:
      'NHS help with wetting, soiling, constipation and toilet training, such as enuresis clinics and, where needed, continence products like pads.',
    altLabels: ['bladder and bowel service', 'continence service', 'continence team', 'continence nurse', 'enuresis clinic',
      'enuresis service', 'wetting clinic', 'continence products', 'nappy service', 'pad service'],
    hiddenLabels: ['continance service', 'enurisis clinic'],
    ...CHILD,
    source: `${SE7_AND_BRIEF}; ${BRIEF.parentWords}`,
    links: {
      IN_CATEGORY: ['category:health', 'category:school-nursing'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-continence'],
    },
  },
  {
    id: 'pathway:dyspraxia',
    label: 'Dyspraxia (DCD) pathway',
    description:
      'Assessment and advice from occupational therapy and physiotherapy for children with coordination difficulties, often with activities for home and school.',
    altLabels: ['DCD pathway', 'coordination clinic', 'motor skills group', 'handwriting group'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:occupational-therapy', 'category:physiotherapy'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-physical-disability'],
    },
  },
  {
    id: 'pathway:specialist-dental',
    label: 'Specialist dental service',
    description:
      'NHS community dentists for children who cannot use an ordinary dentist because of their disability, health or anxiety.',
    altLabels: ['community dental service', 'special care dentistry', 'specialist dentist', 'paediatric dentistry',
      'dentist for disabled children', 'dental care'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:health'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-community-dental'],
    },
  },
  {
    id: 'pathway:mental-health',
    label: "Children and young people's mental health services (CYPMHS, formerly CAMHS)",
    description:
      'NHS help for children and young people with emotional and mental health difficulties, from school mental health support teams to specialist community and hospital care.',
    altLabels: ['CAMHS', 'CYPMHS', 'child and adolescent mental health services', "children's mental health services",
      'young people\'s mental health service', 'mental health services', 'mental health team', 'mental health support team',
      'MHST', 'counselling', 'counsellor', 'talking therapy', 'therapy for anxiety', 'CBT', 'crisis team'],
    hiddenLabels: ['cahms', 'cyphms', 'cahms referral', 'camhs referal'],
    ...CHILD,
    source: `${SE7_AND_BRIEF}; ${BRIEF.parentWords}`,
    links: {
      IN_CATEGORY: ['category:health'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-mental-health'],
    },
  },
  {
    id: 'pathway:challenging-behaviour',
    label: 'Behaviour support pathway',
    description:
      'Specialist help, often from learning disability or mental health teams, to understand why a child\'s behaviour is challenging and to plan positive behaviour support with the family and school.',
    altLabels: ['positive behaviour support', 'PBS', 'behaviour support team', 'behaviour support service',
      'intensive support team', 'learning disability CAMHS', 'behaviour clinic'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:health', 'category:parenting-support'],
      COMMISSIONED_BY: ['commissioner:icb', 'commissioner:la-childrens-social-care'],
      LEADS_TO: ['pathway:adult-learning-disability', 'pathway:adult-mental-health'],
    },
  },
  {
    id: 'pathway:acquired-brain-injury',
    label: 'Acquired brain injury pathway',
    description: 'Hospital and community rehabilitation after a brain injury, with therapies and support for going back to school.',
    altLabels: ['neurorehabilitation', 'neuro rehab', 'neuro-rehabilitation', 'brain injury rehabilitation',
      'brain injury service', 'paediatric neurology'],
    ...CHILD,
    source: SE7_AND_BRIEF,
    links: {
      IN_CATEGORY: ['category:physiotherapy', 'category:occupational-therapy'],
      COMMISSIONED_BY: ['commissioner:icb', 'commissioner:nhse-specialised'],
      LEADS_TO: ['pathway:adult-physical-disability'],
    },
  },
  {
    id: 'pathway:neurodevelopmental',
    label: 'Neurodevelopmental pathway (autism and ADHD)',
    description:
      'NHS assessment, diagnosis and follow-up for autism and ADHD. Referrals usually come through the school SENCO, a GP or a health visitor; waits are often long, and you may be able to ask for another NHS provider ("Right to Choose").',
    altLabels: ['neurodevelopmental pathway', 'ND pathway', 'neurodevelopmental assessment', 'neurodevelopmental service',
      'autism assessment', 'ADHD assessment', 'autism diagnosis', 'ADHD diagnosis', 'getting a diagnosis', 'diagnosis',
      'assessment for autism', 'assessment for ADHD', 'right to choose', 'ASD pathway', 'social communication assessment',
      'neurodivergent', 'neurodiverse', 'neurodiversity', 'neurospicy', 'ADHD clinic'],
    hiddenLabels: ['neurodevelopemental', 'nuerodevelopmental', 'neurodivergant', 'nuerodivergent'],
    ...CHILD,
    source: `${BRIEF.health} (eput.nhs.uk; bhamcommunity.nhs.uk)`,
    links: {
      IN_CATEGORY: ['category:community-paediatrics', 'category:health'],
      COMMISSIONED_BY: ['commissioner:icb'],
      LEADS_TO: ['pathway:adult-autism-adhd'],
    },
  },
]);
