import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { writeQuery } from '../../../graph/seam/index.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { createTestUser, deleteTestUsers, signIn } from '../../helpers/users.ts';

const AUTHORITY = `test-ingest-route-${Date.now()}`;
const CSV = [
  'id,name,kind,description,min_age,max_age,access_route,cost',
  'R-1,Test Sensory Play Sessions,service,"Drop-in sensory play for under 5s with additional needs.",0,5,open access,free',
  'R-2,Test Holiday Scheme,service,"Holiday scheme for disabled children aged 8 to 16.",8,16,targeted,subsidised',
  ',Row Without Id,service,This row has no id,1,2,,',
].join('\n');

describe('POST /api/ingest (admins only)', () => {
  let app: FastifyInstance;
  let admin: string;
  let reviewer: string;

  beforeAll(async () => {
    app = await buildTestApp();
    admin = await signIn(app, await createTestUser(app.graph, 'admin'));
    reviewer = await signIn(app, await createTestUser(app.graph, 'reviewer'));
  });
  afterAll(async () => {
    await writeQuery(app.graph, 'MATCH (o:Offer {authorityId: $a}) OPTIONAL MATCH (o)-[:HAS_ANSWER]->(x) DETACH DELETE o, x', { a: AUTHORITY });
    await writeQuery(app.graph, 'MATCH (a:Authority {id: $a}) DETACH DELETE a', { a: AUTHORITY });
    await deleteTestUsers(app.graph);
    await app.close();
  });

  const ingest = (payload: object, cookie?: string) =>
    app.inject({ method: 'POST', url: '/api/ingest', payload, headers: cookie ? { cookie } : {} });

  it('answers 401 without credentials and 403 for a reviewer', async () => {
    const body = { authorityId: AUTHORITY, format: 'csv', content: CSV };
    expect((await ingest(body)).statusCode).toBe(401);
    expect((await ingest(body, reviewer)).statusCode).toBe(403);
  });

  it('lands the good rows, reports the bad one with its line, and the offers are searchable at once', async () => {
    const response = await ingest({ authorityId: AUTHORITY, format: 'csv', content: CSV }, admin);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.counts).toMatchObject({ created: 2, rejected: 1 });
    expect(body.rejects[0]).toMatchObject({ line: 4, reason: expect.any(String) });
    expect(JSON.stringify(body)).not.toContain(tmpdir());
    const stored = await app.graph.driver.executeQuery('MATCH (o:Offer {authorityId: $a}) RETURN o.name AS name ORDER BY name', { a: AUTHORITY }, { database: 'neo4j' });
    expect(stored.records.map((r) => r.get('name'))).toEqual(['Test Holiday Scheme', 'Test Sensory Play Sessions']);
    const search = await app.inject({ url: '/api/search?q=sensory%20play%20sessions&limit=50' });
    expect(search.json().results.map((r: { name: string }) => r.name)).toContain('Test Sensory Play Sessions');
  });

  it('answers 400 with a message for unusable input, and needs url or content', async () => {
    expect((await ingest({ authorityId: AUTHORITY, format: 'oruk-v3', content: '{"contents": [ truncated' }, admin)).statusCode).toBeLessThan(500);
    const neither = await ingest({ authorityId: AUTHORITY, format: 'csv' }, admin);
    expect(neither.statusCode).toBe(400);
    const notHttp = await ingest({ authorityId: AUTHORITY, url: 'file:///etc/passwd' }, admin);
    expect(notHttp.statusCode).toBe(400);
    expect(notHttp.json().message).toContain('http');
  });
});
