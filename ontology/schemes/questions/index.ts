import type { SchemeEntries } from '../define.ts';
import { manchesterAndStockportQuestions } from './manchester-and-stockport.ts';
import { outpostQuestions } from './outpost.ts';
import { questionSets } from './question-sets.ts';
import { se7AreaWideHeadings } from './se7-area-wide.ts';
import { se7ParentQuestions } from './se7-parent.ts';
import { se7ServiceQuestions } from './se7-service.ts';
import { se7YoungPersonQuestions } from './se7-young-person.ts';

/** The question sets and every framework question in them. */
export const questionSchemes: SchemeEntries[] = [
  questionSets,
  se7ParentQuestions,
  se7YoungPersonQuestions,
  se7ServiceQuestions,
  se7AreaWideHeadings,
  manchesterAndStockportQuestions,
  outpostQuestions,
];
