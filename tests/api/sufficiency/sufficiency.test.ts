import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../helpers/app.ts';
import { createTestUser, deleteTestUsers, signIn } from '../../helpers/users.ts';

interface Review {
  id: string; questionSet: string; kind: string; questions: number; answered: number; unanswered: unknown[]; thin: unknown[]; stale: boolean;
  lastReviewed: string | null; shortfalls: { expectation: string; missing: string[]; answer: string | null }[];
}

describe('GET /api/sufficiency on the demo data', () => {
  let app: FastifyInstance;
  let reviewer: string;
  let reviews: Review[];

  beforeAll(async () => {
    app = await buildTestApp();
    reviewer = await signIn(app, await createTestUser(app.graph, 'reviewer'));
    const response = await app.inject({ url: '/api/sufficiency?authority=brackenshire', headers: { cookie: reviewer } });
    expect(response.statusCode).toBe(200);
    reviews = response.json().offers;
  });
  afterAll(async () => {
    await deleteTestUsers(app.graph);
    await app.close();
  });

  it('is for reviewers only: 401 without a session, 403 for a provider', async () => {
    expect((await app.inject({ url: '/api/sufficiency' })).statusCode).toBe(401);
    const provider = await signIn(app, await createTestUser(app.graph, 'provider'));
    expect((await app.inject({ url: '/api/sufficiency', headers: { cookie: provider } })).statusCode).toBe(403);
  });

  it('reviews settings against their framework questions, with a realistic spread of thorough, thin and stale entries', () => {
    const settings = reviews.filter((r) => r.kind === 'setting');
    expect(settings.length).toBeGreaterThanOrEqual(60);
    expect(settings.some((r) => r.questions > 0 && r.unanswered.length === 0)).toBe(true);
    expect(settings.some((r) => r.unanswered.length > 0)).toBe(true);
    expect(settings.some((r) => r.thin.length > 0)).toBe(true);
    expect(settings.some((r) => r.stale)).toBe(true);
  });

  it('counts answered questions as a direct Cypher count does', async () => {
    const sample = reviews.filter((r) => r.kind === 'setting' && r.answered > 0).slice(0, 5);
    expect(sample.length).toBeGreaterThan(0);
    for (const r of sample) {
      const result = await app.graph.driver.executeQuery(`
        MATCH (o:Offer {id: $id})-[:HAS_ANSWER]->(a:Answer)-[:ANSWERS]->(q)-[:IN_SET]->(:Concept {id: $set})
        WHERE trim(a.text) <> '' RETURN count(DISTINCT q) AS n`, { id: r.id, set: r.questionSet }, { database: 'neo4j' });
      expect(r.answered, r.id).toBe(result.records[0]?.get('n').toNumber());
    }
  });

  it('marks an entry stale when it was last reviewed over 12 months ago', () => {
    const today = Date.now();
    for (const r of reviews.filter((x) => x.lastReviewed)) {
      const days = (today - Date.parse(`${r.lastReviewed}T00:00:00Z`)) / 86_400_000;
      if (days > 366) expect(r.stale, r.id).toBe(true);
      if (days < 364) expect(r.stale, r.id).toBe(false);
    }
  });

  it('shows settings that fall short of the area-wide offer side by side with the expectation', () => {
    const short = reviews.filter((r) => r.kind === 'setting' && r.shortfalls.length > 0);
    expect(short.length).toBeGreaterThan(0);
    const example = short[0]?.shortfalls[0];
    expect(example?.expectation.length).toBeGreaterThan(20);
    expect(example?.missing.length).toBeGreaterThan(0);
  });

  it('exports proper CSV', async () => {
    const response = await app.inject({ url: '/api/sufficiency?authority=brackenshire&format=csv', headers: { cookie: reviewer } });
    expect(response.headers['content-type']).toContain('text/csv');
    const records = parse(response.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(reviews.length);
    expect(Object.keys(records[0] ?? {})).toContain('last reviewed');
  });
});
