import { defineScheme } from '../define.ts';
import { BRIEF, SE7, STOCKPORT } from '../sources.ts';

/** The top-level kinds of provision a Local Offer covers (CFA 2014 s.30(2); SE7 framework headings). */
export const topLevelCategories = defineScheme('provisionCategory', [
  {
    id: 'category:education',
    label: 'Education',
    description:
      'Help with learning in nurseries, schools and colleges, and the council services that support them, such as specialist teachers and educational psychologists.',
    altLabels: ['education', 'education support', 'learning support', 'support in school', 'help at school', 'school support',
      'support for learners', 'special educational provision'],
    source: `${BRIEF.localOffer}; ${STOCKPORT.observations} ("Support for Learners")`,
    links: {
      COMMISSIONED_BY: ['commissioner:la-education', 'commissioner:schools'],
      UNDER_LAW: ['law:cfa-2014-s30'],
    },
  },
  {
    id: 'category:health',
    label: 'Health',
    description:
      'NHS services for children and young people, from health visitors and GPs to therapies, specialist nurses and mental health services.',
    altLabels: ['health services', 'health care', 'healthcare', 'NHS', 'NHS services', 'therapies', 'therapy', 'medical help'],
    source: `${BRIEF.localOffer}; ${SE7.health}`,
    links: { COMMISSIONED_BY: ['commissioner:icb'], UNDER_LAW: ['law:cfa-2014-s30'] },
  },
  {
    id: 'category:social-care',
    label: 'Social care',
    description:
      "Council support for disabled children and their families at home and in the community, such as short breaks, care at home and help from a social worker.",
    altLabels: ['social care', 'social services', "children's social care", "children's services", 'social work',
      'social worker', 'care and support'],
    source: `${BRIEF.socialCare}; ${SE7.socialCare}`,
    links: {
      COMMISSIONED_BY: ['commissioner:la-childrens-social-care', 'commissioner:la-adult-social-care'],
      UNDER_LAW: ['law:children-act-1989-s17', 'law:cfa-2014-s30'],
    },
  },
  {
    id: 'category:preparing-for-adulthood',
    label: 'Preparing for adulthood',
    description:
      'Help for young people, from Year 9 onwards, to plan for adult life: further study and work, living independently, friends and community, and staying healthy.',
    altLabels: ['PfA', 'preparation for adulthood', 'preparing for adult life', 'moving to adults', 'growing up',
      'life after school', 'adult life', 'becoming independent', 'independence', 'next steps', 'life skills'],
    source: `${BRIEF.adulthood}; ${SE7.adulthood}; ${BRIEF.parentWords}`,
    links: {
      FOR_OUTCOME: ['pfa:employment', 'pfa:independent-living', 'pfa:friends-relationships-community', 'pfa:good-health'],
      FOR_AGE: ['age:11-16', 'age:16-19', 'age:19-25'],
      UNDER_LAW: ['law:send-cop-ch8', 'law:cfa-2014-s30', 'law:care-act-2014-s58'],
    },
  },
  {
    id: 'category:information-advice-support',
    label: 'Information, advice and support',
    description:
      'Free, impartial information and advice about SEND for parents and young people, support groups and parent carer forums, and people who can help you through the system.',
    altLabels: ['information advice and support', 'information and advice', 'advice and support', 'IAS', 'advice',
      'help and advice', 'impartial advice', 'independent advice', 'someone to talk to', 'support for parents',
      'advocacy', 'advocate'],
    source: `${BRIEF.redress}; Children and Families Act 2014 s.32`,
    links: { UNDER_LAW: ['law:cfa-2014-s32'] },
  },
  {
    id: 'category:leisure-and-short-breaks',
    label: 'Leisure and short breaks',
    description:
      'Things for disabled children and young people to enjoy, such as clubs, sport and holiday schemes, and short breaks that give families time off from caring.',
    altLabels: ['leisure', 'leisure activities', 'things to do', 'days out', 'fun activities', 'holidays'],
    source: SE7.socialCare,
    links: { FOR_OUTCOME: ['pfa:friends-relationships-community'] },
  },
  {
    id: 'category:travel',
    label: 'Travel and transport',
    description:
      'Help to get to school, college, short breaks and appointments: free or assisted transport, travel training, bus passes and Blue Badges.',
    altLabels: ['travel', 'transport', 'getting around', 'travel support', 'transport help'],
    source: `${BRIEF.localOffer} (CFA 2014 s.30(2)(d)); ${SE7.framework}`,
    links: { UNDER_LAW: ['law:cfa-2014-s30'] },
  },
  {
    id: 'category:childcare',
    label: 'Childcare',
    description:
      'Nurseries, childminders, breakfast and after-school clubs and holiday care, which must take account of disabled children, so parents can work or study.',
    altLabels: ['childcare', 'child care', 'wraparound care', 'wrap-around care', 'after school club', 'after-school club',
      'breakfast club', 'holiday childcare', 'holiday care', 'out of school care', 'specialist childcare'],
    hiddenLabels: ['child-care', 'chilcare'],
    source: `${SE7.socialCare}; Childcare Act 2006 s.6 (SEND vocabulary brief §3)`,
    links: { UNDER_LAW: ['law:childcare-act-2006'], COMMISSIONED_BY: ['commissioner:local-authority'] },
  },
  {
    id: 'category:money-and-benefits',
    label: 'Money, benefits and grants',
    description: 'Benefits, allowances, bursaries and grants that help with the extra costs of disability and study.',
    altLabels: ['money', 'money help', 'financial help', 'financial support', 'grants', 'grant', 'cost of living',
      'extra costs', 'money advice', 'debt advice'],
    source: `${BRIEF.adulthood}; ${SE7.adulthood} ("Benefit Advice")`,
  },
  {
    id: 'category:housing',
    label: 'Housing',
    description: 'Somewhere suitable to live: adaptations to the family home, and supported living or other housing as an adult.',
    altLabels: ['housing', 'accommodation', 'somewhere to live', 'housing needs', 'council housing', 'housing association'],
    source: SE7.adulthood,
    links: { FOR_OUTCOME: ['pfa:independent-living'] },
  },
  {
    id: 'category:disagreement-resolution',
    label: 'Complaints, disagreements and appeals',
    description:
      'Ways to sort things out when you disagree with a decision or are unhappy with a service: talking it through, disagreement resolution, mediation, complaints, the tribunal and the ombudsman.',
    altLabels: ['disagreement resolution', 'resolving disagreements', 'disagreements', 'disagree with a decision',
      'dispute', 'disputes', 'challenge a decision', 'challenging a decision', 'unhappy with a decision', 'appeals',
      'redress', 'raising a concern'],
    source: `${BRIEF.redress}; ${SE7.framework} ("Avoiding and resolving concerns and disagreements")`,
    links: { UNDER_LAW: ['law:cfa-2014-s57', 'law:send-cop-ch11'] },
  },
]);
