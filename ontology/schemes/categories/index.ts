import type { SchemeEntries } from '../define.ts';
import { adulthoodTravelMoneyCategories } from './adulthood-travel-money.ts';
import { educationAndCareCategories } from './education-and-care.ts';
import { healthCategories } from './health.ts';
import { informationAndChildcareCategories } from './information-and-childcare.ts';
import { topLevelCategories } from './top-level.ts';

/** Every provision category: the top level first, then the kinds within each. */
export const categorySchemes: SchemeEntries[] = [
  topLevelCategories,
  healthCategories,
  educationAndCareCategories,
  informationAndChildcareCategories,
  adulthoodTravelMoneyCategories,
];
