import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.ts';

interface Result { id: string; kind: string; kindLabel: string; name: string; summary: string; score: number; why: string[] }
interface Body {
  interpretation: { concepts: { id: string; kind: string; name: string; negated: boolean; how: string }[]; age: number | null; area: { id: string } | null; excluded: string[] };
  results: Result[];
}

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const discover = (query: Record<string, string>) => app.inject({ method: 'GET', url: `/api/discover?${new URLSearchParams(query)}` });

describe('GET /api/discover', () => {
  it('answers the contract: an interpretation and results of several kinds, each with a why', async () => {
    const response = await discover({ q: 'our 8 year old daughter has epilepsy', age: '8' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as Body;
    expect(body.interpretation.concepts.map((c) => c.id)).toContain('need:epilepsy');
    expect(body.interpretation.age).toBe(8);
    expect(body.results.length).toBeGreaterThan(5);
    expect(body.results.length).toBeLessThanOrEqual(20);
    expect(new Set(body.results.map((r) => r.kind)).size).toBeGreaterThan(2);
    for (const result of body.results) {
      expect(Object.keys(result).sort()).toEqual(['id', 'kind', 'kindLabel', 'name', 'score', 'summary', 'why']);
      expect(result.why.length).toBeGreaterThan(0);
      expect(result.why.every((step) => step.trim().length > 0)).toBe(true);
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThanOrEqual(1);
    }
  });

  it('explains a result one step from a concept in one sentence ending "which you mentioned"', async () => {
    const body = (await discover({ q: 'my son is autistic' })).json() as Body;
    expect(body.results.some((r) => r.why.length === 1 && /which you mentioned/.test(r.why[0]!))).toBe(true);
  });

  it('treats age as a hard filter: age 3 returns nothing whose age range excludes 3', async () => {
    for (const q of ['help for my child', 'autism support groups', 'college courses and jobs for young adults']) {
      const body = (await discover({ q, age: '3', limit: '100' })).json() as Body;
      for (const result of body.results.filter((r) => r.kind === 'service' || r.kind === 'setting')) {
        const node = (await app.inject({ method: 'GET', url: `/api/nodes/${encodeURIComponent(result.id)}` })).json() as { offer: { ages: { min: number | null; max: number | null } } };
        const { min, max } = node.offer.ages;
        expect(min === null || min <= 3, `${result.name} starts at ${min}`).toBe(true);
        expect(max === null || max >= 3, `${result.name} ends at ${max}`).toBe(true);
      }
    }
  });

  it('treats area as a hard filter', async () => {
    const body = (await discover({ q: 'speech and language therapy', area: 'harbourside', limit: '50' })).json() as Body;
    const offers = body.results.filter((r) => r.kind === 'service' || r.kind === 'setting');
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      const node = (await app.inject({ method: 'GET', url: `/api/nodes/${encodeURIComponent(offer.id)}` })).json() as { offer: { authority: { id: string } | null; areas: { id: string }[] } };
      const areas = node.offer.areas.map((a) => a.id);
      // Harbourside is in Port Selwyn: an offer serves it by naming it, or by naming no area of its own authority.
      expect(areas.includes('harbourside') || (areas.length === 0 && node.offer.authority?.id === 'port-selwyn'), offer.name).toBe(true);
    }
  });

  it('lets the person correct the interpretation with concepts= and exclude=', async () => {
    const body = (await discover({ q: 'my son is autistic', concepts: 'need:sleep', exclude: 'need:autism' })).json() as Body;
    const ids = body.interpretation.concepts.map((c) => c.id);
    expect(ids).toContain('need:sleep');
    expect(ids).not.toContain('need:autism');
    expect(body.interpretation.excluded).toEqual(['need:autism']);
    expect(body.results.map((r) => r.id)).not.toContain('need:autism');
  });

  it('understands with typos and Lucene syntax in the words', async () => {
    const response = await discover({ q: 'autisum AND (sleep) OR "respite" +help -no ~2 ^3 [a TO b] {x} title:foo \\ / && || !' });
    expect(response.statusCode).toBe(200);
    expect((response.json() as Body).interpretation.concepts.map((c) => c.id)).toContain('need:autism');
  });

  it.each([
    ['an empty question', { q: '' }],
    ['a missing question', {}],
    ['a question of spaces', { q: '     ' }],
    ['a question of tabs and newlines', { q: '\t\n  \r' }],
    ['only Lucene syntax', { q: '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /' }],
    ['a 10 kB question', { q: 'autism '.repeat(1500) }],
    ['501 characters', { q: 'a'.repeat(501) }],
    ['an age that is not a number', { q: 'autism', age: 'seven' }],
    ['a negative age', { q: 'autism', age: '-1' }],
    ['an age over 25', { q: 'autism', age: '40' }],
    ['a fractional age', { q: 'autism', age: '7.5' }],
    ['a limit of 0', { q: 'autism', limit: '0' }],
    ['a limit over 100', { q: 'autism', limit: '1000' }],
    ['a malformed area', { q: 'autism', area: 'DROP TABLE' }],
    ['a malformed concept id', { q: 'autism', concepts: 'autism' }],
  ])('answers 400 with a clear message for %s', async (_name, query) => {
    const response = await discover(query as Record<string, string>);
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: string; message: string };
    expect(body.error).toMatch(/bad_request|bad_input/);
    expect(body.message.length).toBeGreaterThan(10);
    expect(body.message).not.toMatch(/at \w+ \(|\.ts:\d+/);
  });

  it('answers 400, not 500, for a repeated q', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/discover?q=autism&q=sleep' });
    expect(response.statusCode).toBe(400);
  });

  it('returns no results (not an error) for words it cannot place', async () => {
    const response = await discover({ q: 'zzqxj' });
    expect(response.statusCode).toBe(200);
    expect((response.json() as Body).results).toEqual([]);
  });

  it('is described in the OpenAPI document, with the other discovery routes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys((response.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/discover', '/api/search', '/api/nodes/{id}', '/api/nodes/{id}/neighbourhood', '/api/path']));
  });
});
