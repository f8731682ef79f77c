import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.ts';

interface Body { found: boolean; nodes: { id: string; kind: string; name: string }[]; steps: { from: string; to: string; type: string; sentence: string }[]; explanation: string[] }

let app: FastifyInstance;
let offerId: string;

beforeAll(async () => {
  app = await buildTestApp();
  const found = await app.graph.driver.executeQuery(
    `MATCH (o:Offer)-[:FOR_NEED]->(:Concept {id: 'need:autism'}) WHERE NOT coalesce(o.retired, false) RETURN o.id AS id ORDER BY o.id LIMIT 1`,
    {}, { database: 'neo4j' });
  offerId = found.records[0]!.get('id') as string;
});
afterAll(async () => {
  await app.close();
});

const path = (from: string, to: string) => app.inject({ method: 'GET', url: `/api/path?${new URLSearchParams({ from, to })}` });

describe('GET /api/path', () => {
  it('says how two things connect, step by step, in plain English', async () => {
    const response = await path('need:autism', offerId);
    expect(response.statusCode).toBe(200);
    const body = response.json() as Body;
    expect(body.found).toBe(true);
    expect(body.nodes[0]!.id).toBe('need:autism');
    expect(body.nodes.at(-1)!.id).toBe(offerId);
    expect(body.steps).toHaveLength(body.nodes.length - 1);
    expect(body.explanation.every((s) => /^[A-Z].*\.$/.test(s))).toBe(true);
  });

  it('connects two concepts through the ontology or the provision', async () => {
    const body = (await path('need:autism', 'law:cfa-2014-s36')).json() as Body;
    expect(body.found).toBe(true);
    expect(body.steps.length).toBeGreaterThan(0);
    expect(body.steps.length).toBeLessThanOrEqual(6);
  });

  it('connects a node to itself in no steps', async () => {
    const body = (await path('need:autism', 'need:autism')).json() as Body;
    expect(body).toMatchObject({ found: true, steps: [] });
  });

  it('answers 404 for an unknown end and 400 for missing or malformed ones', async () => {
    expect((await path('need:autism', 'need:nothing-here')).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/path?from=need:autism' })).statusCode).toBe(400);
    expect((await path('need:autism', 'not an id')).statusCode).toBe(400);
  });
});
