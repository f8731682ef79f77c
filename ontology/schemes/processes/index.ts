import type { SchemeEntries } from '../define.ts';
import { disagreementProcesses } from './disagreements.ts';
import { ehcPlanProcesses } from './ehc-plans.ts';
import { schoolAndFamilyProcesses } from './school-and-family.ts';
import { socialCareProcesses } from './social-care-and-adulthood.ts';

/** Every process and right. */
export const processSchemes: SchemeEntries[] = [
  schoolAndFamilyProcesses,
  ehcPlanProcesses,
  socialCareProcesses,
  disagreementProcesses,
];
