import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrukRepository, type OrukOfferFilter, type OrukRepository } from '../../../graph/oruk/index.ts';
import type { GraphContext } from '../../../graph/seam/index.ts';
import { testGraph } from '../../helpers/graph.ts';
import { cleanOrukFixture, orukFixture, seedOrukFixture } from './oruk-fixture.ts';

describe('graph/oruk: what the Open Referral feed reads, on the real Neo4j', () => {
  const fixture = orukFixture('graph');
  let ctx: GraphContext;
  let repo: OrukRepository;
  const names = async (filter: OrukOfferFilter) =>
    (await repo.page({ authorityId: fixture.authorityId, ...filter }, 1, 50)).offers.map((o) => o.name);

  beforeAll(async () => {
    ctx = testGraph();
    repo = createOrukRepository(ctx);
    await seedOrukFixture(ctx, fixture);
  });
  afterAll(async () => {
    await cleanOrukFixture(ctx, fixture);
    await ctx.driver.close();
  });

  it('lists live offers by name, never a retired one, with the count of all that match', async () => {
    const page = await repo.page({ authorityId: fixture.authorityId }, 1, 50);
    expect(page.total).toBe(3);
    expect(page.offers.map((o) => o.name)).toEqual(['Zebra Advice Line', 'Zebra Sensory Club', 'Zebra Swimming for Teenagers']);
    expect((await repo.liveIds())).not.toContain(fixture.ids.gone);
    expect(await repo.full([fixture.ids.gone])).toEqual([]);
  });

  it('pages without overlap: page 2 of 2-per-page holds the third offer only; past the end is empty', async () => {
    const first = await repo.page({ authorityId: fixture.authorityId }, 1, 2);
    const second = await repo.page({ authorityId: fixture.authorityId }, 2, 2);
    const beyond = await repo.page({ authorityId: fixture.authorityId }, 3, 2);
    expect(first.offers.map((o) => o.name)).toEqual(['Zebra Advice Line', 'Zebra Sensory Club']);
    expect(second).toEqual({ total: 3, offers: [expect.objectContaining({ name: 'Zebra Swimming for Teenagers' })] });
    expect(beyond).toEqual({ total: 3, offers: [] });
  });

  it('finds every word in the name or the published description (the summary when there is no description)', async () => {
    expect(await names({ words: ['zebra', 'autistic'] })).toEqual(['Zebra Sensory Club']);
    expect(await names({ words: ['telephone'] })).toEqual(['Zebra Advice Line']);
    expect(await names({ words: ['zebra', 'nowhere'] })).toEqual([]);
    const [line] = (await repo.page({ authorityId: fixture.authorityId, words: ['telephone'] }, 1, 1)).offers;
    expect(line?.description).toBe('Telephone advice for parents of zebras.');
  });

  it('filters by age: only offers that state an age, and whose range reaches the age asked for', async () => {
    expect(await names({ minimumAge: 12 })).toEqual(['Zebra Swimming for Teenagers']);
    expect(await names({ maximumAge: 5 })).toEqual(['Zebra Sensory Club']);
    expect(await names({ minimumAge: 10, maximumAge: 12 })).toEqual(['Zebra Sensory Club', 'Zebra Swimming for Teenagers']);
    expect(await names({ minimumAge: 19 })).toEqual([]);
  });

  it('filters by a linked concept, by a scheme, and by when the offer was written', async () => {
    expect(await names({ conceptId: 'need:autism' })).toEqual(['Zebra Sensory Club']);
    expect(await names({ conceptId: 'need:adhd' })).toEqual(['Zebra Swimming for Teenagers']);
    expect(await names({ scheme: 'accessRoute' })).toEqual(['Zebra Sensory Club', 'Zebra Swimming for Teenagers']);
    expect(await names({ modifiedAfter: '2000-01-01T00:00:00.000Z' })).toHaveLength(3);
    expect(await names({ modifiedAfter: '2999-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('reads an offer in full: provider, authority, places and every link with how it was found', async () => {
    const [club] = await repo.full([fixture.ids.club]);
    expect(club).toMatchObject({
      id: fixture.ids.club, name: 'Zebra Sensory Club', minAge: 5, maxAge: 11, costType: 'paid', costText: '£4 a session',
      organisation: { name: 'Zebra Trust', url: 'https://zebra.example' },
      authority: { id: fixture.authorityId },
      locations: [{ name: 'Zebra Hall', address: '1 Stripe Street, Ashcombe', postcode: 'BK1 1ZZ', lat: 54.05, lon: -2.55, accessibility: ['Step-free entrance'] }],
      delivery: ['in person'], languages: ['Polish'],
    });
    expect(club?.links).toEqual([
      { type: 'ACCESS_ROUTE', conceptId: 'route:open-access', explicit: false, evidence: 'Families can book directly.' },
      { type: 'FOR_AGE', conceptId: 'age:5-11', explicit: true, evidence: 'ages: 5 to 11' },
      { type: 'FOR_NEED', conceptId: 'need:autism', explicit: true, evidence: 'needs: autism' },
      { type: 'IN_CATEGORY', conceptId: 'category:short-breaks', explicit: true, evidence: 'category: Short breaks' },
    ]);
  });
});
