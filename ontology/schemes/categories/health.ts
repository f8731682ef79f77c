import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE, SE7 } from '../sources.ts';

const CHILD_AGES = ['age:0-2', 'age:2-5', 'age:5-11', 'age:11-16', 'age:16-19'];

/** Kinds of health provision: therapies, community health services and clinics. */
export const healthCategories = defineScheme('provisionCategory', [
  {
    id: 'category:speech-and-language-therapy',
    label: 'Speech and language therapy',
    description:
      'Therapists who help with talking, understanding, social communication, and eating, drinking and swallowing, working with the child, the family and school.',
    altLabels: ['SALT', 'SLT', 'speech therapy', 'speech therapist', 'speech and language therapist', 'speech and language',
      'speech & language therapy', 'language therapy', 'speech and language therapy service'],
    hiddenLabels: ['speach therapy', 'speech and langauge therapy', 'speech and language theraphy'],
    source: `${SE7.health}; ${BRIEF.parentWords}`,
    links: { BROADER: ['category:health'], COMMISSIONED_BY: ['commissioner:icb'], FOR_AGE: CHILD_AGES },
  },
  {
    id: 'category:occupational-therapy',
    label: 'Occupational therapy',
    description:
      'Therapists who help with everyday skills such as dressing, eating, writing and play, sensory needs, and the equipment and adaptations that make them easier.',
    altLabels: ['OT', 'occupational therapist', 'sensory OT', 'equipment', 'specialist equipment', 'special seating', 'hoist',
      'adaptive equipment', 'occupational therapy service'],
    hiddenLabels: ['occupational theraphy', 'occupation therapy', 'ocupational therapy', 'occupational therapest'],
    source: SE7.health,
    links: {
      BROADER: ['category:health'],
      COMMISSIONED_BY: ['commissioner:icb', 'commissioner:la-childrens-social-care'],
      FOR_AGE: CHILD_AGES,
    },
  },
  {
    id: 'category:physiotherapy',
    label: 'Physiotherapy',
    description: 'Therapists who help with movement, posture, strength and balance, with exercises, splints and equipment.',
    altLabels: ['physio', 'physios', 'physiotherapist', 'hydrotherapy', 'physiotherapy service', "children's physio"],
    hiddenLabels: ['phisio', 'fisio', 'physiotheraphy', 'phsyio', 'physioterapy'],
    source: SE7.health,
    links: { BROADER: ['category:health'], COMMISSIONED_BY: ['commissioner:icb'], FOR_AGE: CHILD_AGES },
  },
  {
    id: 'category:health-visiting',
    label: 'Health visiting',
    description:
      'Nurses and midwives who support families with babies and young children at home and in clinics, including the 2-year check, and can refer on if they notice a need.',
    altLabels: ['health visitor', 'health visitors', 'health visiting team', 'baby clinic', 'healthy child programme'],
    hiddenLabels: ['helth visitor', 'health vistor'],
    source: `${SE7.health}; ${BRIEF.commissioning} (0-19 Healthy Child Programme)`,
    links: {
      BROADER: ['category:health'],
      COMMISSIONED_BY: ['commissioner:la-public-health'],
      FOR_AGE: ['age:0-2', 'age:2-5'],
    },
  },
  {
    id: 'category:school-nursing',
    label: 'School nursing',
    description:
      'Nurses who support the health of school-age children, including continence, medicines in school and healthcare plans, and who young people can talk to confidentially.',
    altLabels: ['school nurse', 'school nurses', 'school nursing team', 'school health', 'school health team'],
    source: `${BRIEF.commissioning} (0-19 Healthy Child Programme)`,
    links: {
      BROADER: ['category:health'],
      COMMISSIONED_BY: ['commissioner:la-public-health'],
      FOR_AGE: ['age:5-11', 'age:11-16', 'age:16-19'],
    },
  },
  {
    id: 'category:community-paediatrics',
    label: 'Community paediatrics',
    description:
      "Children's doctors who work outside hospital wards, assessing development, diagnosing conditions such as autism or ADHD, and overseeing a child's medical care.",
    altLabels: ['community paediatrician', 'paediatrician', 'paediatrics', 'developmental paediatrician',
      'consultant paediatrician', 'child health clinic'],
    hiddenLabels: ['pediatrician', 'peadiatrician', 'paeditrician', 'pediatrics', 'peadiatrics'],
    source: BRIEF.health,
    links: { BROADER: ['category:health'], COMMISSIONED_BY: ['commissioner:icb'], FOR_AGE: CHILD_AGES },
  },
  {
    id: 'category:audiology',
    label: 'Audiology (hearing services)',
    description: 'NHS hearing tests, hearing aids and follow-up for babies, children and young people.',
    altLabels: ['audiology', 'audiologist', 'hearing test', 'hearing tests', 'hearing clinic', 'hearing assessment', 'ENT',
      'ear nose and throat'],
    hiddenLabels: ['audiolgy', 'audiologyst'],
    source: BRIEF.health,
    links: { BROADER: ['category:health'], COMMISSIONED_BY: ['commissioner:icb'], FOR_AGE: CHILD_AGES },
  },
  {
    id: 'category:eye-care',
    label: 'Eye and vision services',
    description: 'Eye clinics, orthoptists and opticians who test sight, treat eye conditions and provide glasses.',
    altLabels: ['eye clinic', 'eye hospital', 'ophthalmology', 'ophthalmologist', 'orthoptist', 'orthoptics', 'optician',
      'optometrist', 'eye test', 'eye tests', 'glasses', 'squint'],
    hiddenLabels: ['opthalmology', 'opthamologist', 'opthalmologist', 'opticion'],
    source: BRIEF.health,
    links: { BROADER: ['category:health'], COMMISSIONED_BY: ['commissioner:icb'], FOR_AGE: CHILD_AGES },
  },
  {
    id: 'category:wheelchair-service',
    label: 'Wheelchair service',
    description:
      'The NHS service that assesses for, supplies and maintains wheelchairs and seating; some families can have a personal wheelchair budget.',
    altLabels: ['wheelchair service', 'wheelchair services', 'wheelchair assessment', 'personal wheelchair budget',
      'powered wheelchair', 'special needs buggy'],
    source: BRIEF.commissioning,
    links: { BROADER: ['category:health'], COMMISSIONED_BY: ['commissioner:icb'], FOR_AGE: CHILD_AGES },
  },
  {
    id: 'category:sleep-support',
    label: 'Sleep support',
    description: 'Advice, workshops and clinics that help families with a child who sleeps badly, often through behaviour routines first.',
    altLabels: ['sleep clinic', 'sleep service', 'sleep advice', 'sleep practitioner', 'sleep workshop', 'sleep programme',
      'sleep support'],
    source: `${BRIEF.health} ("Specialist dental; sleep: community services"); ${COMMON_USAGE}`,
    links: { BROADER: ['category:health'], COMMISSIONED_BY: ['commissioner:icb'], FOR_AGE: CHILD_AGES },
  },
  {
    id: 'category:community-nursing',
    label: "Children's community nursing",
    description:
      'Nurses who care for children with complex or long-term health needs at home, at school and in short breaks, and train families and staff.',
    altLabels: ["children's community nursing", 'community nursing', 'community nurse', 'community nurses', 'CCN',
      'nursing at home', 'home nursing'],
    source: BRIEF.health,
    links: { BROADER: ['category:health'], COMMISSIONED_BY: ['commissioner:icb'], FOR_AGE: CHILD_AGES },
  },
]);
