export { readOrukV3, type OrukV3ReadOptions } from './read-oruk-v3.ts';
export { mapOrukV3Service, type TaxonomyIndex } from './map-service.ts';
export { validateService, withoutNulls, type SchemaProblem } from './validate.ts';
export { apiBase, fetchServices, type ApiOptions } from './api.ts';
