import { defineScheme } from './define.ts';
import { BRIEF } from './sources.ts';

/** Who commissions and pays for provision, and the school funding elements. */
export const commissioners = defineScheme('commissioner', [
  {
    id: 'commissioner:local-authority',
    label: 'The local council (local authority)',
    description: 'The county, city or borough council responsible for the area, which publishes the Local Offer and commissions many services.',
    altLabels: ['local authority', 'the council', 'council', 'LA', 'local council', 'county council', 'borough council',
      'city council', 'the LA'],
    source: BRIEF.commissioning,
    links: { UNDER_LAW: ['law:cfa-2014-s30'] },
  },
  {
    id: 'commissioner:la-education',
    label: 'Council education and SEND services',
    description:
      'The part of the council that pays for EHC assessments and plans, top-up funding, special school and alternative provision places, SEN transport, SENDIASS, mediation, sensory support and educational psychology, mainly from the high needs block.',
    altLabels: ['local authority education', 'LA education', 'council education department', 'education department',
      'SEN department', 'SEND service', 'education authority'],
    source: BRIEF.commissioning,
    links: { BROADER: ['commissioner:local-authority'] },
  },
  {
    id: 'commissioner:la-childrens-social-care',
    label: "Council children's social care",
    description:
      "The part of the council that does child in need and parent carer assessments and pays for the disabled children's team, short breaks and direct payments.",
    altLabels: ["children's social care", "children's services", 'social services', "children's social services"],
    source: BRIEF.commissioning,
    links: { BROADER: ['commissioner:local-authority'], UNDER_LAW: ['law:children-act-1989-s17'] },
  },
  {
    id: 'commissioner:la-adult-social-care',
    label: 'Council adult social care',
    description: 'The part of the council that assesses and supports adults under the Care Act, including transition assessments before 18.',
    altLabels: ['adult social care', 'adult services', 'adult social services', 'adult care'],
    source: BRIEF.commissioning,
    links: { BROADER: ['commissioner:local-authority'], UNDER_LAW: ['law:care-act-2014'] },
  },
  {
    id: 'commissioner:la-public-health',
    label: 'Council public health',
    description:
      'The part of the council that pays for the 0 to 19 Healthy Child Programme, usually including health visitors and school nurses.',
    altLabels: ['public health', 'public health team', '0-19 service', 'healthy child programme'],
    source: `${BRIEF.commissioning} (unverified in the brief)`,
    links: { BROADER: ['commissioner:local-authority'] },
  },
  {
    id: 'commissioner:icb',
    label: 'Integrated care board (ICB, the local NHS)',
    description:
      'The local NHS body that pays for therapies, community paediatrics, children\'s mental health services, continence, wheelchairs, community nursing, continuing care and the health parts of EHC plans. ICBs replaced clinical commissioning groups (CCGs) on 1 July 2022.',
    altLabels: ['ICB', 'integrated care board', 'integrated care system', 'ICS', 'CCG', 'clinical commissioning group',
      'the NHS', 'local NHS', 'designated clinical officer', 'designated medical officer', 'DCO', 'DMO'],
    source: `${BRIEF.commissioning}; Health and Care Act 2022`,
    links: { UNDER_LAW: ['law:health-and-care-act-2022', 'law:cfa-2014-s26'] },
  },
  {
    id: 'commissioner:nhse-specialised',
    label: 'NHS England specialised commissioning',
    description:
      'NHS England pays for about 150 specialised services for rare or complex conditions; many are now delegated to ICBs, with NHS England still accountable.',
    altLabels: ['NHS England', 'specialised commissioning', 'specialised services', 'NHSE'],
    source: `${BRIEF.commissioning} (england.nhs.uk)`,
  },
  {
    id: 'commissioner:joint-commissioning',
    label: 'Joint commissioning (council and NHS together)',
    description: 'Arrangements where the council and the ICB plan and pay for services together, and agree how to settle disputes between them.',
    altLabels: ['joint commissioning', 'jointly commissioned', 'joint funding', 'jointly funded', 'tripartite funding'],
    source: BRIEF.commissioning,
    links: { UNDER_LAW: ['law:cfa-2014-s26'], RELATED: ['commissioner:icb', 'commissioner:local-authority'] },
  },
  {
    id: 'commissioner:schools',
    label: 'Schools and colleges (their own budgets)',
    description: "Schools, academies and colleges pay for SEN support from their own budgets before the council's top-up funding starts.",
    altLabels: ['school budget', 'school funding', 'delegated budget', 'paid for by the school'],
    source: BRIEF.commissioning,
  },
  {
    id: 'commissioner:element-1-core-funding',
    label: 'Element 1: core funding per pupil',
    description: 'The basic amount every school gets for each pupil, which pays for ordinary teaching for everyone.',
    altLabels: ['element 1', 'core funding', 'age weighted pupil unit', 'AWPU'],
    source: `${BRIEF.commissioning} (somerset.gov.uk; localofferwolves.co.uk)`,
    links: { BROADER: ['commissioner:schools'] },
  },
  {
    id: 'commissioner:element-2-notional-sen-budget',
    label: 'Element 2: the notional SEN budget',
    description:
      "Part of a school's budget expected to pay for extra SEN support up to £6,000 per pupil; it is not ring-fenced.",
    altLabels: ['element 2', 'notional SEN budget', 'notional budget', 'first £6,000', '£6,000 threshold'],
    source: `${BRIEF.commissioning} (somerset.gov.uk; localofferwolves.co.uk); SE7 area wide offer ("up to £6,000")`,
    links: { BROADER: ['commissioner:schools'] },
  },
  {
    id: 'commissioner:element-3-top-up',
    label: 'Element 3: top-up funding',
    description: 'Extra money from the council, above the first £6,000, mainly for pupils with EHC plans.',
    altLabels: ['element 3', 'top-up funding', 'top up funding', 'high needs funding', 'HNF'],
    source: BRIEF.commissioning,
    links: { BROADER: ['commissioner:high-needs-block'] },
  },
  {
    id: 'commissioner:high-needs-block',
    label: 'High needs block (Dedicated Schools Grant)',
    description:
      'The part of the government grant to councils for schools that pays for top-up funding, special school and alternative provision places and other SEND services.',
    altLabels: ['high needs block', 'high needs funding block', 'dedicated schools grant', 'DSG', 'high needs budget'],
    source: BRIEF.commissioning,
    links: { BROADER: ['commissioner:la-education'] },
  },
  {
    id: 'commissioner:dwp',
    label: 'Department for Work and Pensions (DWP)',
    description: 'The government department that pays disability benefits and runs Access to Work and Jobcentre Plus.',
    altLabels: ['DWP', 'Department for Work and Pensions'],
    source: BRIEF.adulthood,
  },
]);
