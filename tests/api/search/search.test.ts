import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.ts';

interface Hit { id: string; kind: string; name: string; minAge: number | null; maxAge: number | null; costType: string | null; areas: string[]; authorityId: string | null }
interface Facet { value: string; label: string; count: number }
interface Body { total: number; limit: number; offset: number; results: Hit[]; facets: Record<string, Facet[]>; concepts: { id: string }[] }

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const search = (query: Record<string, string>) => app.inject({ method: 'GET', url: `/api/search?${new URLSearchParams(query)}` });

describe('GET /api/search', () => {
  it('finds offers by their words and counts facets over every match', async () => {
    const response = await search({ q: 'speech and language therapy' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as Body;
    expect(body.total).toBeGreaterThan(3);
    expect(body.results.length).toBeLessThanOrEqual(20);
    expect(body.results[0]!.name).toMatch(/speech|language/i);
    expect(body.results.every((r) => r.kind === 'service' || r.kind === 'setting')).toBe(true);
    expect(Object.keys(body.facets).sort()).toEqual(['accessRoute', 'area', 'category', 'cost', 'delivery', 'kind', 'need']);
    const kinds = body.facets.kind!.reduce((sum, f) => sum + f.count, 0);
    expect(kinds).toBe(body.total);
  });

  it('finds synonyms through the ontology ("respite" finds short breaks)', async () => {
    const body = (await search({ q: 'respite' })).json() as Body;
    expect(body.concepts.map((c) => c.id)).toContain('category:short-breaks');
    expect(body.results.some((r) => /short break/i.test(r.name))).toBe(true);
  });

  it('treats age as a hard filter', async () => {
    const body = (await search({ q: 'support', age: '3', limit: '100' })).json() as Body;
    expect(body.results.length).toBeGreaterThan(0);
    for (const hit of body.results) {
      expect(hit.minAge === null || hit.minAge <= 3).toBe(true);
      expect(hit.maxAge === null || hit.maxAge >= 3).toBe(true);
    }
  });

  it('applies each filter from the whitelist', async () => {
    const all = (await search({ q: 'support', limit: '100' })).json() as Body;
    const free = (await search({ q: 'support', cost: 'free', limit: '100' })).json() as Body;
    expect(free.total).toBeLessThanOrEqual(all.total);
    expect(free.results.every((r) => r.costType === 'free')).toBe(true);
    const settings = (await search({ q: 'support', kind: 'setting', limit: '100' })).json() as Body;
    expect(settings.results.every((r) => r.kind === 'setting')).toBe(true);
    const autism = (await search({ q: 'support', need: 'need:autism' })).json() as Body;
    expect(autism.total).toBeGreaterThan(0);
    expect(autism.total).toBeLessThan(all.total);
    const area = (await search({ q: 'support', area: 'eastcliff', limit: '100' })).json() as Body;
    expect(area.results.every((r) => r.authorityId === 'port-selwyn')).toBe(true);
    const category = (await search({ q: 'support', category: 'category:health' })).json() as Body;
    expect(category.total).toBeGreaterThan(0);
    const route = (await search({ q: 'support', accessRoute: 'route:open-access' })).json() as Body;
    expect(route.total).toBeGreaterThan(0);
    const phone = (await search({ q: 'support', delivery: 'telephone' })).json() as Body;
    expect(phone.total).toBeLessThan(all.total);
  });

  it('pages through the matches', async () => {
    const first = (await search({ q: 'school', limit: '5' })).json() as Body;
    const second = (await search({ q: 'school', limit: '5', offset: '5' })).json() as Body;
    expect(second.offset).toBe(5);
    expect(second.results.map((r) => r.id)).not.toContain(first.results[0]!.id);
  });

  it('never shows retired offers', async () => {
    const body = (await search({ q: 'autism', limit: '100' })).json() as Body;
    const ids = body.results.map((r) => r.id);
    const retired = await app.graph.driver.executeQuery('MATCH (o:Offer) WHERE o.retired = true RETURN o.id AS id', {}, { database: 'neo4j' });
    for (const record of retired.records) expect(ids).not.toContain(record.get('id'));
  });

  it('is safe with Lucene syntax in the words', async () => {
    for (const q of ['autism AND sleep', 'c++ (help)', 'title:autism', '"unclosed', 'sleep~2 OR NOT x*', 'a\\b/c', '[1 TO 5]']) {
      const response = await search({ q });
      expect(response.statusCode, q).toBe(200);
    }
  });

  it.each([
    ['an empty query', { q: '' }],
    ['a query of spaces', { q: '   ' }],
    ['only Lucene syntax', { q: '&& || ! ( ) : ^ ~ *' }],
    ['a 10 kB query', { q: 'x'.repeat(10_000) }],
    ['an unknown cost', { q: 'autism', cost: 'cheap' }],
    ['an unknown kind', { q: 'autism', kind: 'club' }],
    ['a malformed need', { q: 'autism', need: "' OR 1=1" }],
    ['a negative offset', { q: 'autism', offset: '-5' }],
    ['an age that is not a number', { q: 'autism', age: 'ten' }],
  ])('answers 400 with a clear message for %s', async (_name, query) => {
    const response = await search(query as Record<string, string>);
    expect(response.statusCode).toBe(400);
    expect((response.json() as { message: string }).message.length).toBeGreaterThan(10);
  });
});
