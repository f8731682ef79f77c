import type { SchemeEntries } from '../define.ts';
import { earlyYearsAndPost16Settings } from './early-years-and-post-16.ts';
import { schoolSettings } from './schools.ts';

/** Every setting type, from nursery to specialist college. */
export const settingSchemes: SchemeEntries[] = [earlyYearsAndPost16Settings, schoolSettings];
