import { defineScheme } from '../define.ts';
import { OUTPOST, SE7, STOCKPORT } from '../sources.ts';

/** The framework question sets that settings and services answer in the Local Offer. */
export const questionSets = defineScheme('questionSet', [
  {
    id: 'qset:se7-parent',
    label: "SE7 setting questions (parent carer's view)",
    description:
      "The 14 questions that nurseries, schools and colleges answer about their SEN support, written with parent carers from a parent's point of view.",
    altLabels: ['SE7 parent questions', 'SE7 questions for settings', 'school offer questions'],
    source: SE7.parent,
    links: { RELATED: ['law:send-regs-2014-sch2', 'law:send-regs-2014-sch1'] },
  },
  {
    id: 'qset:se7-young-person',
    label: "SE7 setting questions (young person's view)",
    description: "The 13 questions that schools and colleges for older students answer, written with young people from a young person's point of view.",
    altLabels: ['SE7 young person questions', 'college offer questions'],
    source: SE7.youngPerson,
    links: { RELATED: ['law:send-regs-2014-sch2'] },
  },
  {
    id: 'qset:se7-service',
    label: 'SE7 service questions',
    description:
      'The 9 questions that education, social care and health services commissioned for children and young people with SEND answer about themselves.',
    altLabels: ['SE7 service questions', 'service specific questions'],
    source: SE7.service,
    links: { RELATED: ['law:send-regs-2014-sch2'] },
  },
  {
    id: 'qset:se7-area-wide',
    label: 'SE7 area-wide offer: what the council expects of education providers',
    description:
      'The 16 headings an area-wide offer covers as a minimum: what the council expects every nursery, school and college to do for pupils with SEN from their own budgets.',
    altLabels: ['area wide offer', 'area-wide offer', 'ordinarily available provision', 'local area minimum offer'],
    source: SE7.areaWide,
    links: { RELATED: ['commissioner:element-2-notional-sen-budget', 'law:send-regs-2014-sch2'] },
  },
  {
    id: 'qset:manchester',
    label: 'Manchester school offer headings',
    description: 'The 10 topic headings, each with sample questions, that Manchester suggested schools use for their school offer.',
    altLabels: ['Manchester headings', 'Manchester questions'],
    source: STOCKPORT.manchester,
  },
  {
    id: 'qset:stockport',
    label: 'Stockport school offer questions',
    description: 'The 19 questions a Stockport primary school used for its school offer, shared as an example for other schools.',
    altLabels: ['Stockport questions', 'Stockport school offer'],
    source: STOCKPORT.stockport,
  },
  {
    id: 'qset:outpost',
    label: 'Outpost local offer questions',
    description: 'The 7 local offer questions that services and activities answer in the Outpost directory used by several councils.',
    altLabels: ['Outpost questions', 'Outpost local offer'],
    source: OUTPOST,
  },
]);
