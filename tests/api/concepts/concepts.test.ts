import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conceptsByScheme } from '../../../ontology/index.ts';
import { buildTestApp } from '../../helpers/app.ts';

interface SearchBody {
  query: string | null;
  results: { id: string; scheme: string; label: string; matchedLabel?: string; matchType?: string }[];
}

describe('GET /api/concepts', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  const search = async (query: string) => {
    const response = await app.inject({ method: 'GET', url: `/api/concepts?${query}` });
    return { status: response.statusCode, body: response.json() as SearchBody };
  };

  it('finds a concept by a parent\'s word, a synonym or a misspelling', async () => {
    expect((await search('q=respite')).body.results[0]).toMatchObject({ id: 'category:short-breaks', matchedLabel: 'respite', matchType: 'exact' });
    expect((await search('q=statement')).body.results[0]?.id).toBe('process:ehc-plan');
    expect((await search('q=autisum')).body.results[0]?.id).toBe('need:autism');
    expect((await search('q=dispraxia')).body.results[0]?.id).toBe('need:dyspraxia');
  });

  it('never mixes up asd, add and adhd', async () => {
    expect((await search('q=asd')).body.results.map((r) => r.id)).not.toContain('need:adhd');
    expect((await search('q=adhd')).body.results.map((r) => r.id)).not.toContain('need:autism');
  });

  it('filters by scheme and limits the results', async () => {
    const { body } = await search('q=act&scheme=legislation&limit=3');
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results.every((r) => r.scheme === 'legislation')).toBe(true);
  });

  it('lists a whole scheme when there is no query', async () => {
    const { status, body } = await search('scheme=accessRoute');
    expect(status).toBe(200);
    expect(body).toEqual({
      query: null,
      results: conceptsByScheme('accessRoute').map((c) => ({ id: c.id, scheme: c.scheme, label: c.label, description: c.description })),
    });
  });

  it('answers 400 with a message for an empty, too long or wrongly typed query', async () => {
    for (const query of ['q=', 'q=%20%20', `q=${'a'.repeat(201)}`, 'q=x&scheme=planet', 'q=x&limit=0']) {
      const { status, body } = await search(query);
      expect(status, query).toBe(400);
      expect(body).toMatchObject({ error: 'bad_request', message: expect.stringContaining('not valid') });
    }
  });
});

describe('GET /api/concepts/:id', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  it('returns the concept with its relations in both directions, in plain English', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/concepts/pathway:neurodevelopmental' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.concept).toMatchObject({ id: 'pathway:neurodevelopmental', scheme: 'carePathway', lifeStage: 'child' });
    expect(body.concept.hiddenLabels).toBeUndefined();
    expect(body.links).toContainEqual({
      type: 'HAS_PATHWAY', direction: 'in', wording: 'is the care pathway for',
      concept: { id: 'need:autism', scheme: 'need', label: 'Autism' },
    });
    expect(body.links).toContainEqual(expect.objectContaining({ type: 'LEADS_TO', direction: 'out', concept: expect.objectContaining({ id: 'pathway:adult-autism-adhd' }) }));
    expect(Number.isInteger(body.offers)).toBe(true);
  });

  it('shows narrower concepts as NARROWER', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/concepts/need:specific-learning-difficulty' })).json();
    expect(body.links).toContainEqual(expect.objectContaining({ type: 'NARROWER', wording: 'includes', concept: expect.objectContaining({ id: 'need:dyslexia' }) }));
  });

  it('answers 404 for an unknown concept and 400 for something that is not an id', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/concepts/need:no-such-need' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'not_found', message: 'There is no concept with the id need:no-such-need.' });
    const bad = await app.inject({ method: 'GET', url: '/api/concepts/DROP%20TABLE' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('bad_request');
  });
});
