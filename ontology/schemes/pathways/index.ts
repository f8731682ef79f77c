import type { SchemeEntries } from '../define.ts';
import { adultPathways } from './adults.ts';
import { childPathways } from './children.ts';

/** Every care pathway, children's first. */
export const pathwaySchemes: SchemeEntries[] = [childPathways, adultPathways];
