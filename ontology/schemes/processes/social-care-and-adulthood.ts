import { defineScheme } from '../define.ts';
import { BRIEF, SE7 } from '../sources.ts';

/** Social care and health assessments for children, carers and young people moving to adult services. */
export const socialCareProcesses = defineScheme('process', [
  {
    id: 'process:child-in-need-assessment',
    label: 'Social care assessment for a disabled child (section 17)',
    description:
      "A social worker's assessment of what a disabled child and their family need. Disabled children count as \"in need\", so the council can then provide services such as short breaks, care at home or equipment.",
    altLabels: ['child in need assessment', 'child in need', 'CIN', 'section 17 assessment', 's17 assessment',
      'social care assessment', 'social worker assessment', 'social services assessment', "disabled children's assessment",
      'single assessment'],
    forFamilies: "You can ask the council's children's services or disabled children's team for an assessment yourself.",
    source: `${BRIEF.socialCare}; ${BRIEF.legislation} (Children Act 1989 s.17)`,
    links: {
      UNDER_LAW: ['law:children-act-1989-s17', 'law:csdpa-1970-s2'],
      IN_CATEGORY: ['category:social-care', 'category:disabled-childrens-team'],
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care'],
    },
  },
  {
    id: 'process:early-help-assessment',
    label: 'Early help assessment',
    description:
      'A shared assessment and plan, made with the family, when they need support from more than one service but not from social care. It replaced the Common Assessment Framework (CAF).',
    altLabels: ['early help assessment', 'EHA', 'CAF', 'common assessment framework', 'team around the family meeting',
      'TAF meeting', 'family support plan'],
    forFamilies: 'Any professional who knows your family, such as a teacher or health visitor, can start one with your agreement.',
    source: `${BRIEF.socialCare}; ${SE7.socialCare}`,
    links: {
      IN_CATEGORY: ['category:early-help'],
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care'],
    },
  },
  {
    id: 'process:parent-carer-needs-assessment',
    label: 'Parent carer needs assessment',
    description:
      'An assessment by the council of what a parent caring for a disabled child needs to keep caring and to have a life of their own, such as breaks, work, study or health.',
    altLabels: ['parent carer needs assessment', 'parent carer assessment', "carer's assessment", 'carers assessment',
      'carer assessment', "carer's needs assessment", 'PCNA', 'support for me as a carer', 'help for carers', 'carer support'],
    hiddenLabels: ['parent carer needs assesment', 'carers assesment'],
    forFamilies:
      "Ask children's social care or the disabled children's team. The council must assess you if it looks as if you may need support, or if you ask.",
    source: `${BRIEF.socialCare}; ${BRIEF.legislation} (Children Act 1989 s.17ZD, inserted by CFA 2014 s.97); ${BRIEF.parentWords}`,
    links: {
      UNDER_LAW: ['law:children-act-1989-s17zd', 'law:cfa-2014-s97'],
      IN_CATEGORY: ['category:social-care', 'category:short-breaks'],
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care'],
    },
  },
  {
    id: 'process:young-carers-assessment',
    label: "Young carer's needs assessment",
    description:
      'An assessment of what a child or young person who helps look after a family member needs, so that caring does not harm their education, health or wellbeing.',
    altLabels: ['young carer', 'young carers', 'young carers assessment', "young carer's assessment", 'sibling carer',
      'I look after my mum', 'I look after my dad', 'I care for my brother', 'I care for my sister', 'looking after my brother',
      'looking after my sister'],
    forFamilies: 'Young carers, or their parents, can ask the council for an assessment; the council must do one if it looks as if support is needed.',
    source: `${BRIEF.socialCare}; ${BRIEF.legislation} (Children Act 1989 s.17ZA, inserted by CFA 2014 s.96)`,
    links: {
      UNDER_LAW: ['law:children-act-1989-s17za', 'law:cfa-2014-s96'],
      IN_CATEGORY: ['category:social-care', 'category:support-groups'],
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care'],
    },
  },
  {
    id: 'process:transition-assessment',
    label: 'Care Act transition assessment (moving to adult social care)',
    description:
      'An assessment, before 18, of the support a young person and their carers will need from adult social care. Children\'s services carry on after 18 until adult support is in place.',
    altLabels: ['transition assessment', 'Care Act assessment', 'Care Act transition assessment', 'adult social care assessment',
      'adult care assessment', 'moving to adult social care', 'transition to adult social care', 'adult care transition'],
    timescale:
      'Before the 18th birthday, whenever it would be of "significant benefit". Children\'s services continue past 18 until adult arrangements are made.',
    forFamilies: 'The young person, a parent or a carer can ask for one; planning for adult life usually starts from Year 9.',
    source: `${BRIEF.socialCare}; ${BRIEF.legislation} (Care Act 2014 ss.58-66)`,
    links: {
      UNDER_LAW: ['law:care-act-2014-s58', 'law:care-act-2014-ss60-62', 'law:care-act-2014-ss63-64', 'law:care-act-2014-s66'],
      IN_CATEGORY: ['category:preparing-for-adulthood', 'category:social-care'],
      COMMISSIONED_BY: ['commissioner:la-adult-social-care'],
      FOR_AGE: ['age:11-16', 'age:16-19'],
      FOR_OUTCOME: ['pfa:independent-living'],
    },
  },
  {
    id: 'process:continuing-care-assessment',
    label: "Children's continuing care assessment",
    description:
      "An NHS assessment of whether a child's health needs are so complex that they need a package of care beyond ordinary services. The package is planned alongside any EHC plan.",
    altLabels: ['continuing care assessment', 'continuing care checklist', 'continuing care referral'],
    forFamilies: 'Ask your community nurse, paediatrician or GP to refer; assessments for adult NHS Continuing Healthcare usually start before 18.',
    source: `${BRIEF.legislation} (National Framework for Children and Young People's Continuing Care); ${BRIEF.commissioning}`,
    links: {
      UNDER_LAW: ['law:cyp-continuing-care-framework'],
      IN_CATEGORY: ['category:health', 'category:community-nursing'],
      COMMISSIONED_BY: ['commissioner:icb'],
    },
  },
]);
