import type { SchemeId } from './concept.ts';

/** What each concept scheme is called, its id prefix and its node label in the graph (see graph/README.md). */
export interface SchemeInfo {
  /** Prefix of every concept id in the scheme, e.g. `need` in `need:autism`. */
  prefix: string;
  /** The second node label in Neo4j, next to `:Concept`. */
  graphLabel: string;
  /** Plain-English name of the scheme. */
  label: string;
  /** One sentence on what the scheme holds. */
  description: string;
}

export const SCHEMES: Record<SchemeId, SchemeInfo> = {
  need: {
    prefix: 'need',
    graphLabel: 'Need',
    label: 'Needs and conditions',
    description: 'Special educational needs, disabilities and health conditions, in the words families and professionals use.',
  },
  ageBand: {
    prefix: 'age',
    graphLabel: 'AgeBand',
    label: 'Age bands',
    description: 'Bands of ages from birth to 25, matching the stages of education.',
  },
  transitionPoint: {
    prefix: 'transition',
    graphLabel: 'TransitionPoint',
    label: 'Points of change',
    description: 'Moments when support changes, such as starting school or turning 18, with what happens and when.',
  },
  settingType: {
    prefix: 'setting',
    graphLabel: 'SettingType',
    label: 'Types of setting',
    description: 'Kinds of nursery, school, college and training provider.',
  },
  carePathway: {
    prefix: 'pathway',
    graphLabel: 'CarePathway',
    label: 'Care pathways',
    description: 'Health care pathways for children and the adult pathways they lead into.',
  },
  provisionCategory: {
    prefix: 'category',
    graphLabel: 'ProvisionCategory',
    label: 'Kinds of provision',
    description: 'The kinds of help a Local Offer lists, from education and health to short breaks, travel and money.',
  },
  accessRoute: {
    prefix: 'route',
    graphLabel: 'AccessRoute',
    label: 'Ways in',
    description: 'How a family gets access: open to all, targeted, after a specialist assessment, or with an EHC plan.',
  },
  process: {
    prefix: 'process',
    graphLabel: 'Process',
    label: 'Processes and rights',
    description: 'The assessments, plans, reviews and ways to challenge decisions that families go through.',
  },
  legislation: {
    prefix: 'law',
    graphLabel: 'Legislation',
    label: 'Law and statutory guidance',
    description: 'The Acts, sections, regulations and statutory guidance behind the Local Offer, with official links.',
  },
  commissioner: {
    prefix: 'commissioner',
    graphLabel: 'Commissioner',
    label: 'Who commissions and pays',
    description: 'The council teams, NHS bodies and schools that commission or pay for provision, and their funding.',
  },
  pfaOutcome: {
    prefix: 'pfa',
    graphLabel: 'PfaOutcome',
    label: 'Preparing for adulthood outcomes',
    description: 'The four outcomes that planning for adult life aims at, from Year 9 onwards.',
  },
  questionSet: {
    prefix: 'qset',
    graphLabel: 'QuestionSet',
    label: 'Question sets',
    description: 'Sets of questions that settings and services answer in their part of the Local Offer.',
  },
  frameworkQuestion: {
    prefix: 'question',
    graphLabel: 'FrameworkQuestion',
    label: 'Framework questions',
    description: 'Individual questions from the framework question sets; answers attach to them.',
  },
};

/** The scheme whose id prefix is `prefix`, if any. */
export function schemeForPrefix(prefix: string): SchemeId | undefined {
  const found = Object.entries(SCHEMES).find(([, info]) => info.prefix === prefix);
  return found?.[0] as SchemeId | undefined;
}
