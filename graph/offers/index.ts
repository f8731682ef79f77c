export { createOfferRepository, type OfferRepository } from './repository.ts';
export { toOfferRow, ROW_FORMAT_VERSION, type LoadableOffer, type OfferRow } from './offer-row.ts';
export { offerId, organisationId, locationId, answerId, slug } from './ids.ts';
export { onIngested, notifyIngested, type IngestedEvent, type IngestedListener } from './ingest-events.ts';
export { readGraphVersion, bumpGraphVersion } from './graph-version.ts';
export type { AuthorityInput } from './authorities.ts';
