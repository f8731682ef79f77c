import { defineScheme } from '../define.ts';
import { BRIEF } from '../sources.ts';

const EHC_TIMELINE = 'SEND Regulations 2014 regs 4, 10, 13 (council EHC timelines: dorsetcouncil.gov.uk, swindonsias.org.uk)';

/** Assessments, EHC plans and their reviews, and personal budgets. */
export const ehcPlanProcesses = defineScheme('process', [
  {
    id: 'process:ehc-needs-assessment',
    label: 'Asking for an EHC needs assessment',
    description:
      "A detailed look by the council at a child or young person's education, health and care needs, to decide whether they need an EHC plan. Parents, young people aged 16 or over, and schools or colleges can ask for one.",
    altLabels: ['EHC needs assessment', 'EHCNA', 'EHC assessment', 'EHCP assessment', 'statutory assessment', 'needs assessment',
      'assessment for an EHCP', 'assessment for an EHC plan', 'request an EHCP', 'request for an EHCP', 'apply for an EHCP',
      'applying for an EHCP', 'get an EHCP', 'getting an EHCP', 'EHCP application', 'EHCP request',
      'request for statutory assessment', 'refused to assess', 'refusal to assess'],
    hiddenLabels: ['ehc needs assesment', 'statutory assesment', 'ehcp assesment', 'echp assessment'],
    timescale:
      'The council must decide whether to assess within 6 weeks of the request, decide whether to issue a plan by week 16, and issue the final plan within 20 weeks. You have 15 days to comment on the draft plan.',
    forFamilies:
      "You can ask the council yourself, in writing; you do not need the school's agreement or a diagnosis. If the council says no, you can appeal to the SEND Tribunal.",
    source: `${BRIEF.legislation} (CFA 2014 s.36; s.51); ${EHC_TIMELINE}`,
    links: {
      UNDER_LAW: ['law:cfa-2014-s36', 'law:send-regs-2014', 'law:send-cop-ch9'],
      IN_CATEGORY: ['category:send-team'],
      COMMISSIONED_BY: ['commissioner:la-education'],
      RELATED: ['process:ehc-plan'],
    },
  },
  {
    id: 'process:ehc-plan',
    label: 'Education, health and care (EHC) plan',
    description:
      'A legal document for a child or young person aged 0 to 25 who needs more help than their nursery, school or college can normally give. It sets out their needs, the outcomes they are working towards and the support they must get.',
    altLabels: ['EHC plan', 'EHCP', 'EHC', 'education health and care plan', 'education health care plan', 'statement',
      'statemented', 'statement of SEN', 'statement of special educational needs', 'LDA', 'learning difficulty assessment',
      'section F', 'section I', 'named school', 'plan from the council'],
    hiddenLabels: ['echp', 'ehpc', 'ehcp\'s', 'educational health care plan', 'educational health and care plan', 'statmented'],
    forFamilies:
      'The council must make sure the special educational support in the plan (section F) is provided, and the NHS must provide the health support in it. You can ask for a particular school or college to be named.',
    source: `${BRIEF.legislation} (CFA 2014 ss.37 and 42); ${BRIEF.parentWords}`,
    links: {
      UNDER_LAW: ['law:cfa-2014-s37', 'law:cfa-2014-s42', 'law:cfa-2014-s33'],
      IN_CATEGORY: ['category:education', 'category:send-team'],
      COMMISSIONED_BY: ['commissioner:la-education', 'commissioner:element-3-top-up'],
      FOR_AGE: ['age:0-2', 'age:2-5', 'age:5-11', 'age:11-16', 'age:16-19', 'age:19-25'],
    },
  },
  {
    id: 'process:annual-review',
    label: 'Annual review of an EHC plan',
    description:
      "A meeting, at least once a year, to check progress towards the outcomes in an EHC plan and agree whether it needs to change. The child's or young person's views must be part of it.",
    altLabels: ['annual review', 'annual reviews', 'EHCP review', 'EHC plan review', 'review meeting', 'reviewing the plan',
      'amending the plan', 'amended plan', 'interim review', 'early review', 'emergency review'],
    timescale:
      'At least every 12 months. After the meeting the council has 4 weeks to say whether it will keep, change or end the plan. From Year 9 every review includes preparing for adulthood.',
    forFamilies: 'You can ask for an early review if things change. Send your views in writing before the meeting.',
    source: `${BRIEF.legislation} (CFA 2014 s.44); SEND Regulations 2014 reg.20 (via IPSEA and council guidance)`,
    links: { UNDER_LAW: ['law:cfa-2014-s44', 'law:send-cop-ch9'], COMMISSIONED_BY: ['commissioner:la-education'] },
  },
  {
    id: 'process:phase-transfer-review',
    label: 'Naming the next school or college in an EHC plan (phase transfer)',
    description:
      'When a child with an EHC plan moves to a new stage of education, such as starting school, going to secondary school or going to college, the plan must be reviewed and changed to name the new place in good time.',
    altLabels: ['phase transfer', 'phase transfer review', 'phase transfer deadline', 'naming a school', 'naming a school in the EHCP',
      'choosing a school with an EHCP', 'school consultation', 'parental preference for a school'],
    timescale:
      'By 15 February in the year of the move (31 March for moving from school to a post-16 place). Between post-16 places: at least 5 months before the move.',
    forFamilies: 'Visit schools or colleges early, and tell the council which one you want named by the draft plan stage.',
    source: 'SEND Regulations 2014 reg.18 (IPSEA "Moving to a new phase of education with an EHC plan")',
    links: { UNDER_LAW: ['law:send-regs-2014-reg18'], COMMISSIONED_BY: ['commissioner:la-education'] },
  },
  {
    id: 'process:ceasing-ehc-plan',
    label: 'Ending an EHC plan',
    description:
      'The council can stop maintaining an EHC plan when it is no longer needed, for example when a young person leaves education or training. You can appeal against the decision.',
    altLabels: ['ceasing an EHC plan', 'cease to maintain', 'ceasing to maintain', 'EHCP ceased', 'plan ceased',
      'stopping the EHCP', 'ending the EHCP'],
    forFamilies: 'The council must tell you first and listen to your views. You can appeal to the SEND Tribunal.',
    source: `${BRIEF.legislation} (CFA 2014 ss.45 and 51)`,
    links: { UNDER_LAW: ['law:cfa-2014-s45', 'law:cfa-2014-s51'], COMMISSIONED_BY: ['commissioner:la-education'] },
  },
  {
    id: 'process:moving-area-with-ehc-plan',
    label: 'Moving to a new area with an EHC plan',
    description:
      'When a family with an EHC plan moves to another council area in England, the plan moves too, and the new council must provide what it says from the day it arrives.',
    altLabels: ['moving area', 'moving house', 'moving to a new area', 'moving into the area', 'moving to another council',
      'moving county', 'moving out of county', 'new to the area', 'relocating', 'transferring an EHC plan',
      'transfer of EHCP', 'EHCP transfer'],
    timescale:
      'The old council transfers the plan on the day of the move (or within 15 working days if it was told less than 15 working days before). Within 6 weeks the new council must tell you whether it will reassess and when it will review the plan.',
    forFamilies: 'Tell both councils as early as you can, so support carries on without a gap.',
    source: 'SEND Regulations 2014 reg.15 (legislation.gov.uk/uksi/2014/1530/regulation/15/made; ipsea.org.uk)',
    links: {
      UNDER_LAW: ['law:send-regs-2014-reg15'],
      IN_CATEGORY: ['category:send-team'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
  {
    id: 'process:personal-budget',
    label: 'Personal budget',
    description:
      'An amount of money set aside for some of the support in an EHC plan, or for social care or health support, so the family or young person has more say in how it is spent.',
    altLabels: ['personal budget', 'personal budgets', 'personal health budget', 'PHB', 'individual budget', 'EHCP personal budget'],
    forFamilies:
      'You can ask for one while an EHC plan is being written or reviewed. It can be managed by the council or another organisation, or paid to you as direct payments.',
    source: `${BRIEF.legislation} (CFA 2014 s.49; SI 2014/1652); ${BRIEF.socialCare}`,
    links: {
      UNDER_LAW: ['law:cfa-2014-s49', 'law:personal-budgets-regs-2014'],
      COMMISSIONED_BY: ['commissioner:la-education', 'commissioner:la-childrens-social-care', 'commissioner:icb'],
      RELATED: ['process:direct-payments', 'process:ehc-plan'],
    },
  },
  {
    id: 'process:direct-payments',
    label: 'Direct payments',
    description:
      'Money paid to the family or young person instead of a service, so they can arrange and pay for support themselves, for example a personal assistant or a short break.',
    altLabels: ['direct payment', 'direct payments', 'DP', 'employing a PA', 'paying for my own carer'],
    forFamilies: 'You must account for how the money is spent; the council can help you set it up and employ someone.',
    source: `${BRIEF.socialCare}; ${BRIEF.commissioning}`,
    links: {
      UNDER_LAW: ['law:cfa-2014-s49', 'law:personal-budgets-regs-2014', 'law:children-act-1989-s17'],
      IN_CATEGORY: ['category:social-care'],
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care'],
    },
  },
]);
