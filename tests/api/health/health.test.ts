import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../helpers/app.ts';
import { freePort } from '../../helpers/free-port.ts';

describe('GET /api/health', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => { await app.close(); });

  it('answers 200 and names Neo4j 5.26 with node and relationship counts', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(body.neo4j.edition).toBe('community');
    expect(body.counts.nodes).toBeGreaterThan(0);
    expect(Number.isInteger(body.counts.relationships)).toBe(true);
  });

  it('answers 503 with a JSON reason when NEO4J_URI points at a closed port', async () => {
    const port = await freePort();
    const down = await buildTestApp({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
    try {
      const response = await down.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('database') });
    } finally {
      await down.close();
    }
  });

  it('answers unknown API paths with a JSON 404, not a page', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not_found', message: 'Nothing is at GET /api/no-such-thing' });
  });
});
