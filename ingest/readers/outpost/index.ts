export { readOutpost } from './read-outpost.ts';
export { agesFromBands, mapOutpostService } from './map-service.ts';
