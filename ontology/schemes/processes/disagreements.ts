import { defineScheme } from '../define.ts';
import { BRIEF, SE7 } from '../sources.ts';

const APPEAL_DEADLINE = 'IPSEA and SENDIASS guidance on appeal time limits (ipsea.org.uk)';

/** Sorting out disagreements: resolution, mediation, tribunal, complaints and ombudsmen. */
export const disagreementProcesses = defineScheme('process', [
  {
    id: 'process:disagreement-resolution',
    label: 'Disagreement resolution',
    description:
      'An independent service, arranged by the council, that helps families, schools, councils and health services settle disagreements about SEN support early, without going to a tribunal.',
    altLabels: ['disagreement resolution service', 'dispute resolution', 'early dispute resolution', 'independent disagreement resolution',
      'informal resolution', 'resolving a disagreement'],
    forFamilies: 'It is free and voluntary, and using it does not affect your right to appeal.',
    source: `${BRIEF.redress} (CFA 2014 s.57); ${SE7.framework}`,
    links: {
      UNDER_LAW: ['law:cfa-2014-s57', 'law:send-cop-ch11'],
      IN_CATEGORY: ['category:disagreement-resolution'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
  {
    id: 'process:mediation',
    label: 'Mediation',
    description:
      'A meeting with an independent mediator to try to settle a disagreement with the council about an EHC needs assessment or plan. Before appealing you must talk to a mediation adviser, unless the appeal is only about the school or college named.',
    altLabels: ['mediation', 'mediator', 'mediation certificate', 'mediation adviser', 'mediation advice', 'mediation service'],
    hiddenLabels: ['meditation certificate', 'mediaton'],
    timescale: 'Contact the mediation adviser within 2 months of the decision letter. You then have 1 month from the mediation certificate to appeal.',
    forFamilies: 'Mediation is free and confidential. You do not have to mediate, only consider it, to get the certificate.',
    source: `${BRIEF.redress} (CFA 2014 ss.52-56; s.55 certificate); ${APPEAL_DEADLINE}`,
    links: {
      UNDER_LAW: ['law:cfa-2014-ss52-56', 'law:send-cop-ch11'],
      IN_CATEGORY: ['category:disagreement-resolution'],
      COMMISSIONED_BY: ['commissioner:la-education'],
    },
  },
  {
    id: 'process:tribunal-appeal',
    label: 'Appealing to the SEND Tribunal',
    description:
      "The First-tier Tribunal (SEND) is an independent court that hears parents' and young people's appeals against council decisions about EHC needs assessments and plans. It can also make recommendations about the health and social care parts of a plan.",
    altLabels: ['tribunal', 'SEND tribunal', 'SEN tribunal', 'SENDIST', 'First-tier Tribunal', 'first tier tribunal',
      'tribunal appeal', 'appeal to tribunal', 'appeal to the tribunal', 'SEND appeal', 'appeal', 'appealing',
      'appeal the decision', 'national trial', 'single route of redress'],
    hiddenLabels: ['tribunel', 'tribunall', 'tribuneral', 'sendist appeal'],
    timescale: 'Appeal within 2 months of the decision letter, or within 1 month of the mediation certificate, whichever is later.',
    forFamilies:
      'You can appeal a refusal to assess or to issue a plan, the needs, provision and school or college in a plan (sections B, F and I), and a decision to end a plan. SENDIASS can help.',
    source: `${BRIEF.redress}; ${BRIEF.legislation} (CFA 2014 s.51); ${APPEAL_DEADLINE}`,
    links: {
      UNDER_LAW: ['law:cfa-2014-s51', 'law:send-cop-ch11'],
      IN_CATEGORY: ['category:disagreement-resolution'],
      RELATED: ['process:mediation', 'category:sendiass'],
    },
  },
  {
    id: 'process:complaints',
    label: 'Making a complaint',
    description:
      'Telling a school, college, council or NHS service formally that you are unhappy with how something was done, using its complaints procedure.',
    altLabels: ['complaint', 'complaints', 'complain', 'complaining', 'formal complaint', 'complaints procedure',
      'complaints policy', 'make a complaint'],
    hiddenLabels: ['complant', 'compaint', 'complaints proceedure'],
    forFamilies:
      'Start with the person or service involved. If that does not sort it, use the formal complaints procedure, and then an ombudsman.',
    source: `${BRIEF.localOffer} (Schedule 2 para 17, complaints); ${SE7.framework}`,
    links: { UNDER_LAW: ['law:send-cop-ch11'], IN_CATEGORY: ['category:disagreement-resolution'] },
  },
  {
    id: 'process:ombudsman',
    label: 'Complaining to an ombudsman',
    description:
      "If a council's own complaints process has not put things right, the Local Government and Social Care Ombudsman can investigate; NHS complaints go to the Parliamentary and Health Service Ombudsman.",
    altLabels: ['ombudsman', 'LGSCO', 'LGO', 'local government ombudsman', 'local government and social care ombudsman',
      'parliamentary and health service ombudsman', 'health service ombudsman', 'PHSO'],
    hiddenLabels: ['ombudsmen', 'ombusman', 'ombudsmans'],
    timescale:
      'Usually within 12 months of finding out about the problem. The Local Government ombudsman cannot look at matters you could appeal to the SEND Tribunal.',
    forFamilies: 'Finish the council\'s or NHS body\'s complaints process first; the ombudsman service is free.',
    source: `${BRIEF.redress} (lgo.org.uk; Local Government Act 1974 s.26(6)(a))`,
    links: {
      UNDER_LAW: ['law:local-government-act-1974-s26'],
      IN_CATEGORY: ['category:disagreement-resolution'],
      RELATED: ['process:complaints'],
    },
  },
]);
