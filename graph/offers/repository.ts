import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from '../seam/index.ts';
import { readAuthority, upsertAuthority, type AuthorityInput } from './authorities.ts';
import { bumpGraphVersion, readGraphVersion } from './graph-version.ts';
import type { OfferRow } from './offer-row.ts';
import { readOfferState } from './read-state.ts';
import { retireMissingOffers } from './retire-offers.ts';
import { upsertOffers } from './upsert-offers.ts';
import { countOffers } from './count-offers.ts';

/** The offer repository over one GraphContext: everything ingest writes, nothing it does not need. */
export function createOfferRepository(ctx: GraphContext) {
  return {
    context: ctx,
    readState: (ids: string[], tx?: ManagedTransaction) => readOfferState(ctx, ids, tx),
    upsert: (rows: OfferRow[], now: string, existing: ReadonlySet<string>, tx?: ManagedTransaction) => upsertOffers(ctx, rows, now, existing, tx),
    retireMissing: (source: string, keep: string[], now: string) => retireMissingOffers(ctx, source, keep, now),
    upsertAuthority: (authority: AuthorityInput, source: string, now: string, tx?: ManagedTransaction) => upsertAuthority(ctx, authority, source, now, tx),
    readAuthority: (authorityId: string) => readAuthority(ctx, authorityId),
    bumpVersion: () => bumpGraphVersion(ctx),
    readVersion: () => readGraphVersion(ctx),
    count: (filter?: { source?: string }) => countOffers(ctx, filter),
  };
}

export type OfferRepository = ReturnType<typeof createOfferRepository>;
