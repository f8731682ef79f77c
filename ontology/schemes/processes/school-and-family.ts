import { defineScheme } from '../define.ts';
import { BRIEF, SE7 } from '../sources.ts';

/** Identification and SEN support in settings; social care and health assessments; medical needs; exclusion. */
export const schoolAndFamilyProcesses = defineScheme('process', [
  {
    id: 'process:identification',
    label: 'Spotting and identifying needs early',
    description:
      'Nurseries, schools, colleges and health workers must look out for children who may have SEN or a disability and talk to parents. The NHS must tell the council about young children who probably have SEN.',
    altLabels: ['identifying SEN', 'identification of SEN', 'early identification', 'identifying needs', 'spotting needs',
      'worried about my child', 'concerns about my child', 'worried about development', 'think my child has SEN',
      'think my child has special needs', 'raising a concern'],
    forFamilies:
      "If you are worried, talk to your child's nursery, school or college (ask for the SENCO), your health visitor or GP. You do not need a diagnosis to get help.",
    source: `${BRIEF.legislation} (CFA 2014 ss.22-23); ${SE7.parent} (question 1)`,
    links: {
      UNDER_LAW: ['law:cfa-2014-s22', 'law:cfa-2014-s23'],
      IN_CATEGORY: ['category:education', 'category:health-visiting'],
      FOR_AGE: ['age:0-2', 'age:2-5', 'age:5-11', 'age:11-16'],
    },
  },
  {
    id: 'process:sen-support',
    label: 'SEN support and the graduated approach',
    description:
      'Extra help a nursery, school or college gives from its own budget, planned with parents in a repeating cycle of assess, plan, do and review. It replaced School Action and School Action Plus.',
    altLabels: ['SEN support', 'graduated approach', 'graduated response', 'assess plan do review', 'APDR', 'School Action',
      'School Action Plus', 'IEP', 'individual education plan', 'SEN support plan', 'support plan', 'provision map',
      'pupil passport', 'one page profile', 'SENCO', 'SENCo', 'SENDCo', 'SENDCO', 'SEN coordinator', 'SEN co-ordinator',
      'special educational needs coordinator', 'special educational needs co-ordinator', 'SEN register', 'K code',
      'extra help at school', 'interventions', 'one to one support', '1:1 support', 'teaching assistant', 'TA',
      'learning support assistant', 'LSA'],
    hiddenLabels: ['senko', 'sendcoe', 'individual educational plan'],
    forFamilies:
      'Ask the SENCO what extra help your child gets, what it is meant to achieve and how you will be involved in reviewing it.',
    source: `${BRIEF.needs} (provision code K); ${BRIEF.parentWords}`,
    links: {
      UNDER_LAW: ['law:send-cop-ch6', 'law:send-cop-ch5', 'law:send-cop-ch7'],
      IN_CATEGORY: ['category:education'],
      COMMISSIONED_BY: ['commissioner:schools', 'commissioner:element-2-notional-sen-budget'],
      FOR_AGE: ['age:2-5', 'age:5-11', 'age:11-16', 'age:16-19'],
    },
  },
  {
    id: 'process:individual-healthcare-plan',
    label: 'Individual healthcare plan (medical needs in school)',
    description:
      "A plan agreed by the school, parents and health professionals about how a pupil's medical condition is managed at school, including medicines and emergencies.",
    altLabels: ['individual healthcare plan', 'IHP', 'IHCP', 'healthcare plan', 'health care plan', 'medical care plan',
      'medicine at school', 'medicines in school', 'medication at school', 'medicine during the school day',
      'administering medication', 'medical needs in school', 'supporting pupils with medical conditions',
      'emergency medication at school'],
    forFamilies: 'Schools must make arrangements to support pupils with medical conditions. Ask to be involved in writing the plan.',
    source: `${BRIEF.health} (CFA 2014 s.100)`,
    links: {
      UNDER_LAW: ['law:cfa-2014-s100', 'law:equality-act-2010-s20'],
      IN_CATEGORY: ['category:school-nursing', 'category:education'],
      COMMISSIONED_BY: ['commissioner:schools'],
    },
  },
  {
    id: 'process:exclusion',
    label: 'Exclusion and suspension from school',
    description:
      'When a school sends a pupil home for some days (a suspension) or for good (a permanent exclusion). After a permanent exclusion the council must arrange full-time education from the sixth school day.',
    altLabels: ['exclusion', 'exclusions', 'excluded', 'excluding', 'exclude', 'permanently excluded', 'permanent exclusion',
      'fixed term exclusion', 'fixed-term exclusion', 'suspension', 'suspended', 'expelled', 'sent home from school',
      'off-rolling', 'managed move', 'part-time timetable', 'reduced timetable'],
    forFamilies:
      'You can ask the governors to reconsider, and disabled pupils are protected from discrimination. SENDIASS can advise you.',
    source: `${BRIEF.legislation} (Education Act 1996 s.19: day 6 after permanent exclusion); ${SE7.parent} (question 5)`,
    links: {
      UNDER_LAW: ['law:education-act-1996-s19', 'law:equality-act-2010-s20'],
      IN_CATEGORY: ['category:education'],
      RELATED: ['setting:alternative-provision', 'need:social-emotional-mental-health'],
    },
  },
  {
    id: 'process:travel-assistance',
    label: 'Applying for travel assistance',
    description:
      "Asking the council for help getting to school or college, such as transport, a bus pass, travel training or a mileage allowance. The council decides using its travel policy.",
    altLabels: ['apply for school transport', 'applying for transport', 'transport application', 'travel assistance application',
      'travel appeal', 'transport appeal', 'refused transport', 'mileage allowance', 'personal travel budget',
      'travel allowance'],
    forFamilies: 'Apply to the council; if you are refused, ask for the decision to be reviewed under its travel policy.',
    source: `${BRIEF.legislation} (Education Act 1996 ss.508B, 509AA); ${SE7.areaWide} (travel policy)`,
    links: {
      UNDER_LAW: ['law:education-act-1996-s508b', 'law:education-act-1996-s509aa'],
      IN_CATEGORY: ['category:travel', 'category:home-to-school-travel'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
]);
