import type { SchemeEntries } from '../define.ts';
import { careAndHealthLaw } from './care-and-health-law.ts';
import { cfa2014 } from './cfa-2014.ts';
import { equalityAndEducationLaw } from './equality-and-education.ts';
import { sendRegulationsAndCode } from './send-regulations-and-code.ts';

/** Every Act, section, regulation and piece of statutory guidance. */
export const legislationSchemes: SchemeEntries[] = [cfa2014, sendRegulationsAndCode, equalityAndEducationLaw, careAndHealthLaw];
