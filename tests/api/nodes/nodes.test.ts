import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.ts';

interface Element { data: Record<string, unknown> & { id: string } }
interface Neighbourhood { nodes: Element[]; edges: (Element & { data: { source: string; target: string; type: string; label: string } })[]; truncated: boolean }

let app: FastifyInstance;
let offerId: string;

beforeAll(async () => {
  app = await buildTestApp();
  const found = await app.graph.driver.executeQuery(
    `MATCH (o:Offer) WHERE NOT coalesce(o.retired, false) AND EXISTS { (o)-[:UNDER_LAW]->() } AND EXISTS { (o)-[:HAS_ANSWER]->() }
     RETURN o.id AS id ORDER BY o.id LIMIT 1`, {}, { database: 'neo4j' });
  offerId = found.records[0]!.get('id') as string;
});
afterAll(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('GET /api/nodes/:id', () => {
  it('tells everything about an offer: framework answers, the law in plain English, how to get in, contacts', async () => {
    const response = await get(`/api/nodes/${encodeURIComponent(offerId)}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { kind: string; offer: Record<string, unknown> & { framework: unknown[]; legislation: { name: string; description: string | null }[]; access: Record<string, unknown> }; concept: null };
    expect(['service', 'setting']).toContain(body.kind);
    expect(body.concept).toBeNull();
    expect(body.offer.framework.length).toBeGreaterThan(0);
    expect(body.offer.legislation.length).toBeGreaterThan(0);
    expect(body.offer.legislation[0]!.description).toBeTruthy();
    expect(Object.keys(body.offer.access).sort()).toEqual(['eligibility', 'referral', 'routeText', 'routes']);
    for (const key of ['cost', 'waitingTime', 'locations', 'contacts', 'commissioners', 'lastReviewed', 'needs', 'organisation']) {
      expect(body.offer).toHaveProperty(key);
    }
  });

  it('tells a concept its description, relations and provision', async () => {
    const response = await get('/api/nodes/need:autism');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { name: string; description: string; concept: { relations: { type: string; direction: string; label: string }[]; altLabels: string[] }; offers: { count: number; sample: unknown[] } };
    expect(body.name).toBe('Autism');
    expect(body.description.length).toBeGreaterThan(20);
    expect(body.concept.altLabels).toContain('ASD');
    expect(body.concept.relations.some((r) => r.type === 'BROADER' && r.direction === 'out')).toBe(true);
    expect(body.concept.relations.every((r) => r.label.length > 0)).toBe(true);
    expect(body.offers.count).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await get('/api/nodes/need:no-such-thing')).statusCode).toBe(404);
    expect((await get(`/api/nodes/${encodeURIComponent('bad id with spaces')}`)).statusCode).toBe(400);
    expect([400, 414]).toContain((await get(`/api/nodes/${'x'.repeat(300)}`)).statusCode);
  });
});

describe('GET /api/nodes/:id/neighbourhood', () => {
  it('returns cytoscape elements: the node, its neighbours and the edges between them', async () => {
    const response = await get('/api/nodes/need:autism/neighbourhood?limit=25');
    expect(response.statusCode).toBe(200);
    const body = response.json() as Neighbourhood;
    expect(body.nodes.length).toBeGreaterThan(1);
    expect(body.nodes.length).toBeLessThanOrEqual(25);
    expect(body.nodes.filter((n) => n.data.root)).toHaveLength(1);
    const ids = new Set(body.nodes.map((n) => n.data.id));
    for (const edge of body.edges) {
      expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
      expect(edge.data.label.length).toBeGreaterThan(0);
    }
    for (const node of body.nodes) expect(Object.keys(node.data)).toEqual(expect.arrayContaining(['id', 'label', 'kind']));
  });

  it('goes deeper on request and keeps to the kinds asked for', async () => {
    const one = (await get('/api/nodes/need:autism/neighbourhood?depth=1&limit=60')).json() as Neighbourhood;
    const two = (await get('/api/nodes/need:autism/neighbourhood?depth=2&limit=60')).json() as Neighbourhood;
    expect(Math.max(...two.nodes.map((n) => n.data.depth as number))).toBe(2);
    expect(Math.max(...one.nodes.map((n) => n.data.depth as number))).toBe(1);
    const needs = (await get('/api/nodes/need:autism/neighbourhood?kinds=need,carePathway')).json() as Neighbourhood;
    expect(needs.nodes.filter((n) => !n.data.root).every((n) => n.data.kind === 'need' || n.data.kind === 'carePathway')).toBe(true);
  });

  it('answers 400 for bad parameters and 404 for an unknown node', async () => {
    expect((await get('/api/nodes/need:autism/neighbourhood?depth=4')).statusCode).toBe(400);
    expect((await get('/api/nodes/need:autism/neighbourhood?limit=0')).statusCode).toBe(400);
    expect((await get('/api/nodes/need:autism/neighbourhood?kinds=spaceship')).statusCode).toBe(400);
    expect((await get('/api/nodes/need:nothing/neighbourhood')).statusCode).toBe(404);
  });
});
