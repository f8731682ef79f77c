import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE } from '../sources.ts';

/** Information, advice and support for families; childcare funding. */
export const informationAndChildcareCategories = defineScheme('provisionCategory', [
  {
    id: 'category:sendiass',
    label: 'SEND Information, Advice and Support Service (SENDIASS)',
    description:
      'A free, confidential and impartial service for parents and young people aged 0 to 25, at arm\'s length from the council and NHS. It explains your rights and can help with meetings, EHC plans, appeals and complaints.',
    altLabels: ['SENDIASS', 'SENDIAS', 'IASS', 'IAS service', 'SEND information advice and support service',
      'information advice and support service', 'parent partnership', 'parent partnership service',
      'independent supporter', 'independent supporters'],
    hiddenLabels: ['sendias', 'send ias', 'sendaiss', 'sendiaas', 'sendiass service', 'send iass'],
    source: `${BRIEF.redress}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['category:information-advice-support'],
      COMMISSIONED_BY: ['commissioner:la-education'],
      UNDER_LAW: ['law:cfa-2014-s32', 'law:send-cop-ch2'],
      FOR_AGE: ['age:0-2', 'age:2-5', 'age:5-11', 'age:11-16', 'age:16-19', 'age:19-25'],
    },
  },
  {
    id: 'category:parent-carer-forum',
    label: 'Parent carer forum',
    description:
      'A local group of parents of disabled children that works with the council and NHS to shape services, and shares information with other families.',
    altLabels: ['parent carer forum', 'parent carer forums', 'PCF', 'parent forum', 'parent carer council', 'parent voice',
      "parents' forum", 'NNPCF'],
    source: BRIEF.redress,
    links: { BROADER: ['category:information-advice-support'] },
  },
  {
    id: 'category:support-groups',
    label: 'Support groups for families',
    description: 'Groups where parents, brothers and sisters, and young people meet others in the same situation for support.',
    altLabels: ['support group', 'support groups', 'parent support group', 'parents group', 'coffee morning',
      'coffee mornings', 'peer support', 'sibling support', 'siblings group', 'meet other parents'],
    source: `${BRIEF.localOffer} (support groups in the Local Offer)`,
    links: { BROADER: ['category:information-advice-support'] },
  },
  {
    id: 'category:family-information-service',
    label: 'Family information service',
    description:
      "The council's service for information on childcare, early education and family services, often through a family hub or online directory.",
    altLabels: ['family information service', 'FIS', 'family information', 'childcare information', 'family directory'],
    source: 'Childcare Act 2006 s.12 (SEND vocabulary brief §3)',
    links: {
      BROADER: ['category:information-advice-support'],
      RELATED: ['category:childcare'],
      UNDER_LAW: ['law:childcare-act-2006'],
      COMMISSIONED_BY: ['commissioner:local-authority'],
    },
  },
  {
    id: 'category:funded-early-education',
    label: 'Funded early education and childcare',
    description:
      'The government pays for a number of hours of nursery or childminder time each week for many young children, depending on age and family circumstances.',
    altLabels: ['free childcare', 'funded childcare', 'funded hours', 'free hours', 'free nursery hours', '15 hours', '30 hours',
      '15 free hours', '30 free hours', 'two year old funding', '2 year old funding', 'nursery funding',
      'early years funding', 'early education entitlement'],
    source: `Childcare Act 2006 s.7 (SEND vocabulary brief §3); ${COMMON_USAGE}`,
    links: {
      BROADER: ['category:childcare'],
      UNDER_LAW: ['law:childcare-act-2006'],
      COMMISSIONED_BY: ['commissioner:local-authority'],
      FOR_AGE: ['age:0-2', 'age:2-5'],
    },
  },
]);
