export { readOrukV1 } from './read-oruk-v1.ts';
export { mapOrukV1Service } from './map-service.ts';
