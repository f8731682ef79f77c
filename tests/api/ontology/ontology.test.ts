import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allConcepts } from '../../../ontology/index.ts';
import { buildTestApp } from '../../helpers/app.ts';

describe('GET /api/ontology', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  it('serves the whole vocabulary as SKOS JSON-LD', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/ontology' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const document = JSON.parse(response.body) as { '@context': Record<string, unknown>; '@graph': Record<string, unknown>[] };
    expect(document['@context'].skos).toBe('http://www.w3.org/2004/02/skos/core#');
    const concepts = document['@graph'].filter((n) => n['@type'] === 'skos:Concept');
    expect(concepts.map((n) => n.identifier).sort()).toEqual(allConcepts.map((c) => c.id).sort());
  });
});
