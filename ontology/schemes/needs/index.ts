import type { SchemeEntries } from '../define.ts';
import { broadAreas } from './broad-areas.ts';
import { communicationNeeds } from './communication.ts';
import { emotionalNeeds } from './emotional.ts';
import { healthNeeds } from './health.ts';
import { learningNeeds } from './learning.ts';
import { sensoryPhysicalNeeds } from './sensory-physical.ts';

/** Every need, by the area of need it sits in. */
export const needSchemes: SchemeEntries[] = [
  broadAreas,
  communicationNeeds,
  emotionalNeeds,
  learningNeeds,
  sensoryPhysicalNeeds,
  healthNeeds,
];
