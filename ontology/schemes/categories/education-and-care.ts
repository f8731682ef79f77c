import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE, SE7 } from '../sources.ts';

const ALL_AGES = ['age:0-2', 'age:2-5', 'age:5-11', 'age:11-16', 'age:16-19', 'age:19-25'];

/** Council education services, social care and family support, short breaks and leisure. */
export const educationAndCareCategories = defineScheme('provisionCategory', [
  {
    id: 'category:educational-psychology',
    label: 'Educational psychology',
    description:
      'Psychologists who work out how a child learns and what is getting in the way, advise schools and families, and give advice for EHC needs assessments.',
    altLabels: ['educational psychologist', 'educational psychologists', 'ed psych', 'EP', 'EPS',
      'educational psychology service', 'psychologist'],
    hiddenLabels: ['educational pyschologist', 'educational phsychologist', 'educational psycologist', 'ed pysch'],
    source: BRIEF.commissioning,
    links: { BROADER: ['category:education'], COMMISSIONED_BY: ['commissioner:la-education'], FOR_AGE: ALL_AGES },
  },
  {
    id: 'category:sensory-support-service',
    label: 'Sensory support service (teachers of the deaf and of the visually impaired)',
    description:
      'Specialist teachers from the council who support deaf, visually impaired and deafblind children and young people at home, nursery, school and college.',
    altLabels: ['sensory support', 'sensory support team', 'hearing support service', 'vision support service',
      'teacher of the deaf', 'teachers of the deaf', 'qualified teacher of the deaf', 'QTOD', 'ToD',
      'qualified teacher of vision impairment', 'qualified teacher of the visually impaired', 'QTVI',
      'teacher of the visually impaired', 'habilitation specialist', 'habilitation'],
    source: `${BRIEF.health} (the LA sensory team is education); ${BRIEF.commissioning}`,
    links: { BROADER: ['category:education'], COMMISSIONED_BY: ['commissioner:la-education'], FOR_AGE: ALL_AGES },
  },
  {
    id: 'category:specialist-teaching-outreach',
    label: 'Specialist teaching and outreach',
    description:
      'Advisory and specialist teachers, often from special schools or council teams, who assess pupils and help mainstream staff teach children with autism, dyslexia or other needs.',
    altLabels: ['specialist teacher', 'specialist teachers', 'advisory teacher', 'outreach', 'outreach service',
      'specialist teaching service', 'learning support service', 'autism outreach', 'inclusion team', 'inclusion service'],
    source: `${SE7.areaWide}; ${COMMON_USAGE}`,
    links: { BROADER: ['category:education'], COMMISSIONED_BY: ['commissioner:la-education'] },
  },
  {
    id: 'category:portage',
    label: 'Portage home visiting',
    description:
      'A home-visiting service for pre-school children with SEND, where a trained visitor helps the family with play, communication and learning in small steps.',
    altLabels: ['Portage', 'portage service', 'portage worker', 'home visiting for under 5s', 'early years home visiting'],
    source: COMMON_USAGE,
    links: {
      BROADER: ['category:education'],
      COMMISSIONED_BY: ['commissioner:la-education'],
      FOR_AGE: ['age:0-2', 'age:2-5'],
    },
  },
  {
    id: 'category:send-team',
    label: "The council's SEND team",
    description:
      'The council team that handles requests for EHC needs assessments, writes and reviews EHC plans and arranges specialist school places.',
    altLabels: ['SEND team', 'SEN team', 'SEND service', 'SEN service', 'EHC team', 'EHCP team', 'statutory assessment team',
      'SEN case officer', 'SEND case officer', 'case officer', 'EHC coordinator', 'EHCP coordinator', 'SEN casework team'],
    source: BRIEF.commissioning,
    links: {
      BROADER: ['category:education'],
      COMMISSIONED_BY: ['commissioner:la-education'],
      UNDER_LAW: ['law:cfa-2014-s36', 'law:cfa-2014-s37'],
      FOR_AGE: ALL_AGES,
    },
  },
  {
    id: 'category:short-breaks',
    label: 'Short breaks (respite)',
    description:
      'Time away from caring for the family, and fun for the disabled child: clubs, playschemes, sitters, overnight stays and holiday activities. Some are open to all, some need a simple check, some need a social care assessment.',
    altLabels: ['short breaks', 'short break', 'respite', 'respite care', 'respite break', 'need a break', 'break from caring',
      'breaks from caring', 'playscheme', 'play scheme', 'holiday playscheme', 'sitter', 'sitting service', 'babysitter',
      'babysitting', 'overnight breaks', 'overnight respite', 'overnight stays', 'residential short breaks',
      'family-based short breaks', 'family link', 'shared care', 'short breaks card', 'short breaks grant',
      'short breaks statement'],
    hiddenLabels: ['respit', 'respight', 'resbite', 'short brakes', 'short brake', 'shortbreaks', 'playsceme'],
    source: `${BRIEF.socialCare} (bromley.gov.uk; herefordshire.gov.uk); ${BRIEF.parentWords}`,
    links: {
      BROADER: ['category:leisure-and-short-breaks'],
      RELATED: ['category:social-care'],
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care'],
      UNDER_LAW: ['law:short-breaks-regs-2011', 'law:children-act-1989-s17'],
      FOR_AGE: ['age:0-2', 'age:2-5', 'age:5-11', 'age:11-16', 'age:16-19'],
    },
  },
  {
    id: 'category:leisure-activities',
    label: 'Inclusive clubs, sport and activities',
    description:
      'Clubs, youth groups, sport, arts and play that welcome disabled children and young people, including holiday activities.',
    altLabels: ['activities', 'clubs', 'youth club', 'youth clubs', 'youth group', 'youth groups', 'youth service', 'sport',
      'sports', 'inclusive sport', 'disability sport', 'swimming', 'football', 'dance', 'drama', 'music', 'arts',
      'holiday activities', 'holiday club', 'stay and play', 'play sessions', 'soft play', 'scouts', 'relaxed performance'],
    source: `${SE7.socialCare} (leisure activities, sports groups, youth groups)`,
    links: {
      BROADER: ['category:leisure-and-short-breaks'],
      FOR_OUTCOME: ['pfa:friends-relationships-community', 'pfa:good-health'],
      FOR_AGE: ALL_AGES,
    },
  },
  {
    id: 'category:early-help',
    label: 'Early help and family support',
    description:
      'Help for families from family hubs, children\'s centres and family support workers before problems get bigger, often after an early help assessment.',
    altLabels: ['early help', 'early help team', 'family support', 'family support worker', 'family hub', 'family hubs',
      "children's centre", "children's centres", 'targeted family support', 'team around the family', 'TAF'],
    source: `${BRIEF.socialCare}; ${SE7.socialCare}`,
    links: { BROADER: ['category:social-care'], COMMISSIONED_BY: ['commissioner:la-childrens-social-care'], FOR_AGE: ALL_AGES },
  },
  {
    id: 'category:disabled-childrens-team',
    label: "Disabled children's social care team",
    description:
      'Social workers who assess disabled children and their families and arrange support such as short breaks, care at home and direct payments.',
    altLabels: ["disabled children's team", 'children with disabilities team', 'CWD team', '0-25 team', '0 to 25 team',
      'disability team', "disabled children's service", 'disabled children social worker'],
    source: BRIEF.socialCare,
    links: {
      BROADER: ['category:social-care'],
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care'],
      UNDER_LAW: ['law:children-act-1989-s17'],
    },
  },
  {
    id: 'category:care-at-home',
    label: 'Care and support at home',
    description:
      'Paid carers or personal assistants who help with personal care and daily life at home, arranged by social care or paid for with direct payments.',
    altLabels: ['home care', 'care at home', 'domiciliary care', 'personal assistant', 'personal assistants', 'PA',
      'help at home', 'care package', 'personal care', 'carers coming in'],
    source: `${BRIEF.socialCare}; CSDPA 1970 s.2 (SEND vocabulary brief §3)`,
    links: {
      BROADER: ['category:social-care'],
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care', 'commissioner:la-adult-social-care'],
      UNDER_LAW: ['law:csdpa-1970-s2'],
    },
  },
  {
    id: 'category:parenting-support',
    label: 'Parenting support and training',
    description: 'Courses, workshops and one-to-one help for parents, for example on behaviour, sleep, autism or ADHD.',
    altLabels: ['parenting support', 'parenting course', 'parenting courses', 'parenting programme', 'parent training',
      'parenting classes', 'parent workshops', 'workshops for parents'],
    source: `${SE7.socialCare} ("parenting support"); ${SE7.parent} ("parent training or learning events")`,
    links: { BROADER: ['category:social-care'], COMMISSIONED_BY: ['commissioner:local-authority'] },
  },
]);
