import { defineScheme } from '../define.ts';
import { BRIEF } from '../sources.ts';

/** Schools: mainstream, special, resourced provision, alternative provision and hospital education. */
export const schoolSettings = defineScheme('settingType', [
  {
    id: 'setting:mainstream-school',
    label: 'Mainstream school',
    description:
      'An ordinary primary or secondary school run by the council (maintained) or as an academy. Most children with SEN go to mainstream schools, with support.',
    altLabels: ['mainstream', 'mainstream schools', 'maintained school', 'local school', 'primary school', 'secondary school',
      'high school', 'infant school', 'junior school', 'comprehensive', 'community school', 'church school',
      'middle school', 'all-through school'],
    minAge: 4,
    maxAge: 18,
    source: BRIEF.settings,
    links: {
      IN_CATEGORY: ['category:education'],
      FOR_AGE: ['age:2-5', 'age:5-11', 'age:11-16', 'age:16-19'],
      UNDER_LAW: ['law:cfa-2014-s33', 'law:send-cop-ch6'],
      COMMISSIONED_BY: ['commissioner:schools'],
    },
  },
  {
    id: 'setting:academy',
    label: 'Academy or free school',
    description:
      'A state-funded school run by an academy trust instead of the council; free schools are a type of academy. They have the same SEN duties as council schools.',
    altLabels: ['academy', 'academies', 'free school', 'free schools', 'multi-academy trust', 'MAT', 'academy trust'],
    minAge: 4,
    maxAge: 18,
    source: BRIEF.settings,
    links: {
      BROADER: ['setting:mainstream-school'],
      IN_CATEGORY: ['category:education'],
      FOR_AGE: ['age:5-11', 'age:11-16', 'age:16-19'],
      COMMISSIONED_BY: ['commissioner:schools'],
    },
  },
  {
    id: 'setting:special-school',
    label: 'Special school',
    description:
      'A school only for pupils with special educational needs, with small classes and specialist staff. Most places are for children with an EHC plan.',
    altLabels: ['special school', 'special schools', 'specialist school', 'SEN school', 'SEND school', 'maintained special school',
      'special academy', 'special free school', 'residential special school'],
    hiddenLabels: ['speical school', 'special scool'],
    minAge: 2,
    maxAge: 19,
    source: BRIEF.settings,
    links: {
      IN_CATEGORY: ['category:education'],
      FOR_AGE: ['age:2-5', 'age:5-11', 'age:11-16', 'age:16-19'],
      COMMISSIONED_BY: ['commissioner:la-education'],
      UNDER_LAW: ['law:cfa-2014-s33'],
    },
  },
  {
    id: 'setting:non-maintained-special-school',
    label: 'Non-maintained special school',
    description: 'A special school run by a charity rather than the council, approved by the Department for Education.',
    altLabels: ['non-maintained special school', 'NMSS', 'charity special school'],
    minAge: 2,
    maxAge: 19,
    source: BRIEF.settings,
    links: { BROADER: ['setting:special-school'], COMMISSIONED_BY: ['commissioner:la-education'] },
  },
  {
    id: 'setting:independent-special-school',
    label: 'Independent special school (including section 41 approved)',
    description:
      'A private special school. Those approved under section 41 of the Children and Families Act can be requested and named in an EHC plan in the same way as council schools.',
    altLabels: ['independent special school', 'independent specialist school', 'private special school', 'section 41 school',
      'section 41 approved', 's41 school', 'ISS', 'out of area placement', 'out of county placement', 'residential school'],
    minAge: 2,
    maxAge: 19,
    source: BRIEF.settings,
    links: {
      BROADER: ['setting:special-school'],
      UNDER_LAW: ['law:cfa-2014-s41'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
  {
    id: 'setting:resourced-provision',
    label: 'Resourced provision or SEN unit',
    description:
      'Specialist places inside a mainstream school, with extra staff and a space of their own. In resourced provision pupils spend most of their time in ordinary classes; in a unit most teaching is in the unit.',
    altLabels: ['resourced provision', 'SEN unit', 'special unit', 'unit', 'base', 'specialist base', 'SRB',
      'specialist resource base', 'ARP', 'additionally resourced provision', 'enhanced resource', 'enhanced provision',
      'resource base', 'specialist resourced provision', 'hearing impaired unit', 'autism base'],
    minAge: 4,
    maxAge: 16,
    source: `${BRIEF.settings}; ${BRIEF.parentWords} (the DfE split between units and resourced provision is unverified)`,
    links: {
      BROADER: ['setting:mainstream-school'],
      IN_CATEGORY: ['category:education'],
      FOR_AGE: ['age:5-11', 'age:11-16'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
  {
    id: 'setting:alternative-provision',
    label: 'Alternative provision',
    description:
      'Education arranged for pupils who cannot attend school because of exclusion, illness or other reasons, such as a pupil referral unit, an AP academy or tuition. The council must arrange it.',
    altLabels: ['alternative provision', 'AP', 'AP academy', 'alternative education', 'tuition', 'home tuition',
      'education outside school', 'short stay school', 'medical needs teaching service', 'out of school education'],
    minAge: 5,
    maxAge: 16,
    source: `${BRIEF.settings}; ${BRIEF.parentWords}; Education Act 1996 s.19 (SEND vocabulary brief §3)`,
    links: {
      IN_CATEGORY: ['category:education'],
      FOR_AGE: ['age:5-11', 'age:11-16'],
      UNDER_LAW: ['law:education-act-1996-s19'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
  {
    id: 'setting:pupil-referral-unit',
    label: 'Pupil referral unit (PRU)',
    description:
      'A council-run school for pupils who have been excluded or cannot be in mainstream school for a time. It is one kind of alternative provision.',
    altLabels: ['PRU', 'pupil referral unit', 'pupil referral units', 'referral unit'],
    minAge: 5,
    maxAge: 16,
    source: BRIEF.parentWords,
    links: { BROADER: ['setting:alternative-provision'], UNDER_LAW: ['law:education-act-1996-s19'] },
  },
  {
    id: 'setting:hospital-education',
    label: 'Hospital school and medical needs education',
    description:
      'Teaching for children who are in hospital or too ill to go to school, in a hospital school or at home. It is part of the council\'s duty to arrange education for children out of school through illness.',
    altLabels: ['hospital school', 'hospital education', 'hospital teaching', 'too ill for school', 'too ill to go to school',
      'medical needs education', 'education for sick children'],
    minAge: 5,
    maxAge: 16,
    source: `${BRIEF.settings}; Education Act 1996 s.19 (SEND vocabulary brief §3)`,
    links: {
      BROADER: ['setting:alternative-provision'],
      UNDER_LAW: ['law:education-act-1996-s19'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
  {
    id: 'setting:home-education',
    label: 'Elective home education',
    description:
      'When parents choose to educate their child at home instead of at school. The family takes on the cost and responsibility, and the council has a role in checking education is suitable.',
    altLabels: ['home education', 'home educated', 'home educating', 'home schooling', 'home school', 'home-schooled', 'EHE',
      'elective home education'],
    minAge: 5,
    maxAge: 16,
    source: `${BRIEF.settings} (unverified in the brief)`,
    links: { FOR_AGE: ['age:5-11', 'age:11-16'] },
  },
  {
    id: 'setting:eotas',
    label: 'Education other than at school (EOTAS)',
    description:
      'A package of education arranged outside any school, for a child with an EHC plan when school is not suitable for them. The council funds and arranges it.',
    altLabels: ['EOTAS', 'education other than at school', 'education otherwise than at school', 'EOTIS'],
    minAge: 5,
    maxAge: 25,
    source: `${BRIEF.settings} (unverified in the brief)`,
    links: { COMMISSIONED_BY: ['commissioner:la-education'], RELATED: ['process:ehc-plan'] },
  },
]);
