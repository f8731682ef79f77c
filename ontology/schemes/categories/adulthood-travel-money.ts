import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE, SE7, STOCKPORT } from '../sources.ts';

const POST_16 = ['age:16-19', 'age:19-25'];

/** Work and training, travel, money and housing. */
export const adulthoodTravelMoneyCategories = defineScheme('provisionCategory', [
  {
    id: 'category:supported-internships',
    label: 'Supported internships',
    description:
      'An unpaid work-based study programme for 16 to 24 year olds with an EHC plan, lasting at least six months (usually 6 to 12), mostly at an employer, with a job coach.',
    altLabels: ['supported internship', 'supported internships', 'internship', 'internships'],
    hiddenLabels: ['suported internship', 'supported intership'],
    source: `${BRIEF.adulthood} (gov.uk)`,
    links: {
      BROADER: ['category:preparing-for-adulthood'],
      FOR_OUTCOME: ['pfa:employment'],
      FOR_AGE: POST_16,
      UNDER_LAW: ['law:send-cop-ch8'],
    },
  },
  {
    id: 'category:apprenticeships',
    label: 'Apprenticeships',
    description:
      'A paid job with training towards a qualification, with extra support available for apprentices with SEND. Traineeships ended as a separate national programme in August 2023.',
    altLabels: ['apprenticeship', 'apprentice', 'apprentices', 'earn while you learn', 'traineeship', 'traineeships'],
    hiddenLabels: ['aprenticeship', 'apprentiship', 'apprenticship'],
    source: BRIEF.adulthood,
    links: { BROADER: ['category:preparing-for-adulthood'], FOR_OUTCOME: ['pfa:employment'], FOR_AGE: POST_16 },
  },
  {
    id: 'category:supported-employment',
    label: 'Supported employment and job coaching',
    description:
      'Help to find and keep a paid job, often with a job coach who learns the job alongside the young person, plus work experience and volunteering.',
    altLabels: ['supported employment', 'job coach', 'job coaching', 'employment support', 'help finding a job',
      'help getting a job', 'work experience', 'work placement', 'volunteering'],
    source: `${STOCKPORT.observations}; ${SE7.adulthood}`,
    links: { BROADER: ['category:preparing-for-adulthood'], FOR_OUTCOME: ['pfa:employment'], FOR_AGE: POST_16 },
  },
  {
    id: 'category:careers-advice',
    label: 'Careers advice',
    description: 'Independent advice on courses, training and jobs, for young people in school, college and beyond.',
    altLabels: ['careers advice', 'careers guidance', 'careers adviser', 'careers advisor', 'careers service', 'careers',
      'career', 'Connexions', 'information advice and guidance', 'IAG'],
    source: SE7.adulthood,
    links: {
      BROADER: ['category:preparing-for-adulthood'],
      FOR_OUTCOME: ['pfa:employment'],
      FOR_AGE: ['age:11-16', 'age:16-19', 'age:19-25'],
    },
  },
  {
    id: 'category:access-to-work',
    label: 'Access to Work',
    description:
      'A government grant that pays for practical support at work for disabled people, such as a job coach, equipment or help with travel to work.',
    altLabels: ['Access to Work', 'Access to Work grant', 'support at work', 'help at work', 'adjustments at work'],
    source: BRIEF.adulthood,
    links: {
      BROADER: ['category:preparing-for-adulthood'],
      COMMISSIONED_BY: ['commissioner:dwp'],
      FOR_OUTCOME: ['pfa:employment'],
      FOR_AGE: POST_16,
    },
  },
  {
    id: 'category:jobcentre-plus',
    label: 'Jobcentre Plus',
    description: 'The government job centre, where work coaches and disability employment advisers help people find work and claim benefits.',
    altLabels: ['jobcentre', 'job centre', 'jobcentre plus', 'job centre plus', 'work coach', 'disability employment adviser'],
    source: SE7.adulthood,
    links: {
      BROADER: ['category:preparing-for-adulthood'],
      COMMISSIONED_BY: ['commissioner:dwp'],
      FOR_OUTCOME: ['pfa:employment'],
      FOR_AGE: POST_16,
    },
  },
  {
    id: 'category:home-to-school-travel',
    label: 'Home to school travel assistance',
    description:
      'Free transport or other help to get to school for eligible children, including those who cannot walk there because of SEN, disability or mobility, or who live beyond walking distance (2 miles under 8, 3 miles from 8).',
    altLabels: ['school transport', 'transport to school', 'travel to school', 'SEN transport', 'SEND transport',
      'home to school transport', 'free school transport', 'taxi', 'taxis', 'school taxi', 'school bus', 'minibus',
      'passenger assistant', 'escort', 'getting to school', 'travel assistance'],
    source: `${BRIEF.legislation} (Education Act 1996 s.508B); ${BRIEF.parentWords}`,
    links: {
      BROADER: ['category:travel'],
      COMMISSIONED_BY: ['commissioner:la-education'],
      UNDER_LAW: ['law:education-act-1996-s508b'],
      FOR_AGE: ['age:2-5', 'age:5-11', 'age:11-16'],
    },
  },
  {
    id: 'category:post-16-travel',
    label: 'Post-16 travel support',
    description:
      "Help to get to sixth form or college after 16, set out in the council's yearly transport policy statement, and for adult learners from 19.",
    altLabels: ['post-16 transport', 'post 16 transport', 'post-16 travel', 'college transport', 'transport to college',
      'travel to college', '16-19 transport', 'transport policy statement'],
    source: `${BRIEF.legislation} (Education Act 1996 ss.509AA and 508F)`,
    links: {
      BROADER: ['category:travel'],
      COMMISSIONED_BY: ['commissioner:la-education'],
      UNDER_LAW: ['law:education-act-1996-s509aa', 'law:education-act-1996-s508f'],
      FOR_AGE: POST_16,
    },
  },
  {
    id: 'category:travel-training',
    label: 'Independent travel training',
    description: 'One-to-one training so a young person can learn a route and travel on buses or trains safely on their own.',
    altLabels: ['travel training', 'independent travel training', 'learning to travel', 'travelling independently',
      'travel on my own', 'bus on my own'],
    source: `${SE7.socialCare} (travel policy); ${COMMON_USAGE}`,
    links: {
      BROADER: ['category:travel'],
      FOR_OUTCOME: ['pfa:independent-living'],
      COMMISSIONED_BY: ['commissioner:la-education'],
      FOR_AGE: ['age:11-16', 'age:16-19', 'age:19-25'],
    },
  },
  {
    id: 'category:blue-badge',
    label: 'Blue Badge parking',
    description:
      'A parking permit for disabled people who find it hard to get around. In England, people with hidden disabilities have been able to qualify since 30 August 2019.',
    altLabels: ['blue badge', 'disabled parking', 'disabled parking badge', 'parking permit', 'disabled badge'],
    source: BRIEF.adulthood,
    links: { BROADER: ['category:travel'], COMMISSIONED_BY: ['commissioner:local-authority'] },
  },
  {
    id: 'category:travel-concessions',
    label: 'Bus passes and travel concessions',
    description: 'Free or cheaper bus and train travel for disabled people and, in some places, a companion.',
    altLabels: ['bus pass', 'disabled bus pass', 'free bus pass', 'companion pass', 'disabled persons railcard', 'railcard',
      'concessionary travel'],
    source: `${SE7.adulthood} ("16-25 travel policy and concessions")`,
    links: { BROADER: ['category:travel'], COMMISSIONED_BY: ['commissioner:local-authority'] },
  },
  {
    id: 'category:disability-benefits',
    label: 'Disability benefits (DLA, PIP, Carer\'s Allowance)',
    description:
      "Benefits for the extra costs of disability: Disability Living Allowance for children, Personal Independence Payment from 16, and Carer's Allowance for the person caring.",
    altLabels: ['DLA', 'disability living allowance', 'PIP', 'personal independence payment', "carer's allowance",
      'carers allowance', 'benefits', 'benefit advice', 'welfare rights', 'ESA', 'universal credit', 'Motability',
      'mobility allowance'],
    hiddenLabels: ['disability living alowance', 'personal independance payment', 'carers allowence'],
    source: `${BRIEF.ages} (DLA to PIP at 16 is unverified); ${BRIEF.adulthood}`,
    links: { BROADER: ['category:money-and-benefits'], COMMISSIONED_BY: ['commissioner:dwp'] },
  },
  {
    id: 'category:bursary-16-19',
    label: '16 to 19 Bursary Fund',
    description:
      'Money to help with the costs of staying in education after 16; students in vulnerable groups (for example in care, or getting disability benefits and ESA or Universal Credit) can get up to £1,200 a year.',
    altLabels: ['bursary', '16-19 bursary', '16 to 19 bursary', 'vulnerable bursary', 'college bursary',
      'discretionary bursary', 'bursary fund'],
    source: BRIEF.adulthood,
    links: { BROADER: ['category:money-and-benefits'], FOR_AGE: ['age:16-19'] },
  },
  {
    id: 'category:disabled-students-allowance',
    label: "Disabled Students' Allowance (university)",
    description: 'Support for disabled students in higher education, to pay for extra costs such as specialist equipment or study help.',
    altLabels: ['DSA', "disabled students' allowance", 'disabled students allowance', 'university support',
      'support at university', 'uni support'],
    source: `${BRIEF.adulthood} (unverified in the brief)`,
    links: { BROADER: ['category:money-and-benefits'], FOR_OUTCOME: ['pfa:employment'], FOR_AGE: POST_16 },
  },
  {
    id: 'category:supported-living',
    label: 'Supported living and housing',
    description:
      'Homes where disabled adults live as tenants with the support they need, alone or sharing, as a step to living independently.',
    altLabels: ['supported living', 'supported housing', 'supported accommodation', 'moving out', 'own flat',
      'my own place', 'living on my own', 'shared lives', 'residential care'],
    source: `${SE7.adulthood} (housing); ${COMMON_USAGE}`,
    links: {
      BROADER: ['category:housing'],
      FOR_OUTCOME: ['pfa:independent-living'],
      COMMISSIONED_BY: ['commissioner:la-adult-social-care'],
      UNDER_LAW: ['law:care-act-2014'],
      FOR_AGE: POST_16,
    },
  },
  {
    id: 'category:home-adaptations',
    label: 'Home adaptations',
    description:
      'Changes to the family home so a disabled child can live there safely, such as ramps, a stairlift or a wet room, sometimes paid for by a Disabled Facilities Grant.',
    altLabels: ['adaptations', 'home adaptations', 'disabled facilities grant', 'DFG', 'ramp', 'ramps', 'stairlift',
      'through floor lift', 'wet room', 'downstairs bedroom', 'ground floor bedroom'],
    source: COMMON_USAGE,
    links: { BROADER: ['category:housing'], COMMISSIONED_BY: ['commissioner:local-authority'] },
  },
]);
