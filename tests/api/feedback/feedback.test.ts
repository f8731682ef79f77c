import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { writeQuery } from '../../../graph/seam/index.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { createTestUser, deleteTestUsers, signIn, type TestUser } from '../../helpers/users.ts';

const MARK = `feedback-test-${Date.now()}`;
const contact = { name: 'Jo Parent', email: 'jo.parent@example.org', phone: '01632 960001' };

describe('feedback: given by anyone, triaged by reviewers, published without personal details', () => {
  let app: FastifyInstance;
  let reviewer: TestUser;
  let provider: TestUser;
  let reviewerCookie: string;

  const give = (payload: object, ip = '10.0.0.1') => app.inject({ method: 'POST', url: '/api/feedback', payload, remoteAddress: ip });

  beforeAll(async () => {
    app = await buildTestApp();
    reviewer = await createTestUser(app.graph, 'reviewer');
    provider = await createTestUser(app.graph, 'provider');
    reviewerCookie = await signIn(app, reviewer);
  });
  afterAll(async () => {
    await writeQuery(app.graph, 'MATCH (f:Feedback) WHERE f.message CONTAINS $mark DETACH DELETE f', { mark: MARK });
    await deleteTestUsers(app.graph);
    await app.close();
  });

  it('takes feedback about the Local Offer with optional contact details', async () => {
    const response = await give({ about: 'local-offer', message: `The short breaks page is hard to find ${MARK}`, contact }, '10.0.0.2');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'new', id: expect.any(String) });
  });

  it('rejects unusable feedback with 400 and a message: empty, too long, unknown offer, bad email, unknown fields', async () => {
    const cases = [
      { about: 'local-offer', message: '   ' },
      { about: 'local-offer', message: 'x'.repeat(5001) },
      { about: 'no-such-offer', message: `hello ${MARK}` },
      { about: 'local-offer', message: `hello ${MARK}`, contact: { email: 'not-an-email' } },
      { about: 'local-offer', message: `hello ${MARK}`, admin: true },
      { about: ['local-offer'], message: 42 },
    ];
    for (const [index, payload] of cases.entries()) {
      const response = await give(payload, `10.0.1.${index}`);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.json().message).toEqual(expect.any(String));
    }
  });

  it('keeps nothing when the honeypot field is filled, but answers as usual', async () => {
    const response = await give({ about: 'local-offer', message: `buy now ${MARK}-bot`, website: 'http://spam.example' }, '10.0.2.1');
    expect(response.statusCode).toBe(201);
    const stored = await app.graph.driver.executeQuery('MATCH (f:Feedback) WHERE f.message CONTAINS $m RETURN count(f) AS n', { m: `${MARK}-bot` }, { database: 'neo4j' });
    expect(stored.records[0]?.get('n').toNumber()).toBe(0);
  });

  it('limits the rate: the sixth message in a minute from one address gets 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await give({ about: 'local-offer', message: `rate ${i} ${MARK}` }, '10.0.3.1')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses[5]).toBe(429);
  });

  it('write routes refuse without credentials (401) and with the wrong role (403)', async () => {
    const providerCookie = await signIn(app, provider);
    const patch = { status: 'acknowledged' };
    expect((await app.inject({ method: 'PATCH', url: '/api/feedback/any', payload: patch })).statusCode).toBe(401);
    expect((await app.inject({ method: 'PATCH', url: '/api/feedback/any', payload: patch, headers: { cookie: providerCookie } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/feedback' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/feedback', headers: { cookie: providerCookie } })).statusCode).toBe(403);
  });

  it('a reviewer sees contact details, responds and publishes; the public sees the response but never the contact details', async () => {
    const created = await give({ about: 'local-offer', message: `Please list holiday clubs for autistic teenagers ${MARK}`, contact }, '10.0.4.1');
    const id = created.json().id as string;
    const list = await app.inject({ url: '/api/feedback?status=new', headers: { cookie: reviewerCookie } });
    const mine = list.json().feedback.find((f: { id: string }) => f.id === id);
    expect(mine.contact).toEqual(contact);

    const patch = (body: object) => app.inject({ method: 'PATCH', url: `/api/feedback/${id}`, payload: body, headers: { cookie: reviewerCookie } });
    expect((await patch({ status: 'published' })).statusCode).toBe(409); // new cannot jump to published
    expect((await patch({ status: 'acknowledged' })).statusCode).toBe(200);
    expect((await patch({ status: 'responded' })).statusCode).toBe(400); // a response is needed
    const responded = await patch({ status: 'responded', response: 'We have added a holiday clubs section, with autism-friendly sessions marked.' });
    expect(responded.json().feedback.status).toBe('responded');
    expect((await patch({ status: 'published' })).json().feedback.publishedAt).toEqual(expect.any(String));

    const published = await app.inject({ url: '/api/feedback/published' });
    expect(published.statusCode).toBe(200);
    const shown = published.json().feedback.find((f: { id: string }) => f.id === id);
    expect(shown).toMatchObject({ about: 'local-offer', response: expect.stringContaining('holiday clubs section') });
    for (const value of Object.values(contact)) expect(published.body).not.toContain(value);
  });
});
