import { accessRoutes } from './access-routes.ts';
import { ageBands } from './age-bands.ts';
import { categorySchemes } from './categories/index.ts';
import { commissioners } from './commissioners.ts';
import type { SchemeEntries } from './define.ts';
import { legislationSchemes } from './legislation/index.ts';
import { needSchemes } from './needs/index.ts';
import { pathwaySchemes } from './pathways/index.ts';
import { pfaOutcomes } from './pfa-outcomes.ts';
import { processSchemes } from './processes/index.ts';
import { questionSchemes } from './questions/index.ts';
import { settingSchemes } from './settings/index.ts';
import { transitionPoints } from './transition-points.ts';

/** All the data files, unvalidated; ontology/index.ts validates them once at load. */
export const allSchemeEntries: SchemeEntries[] = [
  ...needSchemes,
  ageBands,
  transitionPoints,
  ...settingSchemes,
  ...pathwaySchemes,
  ...categorySchemes,
  accessRoutes,
  ...processSchemes,
  ...legislationSchemes,
  commissioners,
  pfaOutcomes,
  ...questionSchemes,
];
