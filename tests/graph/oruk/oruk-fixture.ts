import { Offer, type ConceptLink, type OfferInput } from '../../../ontology/offer.ts';
import { createOfferRepository, offerId, type LoadableOffer } from '../../../graph/offers/index.ts';
import { writeQuery, type GraphContext } from '../../../graph/seam/index.ts';
import { loadBatch } from '../../../ingest/load/load-batch.ts';

/**
 * Offers of a made-up authority for the ORUK feed tests, loaded with the project's own loader under a source and
 * authority of their own (the test database also holds the demo data, which is never touched), and removed after.
 */
export interface OrukFixture {
  source: string;
  authorityId: string;
  /** Every offer's graph id, by its short name. */
  ids: Record<'club' | 'swim' | 'line' | 'gone', string>;
}

export function orukFixture(tag: string): OrukFixture {
  const run = `${tag}-${Date.now().toString(36)}`;
  const source = `oruk-test-${run}/fixture`;
  const ids = { club: offerId(source, 'club'), swim: offerId(source, 'swim'), line: offerId(source, 'line'), gone: offerId(source, 'gone') };
  return { source, authorityId: `oruk-test-${run}`, ids };
}

const link = (type: ConceptLink['type'], conceptId: string, explicit: boolean, evidence: string): ConceptLink => ({ type, conceptId, explicit, evidence });

function loadable(fixture: OrukFixture, sourceId: string, input: Partial<OfferInput>, links: ConceptLink[]): LoadableOffer {
  const offer = Offer.parse({ source: fixture.source, sourceId, authorityId: fixture.authorityId, kind: 'service', name: sourceId, ...input });
  return { offer, links, areaIds: [], searchText: '' };
}

/** Loads four offers with the project's loader, then retires one of them (it vanished from its source). */
export async function seedOrukFixture(ctx: GraphContext, fixture: OrukFixture): Promise<void> {
  const repo = createOfferRepository(ctx);
  const now = new Date().toISOString();
  await loadBatch(repo, [
    loadable(fixture, 'club', {
      name: 'Zebra Sensory Club', description: 'A Saturday club for autistic children, with a quiet room.', minAge: 5, maxAge: 11,
      website: 'https://zebra.example/club', email: 'club@zebra.example', organisation: { name: 'Zebra Trust', url: 'https://zebra.example' },
      locations: [{ id: 'hall', name: 'Zebra Hall', address: '1 Stripe Street, Ashcombe', postcode: 'BK1 1ZZ', lat: 54.05, lon: -2.55, accessibility: ['Step-free entrance'] }],
      cost: { type: 'paid', detail: '£4 a session' }, openingTimes: 'Saturdays 10am to 12pm', delivery: ['in person'],
      contacts: [{ name: 'Sam Stripe', role: 'Club leader', phone: '01632 960999' }], languages: ['Polish'],
      referral: 'Families can book directly.', lastReviewed: '2026-03-01',
    }, [
      link('FOR_NEED', 'need:autism', true, 'needs: autism'),
      link('ACCESS_ROUTE', 'route:open-access', false, 'Families can book directly.'),
      link('FOR_AGE', 'age:5-11', true, 'ages: 5 to 11'),
      link('IN_CATEGORY', 'category:short-breaks', true, 'category: Short breaks'),
    ]),
    loadable(fixture, 'swim', { name: 'Zebra Swimming for Teenagers', description: 'Swimming lessons.', minAge: 12, maxAge: 18 }, [
      link('FOR_NEED', 'need:adhd', false, '…for teenagers with ADHD…'),
      link('ACCESS_ROUTE', 'route:targeted', true, 'access route: targeted'),
    ]),
    loadable(fixture, 'line', { name: 'Zebra Advice Line', summary: 'Telephone advice for parents of zebras.', cost: { type: 'free' } }, []),
    loadable(fixture, 'gone', { name: 'Zebra Closed Service', description: 'No longer running.', minAge: 5, maxAge: 11 }, [
      link('FOR_NEED', 'need:autism', true, 'needs: autism'),
    ]),
  ], now);
  await repo.retireMissing(fixture.source, [fixture.ids.club, fixture.ids.swim, fixture.ids.line], now);
}

/** Removes everything the fixture made. */
export async function cleanOrukFixture(ctx: GraphContext, fixture: OrukFixture): Promise<void> {
  // Organisations and locations are keyed by the fixture's own authority and source, so they are its alone.
  await writeQuery(ctx, `
    MATCH (o:Offer {source: $source})
    OPTIONAL MATCH (o)-[:PROVIDED_BY|AT_LOCATION]->(x)
    WITH collect(DISTINCT o) AS offers, collect(DISTINCT x) AS others
    FOREACH (n IN offers | DETACH DELETE n)
    FOREACH (n IN others | DETACH DELETE n)`, { source: fixture.source });
  await writeQuery(ctx, 'MATCH (a:Authority {id: $id}) WHERE NOT EXISTS { (a)<-[:PART_OF]-() } DETACH DELETE a', { id: fixture.authorityId });
}
