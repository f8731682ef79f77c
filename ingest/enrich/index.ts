export { enrichOffer, type EnrichContext, type EnrichResult } from './enrich-offer.ts';
export { findAgeMentions, type AgeMention } from './ages.ts';
export { ageBandsFor } from './age-links.ts';
export { findCost, type CostFinding } from './cost.ts';
export { findRoutePhrases, findWeakOpenAccess, routesFromField } from './access-routes.ts';
export { findLegislation } from './legislation.ts';
export { matchQuestions } from './questions.ts';
export { resolveAreas, type AreaRef } from './areas.ts';
export { isSupportOrganisation } from './organisation.ts';
