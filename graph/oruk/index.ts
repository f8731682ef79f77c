import type { GraphContext } from '../seam/index.ts';
import type { OrukOfferFilter } from './filters.ts';
import { readFullOffers } from './read-full-offers.ts';
import { readLiveOfferIds } from './read-live-offer-ids.ts';
import { readOfferPage } from './read-offer-page.ts';

export type { OrukOfferFilter } from './filters.ts';
export type { OfferPage } from './read-offer-page.ts';
export type * from './records.ts';

/** What the Open Referral UK feed reads from the graph: live offers with their links, never retired ones. */
export function createOrukRepository(ctx: GraphContext) {
  return {
    page: (filter: OrukOfferFilter, page: number, perPage: number) => readOfferPage(ctx, filter, page, perPage),
    full: (ids: string[]) => readFullOffers(ctx, ids),
    liveIds: () => readLiveOfferIds(ctx),
  };
}

export type OrukRepository = ReturnType<typeof createOrukRepository>;
