import { defineScheme } from '../define.ts';
import { BRIEF, SEND_CODE_OF_PRACTICE_URL } from '../sources.ts';
import { type Instrument, provision, wholeInstrument } from './law-entry.ts';

const SEND_REGS: Instrument = {
  id: 'law:send-regs-2014',
  title: 'Special Educational Needs and Disability Regulations 2014',
  shortNames: ['SEND Regulations', 'SEND Regs'],
  path: '/uksi/2014/1530',
};
const PERSONAL_BUDGET_REGS: Instrument = {
  id: 'law:personal-budgets-regs-2014',
  title: 'Special Educational Needs (Personal Budgets) Regulations 2014',
  shortNames: ['Personal Budgets Regulations'],
  path: '/uksi/2014/1652',
};
const CODE_SOURCE = `${BRIEF.localOffer}; gov.uk (SEND Code of Practice: 0 to 25 years, January 2015)`;

/** One chapter of the SEND Code of Practice (statutory guidance; one gov.uk page holds all chapters). */
function codeChapter(chapter: number, title: string, description: string, altLabels: string[] = []) {
  return {
    id: `law:send-cop-ch${chapter}`,
    label: `SEND Code of Practice, chapter ${chapter}: ${title}`,
    description,
    altLabels: [`Code of Practice chapter ${chapter}`, `CoP chapter ${chapter}`, ...altLabels],
    url: SEND_CODE_OF_PRACTICE_URL,
    source: CODE_SOURCE,
    links: { BROADER: ['law:send-code-of-practice'] },
  };
}

/** The SEND Regulations 2014, the Personal Budgets Regulations and the SEND Code of Practice. */
export const sendRegulationsAndCode = defineScheme('legislation', [
  wholeInstrument(SEND_REGS,
    'The detailed rules under the Children and Families Act: how EHC needs assessments and plans work and their deadlines, what schools publish about SEN, and what the Local Offer must contain.',
    { altLabels: ['SEN regulations', 'SI 2014/1530'], links: { RELATED: ['law:cfa-2014'] } }),
  provision(SEND_REGS, 'schedule', '1', 'the SEN information report',
    'What schools must put in their SEN information report: the kinds of SEN they provide for, how they identify needs, the SENCO\'s contact details, staff expertise, how they involve parents, and more.'),
  provision(SEND_REGS, 'schedule', '2', 'what the Local Offer must contain',
    'What the Local Offer must include: the special educational provision expected from nurseries, schools, colleges and others in and outside the area, and how each provider teaches, adapts, supports and reviews progress.',
    { altLabels: ['Local Offer regulations'] }),
  provision(SEND_REGS, 'regulation', '15', 'moving area with an EHC plan',
    'When a family with an EHC plan moves to another council area, the plan transfers to the new council, which must then provide what it says.',
    { source: 'legislation.gov.uk/uksi/2014/1530/regulation/15/made' }),
  provision(SEND_REGS, 'regulation', '18', 'deadlines before changing school or college',
    'Before a move between phases of education, the EHC plan must be reviewed and amended by 15 February, or by 31 March for a move from school to a post-16 institution.',
    { source: 'SEND Regulations 2014 reg.18 (via IPSEA "Moving to a new phase of education with an EHC plan")' }),
  wholeInstrument(PERSONAL_BUDGET_REGS,
    'The rules on personal budgets and direct payments for the support in an EHC plan.',
    { altLabels: ['SI 2014/1652'], links: { RELATED: ['law:cfa-2014-s49'] } }),
  {
    id: 'law:send-code-of-practice',
    label: 'SEND Code of Practice: 0 to 25 years (2015)',
    description:
      'Statutory guidance that councils, NHS bodies, schools and colleges must follow unless they have a good reason not to. It explains how the SEND law works in practice.',
    altLabels: ['Code of Practice', 'SEND Code of Practice', 'SEN Code of Practice', 'SEND CoP',
      'SEND code'],
    url: SEND_CODE_OF_PRACTICE_URL,
    source: CODE_SOURCE,
    links: { RELATED: ['law:cfa-2014', 'law:send-regs-2014'] },
  },
  codeChapter(1, 'Principles', 'The principles behind the system: involving children, young people and parents, early identification, high aspirations and joined-up support.'),
  codeChapter(2, 'Impartial information, advice and support', 'What information, advice and support services (SENDIASS) must offer children, young people and parents.'),
  codeChapter(3, 'Working together across education, health and care for joint outcomes', 'How councils and NHS bodies plan and commission services together, including the designated medical or clinical officer.'),
  codeChapter(4, 'The Local Offer', 'What the Local Offer must contain, and how it should be written and reviewed with families: collaborative, accessible, comprehensive, up to date and transparent.'),
  codeChapter(5, 'Early years providers', 'How nurseries, pre-schools and childminders identify and support young children with SEN.'),
  codeChapter(6, 'Schools', 'How schools identify SEN and give SEN support through the graduated approach, and the four broad areas of need.', ['graduated approach guidance']),
  codeChapter(7, 'Further education', 'How colleges and other post-16 providers support students with SEN.'),
  codeChapter(8, 'Preparing for adulthood from the earliest years', 'Planning for employment, independent living, friends and community, and good health, with reviews from Year 9 and support up to 25.'),
  codeChapter(9, 'Education, health and care needs assessments and plans', 'How EHC needs assessments, plans, reviews, personal budgets and transfers work, with their deadlines.'),
  codeChapter(10, 'Children and young people in specific circumstances', 'Support for children in care, in custody, in hospital, educated at home, or from service families, among others.'),
  codeChapter(11, 'Resolving disagreements', 'How disagreements are settled: talking early, disagreement resolution, mediation, complaints, the tribunal and ombudsmen.'),
]);
