import { defineScheme } from '../define.ts';
import { BRIEF } from '../sources.ts';

/** Early years settings, and what comes after school: sixth forms, colleges, specialist and work-based providers. */
export const earlyYearsAndPost16Settings = defineScheme('settingType', [
  {
    id: 'setting:early-years-pvi',
    label: 'Nursery or pre-school (private, voluntary or independent)',
    description:
      'Day nurseries, pre-schools and playgroups run by businesses, charities or community groups. Many offer funded early education hours, and all must support children with SEN.',
    altLabels: ['nursery', 'nurseries', 'day nursery', 'private nursery', 'pre-school', 'preschool', 'playgroup',
      'pre-school playgroup', 'early years setting', 'early years provider', 'PVI', 'PVI setting'],
    hiddenLabels: ['nursary', 'nursey', 'pre skool'],
    minAge: 0,
    maxAge: 4,
    source: BRIEF.settings,
    links: {
      IN_CATEGORY: ['category:childcare', 'category:education'],
      FOR_AGE: ['age:0-2', 'age:2-5'],
      UNDER_LAW: ['law:childcare-act-2006', 'law:send-cop-ch5'],
    },
  },
  {
    id: 'setting:childminder',
    label: 'Childminder',
    description: 'A registered childcarer who looks after a small group of children in their own home.',
    altLabels: ['childminder', 'childminders', 'child minder', 'registered childminder'],
    hiddenLabels: ['childminda', 'child mindr'],
    minAge: 0,
    maxAge: 12,
    source: BRIEF.settings,
    links: {
      RELATED: ['setting:early-years-pvi'],
      IN_CATEGORY: ['category:childcare'],
      FOR_AGE: ['age:0-2', 'age:2-5', 'age:5-11'],
    },
  },
  {
    id: 'setting:maintained-nursery-school',
    label: 'Maintained nursery school',
    description:
      'A nursery school run by the council, with qualified teachers and a head teacher. Some have specialist places for children with SEND.',
    altLabels: ['maintained nursery school', 'nursery school', 'council nursery', 'nursery class', 'school nursery'],
    minAge: 2,
    maxAge: 4,
    source: BRIEF.settings,
    links: {
      IN_CATEGORY: ['category:education', 'category:childcare'],
      FOR_AGE: ['age:2-5'],
      UNDER_LAW: ['law:send-cop-ch5'],
    },
  },
  {
    id: 'setting:school-sixth-form',
    label: 'School sixth form',
    description: 'Years 12 and 13 in a school, for students aged 16 to 19, usually studying A levels or other courses.',
    altLabels: ['sixth form', 'school sixth form', '6th form', 'sixth-form'],
    minAge: 16,
    maxAge: 19,
    source: BRIEF.settings,
    links: {
      IN_CATEGORY: ['category:education'],
      FOR_AGE: ['age:16-19'],
      FOR_OUTCOME: ['pfa:employment'],
      COMMISSIONED_BY: ['commissioner:schools'],
    },
  },
  {
    id: 'setting:fe-college',
    label: 'Further education (FE) college',
    description:
      'A college for people aged 16 and over, offering vocational and academic courses, foundation learning and courses for students with learning difficulties. Colleges must support students with SEN.',
    altLabels: ['college', 'colleges', 'FE college', 'further education', 'further education college', 'FE', 'tech college',
      'local college', 'going to college', 'foundation learning', 'study programme'],
    hiddenLabels: ['collage', 'colledge', 'collidge'],
    minAge: 16,
    maxAge: 25,
    source: BRIEF.settings,
    links: {
      IN_CATEGORY: ['category:education', 'category:preparing-for-adulthood'],
      FOR_AGE: ['age:16-19', 'age:19-25'],
      FOR_OUTCOME: ['pfa:employment', 'pfa:independent-living'],
      UNDER_LAW: ['law:send-cop-ch7'],
    },
  },
  {
    id: 'setting:sixth-form-college',
    label: 'Sixth form college or 16 to 19 academy',
    description: 'A college just for 16 to 19 year olds, mostly offering A levels and other level 3 courses.',
    altLabels: ['sixth form college', '6th form college', '16-19 academy', '16 to 19 academy'],
    minAge: 16,
    maxAge: 19,
    source: BRIEF.settings,
    links: {
      BROADER: ['setting:fe-college'],
      FOR_AGE: ['age:16-19'],
      UNDER_LAW: ['law:send-cop-ch7'],
    },
  },
  {
    id: 'setting:specialist-post-16-institution',
    label: 'Specialist post-16 institution (specialist college)',
    description:
      'A college just for young people with SEND, often with therapies, care and sometimes places to live. Places are usually arranged through an EHC plan.',
    altLabels: ['specialist college', 'specialist colleges', 'independent specialist college', 'independent specialist provider',
      'ISP', 'SPI', 'specialist post-16 provider', 'residential college', 'special college'],
    minAge: 16,
    maxAge: 25,
    source: `${BRIEF.settings}; ${BRIEF.parentWords}`,
    links: {
      IN_CATEGORY: ['category:education', 'category:preparing-for-adulthood'],
      FOR_AGE: ['age:16-19', 'age:19-25'],
      FOR_OUTCOME: ['pfa:independent-living', 'pfa:employment'],
      UNDER_LAW: ['law:cfa-2014-s41'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
  {
    id: 'setting:work-based-learning',
    label: 'Apprenticeship and supported internship provider',
    description:
      'An employer, college or training provider that runs apprenticeships (paid jobs with training) or supported internships (unpaid work placements with a job coach for young people with an EHC plan).',
    altLabels: ['training provider', 'training providers', 'apprenticeship provider', 'supported internship provider',
      'work-based learning', 'work based learning', 'employer'],
    minAge: 16,
    maxAge: 25,
    source: `${BRIEF.settings}; ${BRIEF.adulthood}`,
    links: {
      IN_CATEGORY: ['category:supported-internships', 'category:apprenticeships'],
      FOR_AGE: ['age:16-19', 'age:19-25'],
      FOR_OUTCOME: ['pfa:employment'],
    },
  },
]);
