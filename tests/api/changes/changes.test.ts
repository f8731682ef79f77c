import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { writeQuery } from '../../../graph/seam/index.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { createTestUser, deleteTestUsers, signIn } from '../../helpers/users.ts';

const RUN = `changes-test-${Date.now()}`;
const OFFER = `${RUN}-offer`;
const OTHER = `${RUN}-other-offer`;
const ORG = `${RUN}-org`;

describe('providers propose changes; reviewers approve them into the offer, with an audit trail', () => {
  let app: FastifyInstance;
  let provider: string;
  let otherProvider: string;
  let reviewer: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await writeQuery(app.graph, `
      CREATE (:Offer {id: $offer, name: 'Test Saturday Club', kind: 'service', retired: false, waitingTime: 'None'})-[:PROVIDED_BY]->(:Organisation {id: $org, name: 'Test Charity'})
      CREATE (:Offer {id: $other, name: 'Someone Else Club', kind: 'service', retired: false})`, { offer: OFFER, other: OTHER, org: ORG });
    provider = await signIn(app, await createTestUser(app.graph, 'provider', [ORG]));
    otherProvider = await signIn(app, await createTestUser(app.graph, 'provider', ['some-other-org']));
    reviewer = await signIn(app, await createTestUser(app.graph, 'reviewer'));
  });
  afterAll(async () => {
    await writeQuery(app.graph, 'MATCH (n) WHERE n.id STARTS WITH $run OR n.offerId STARTS WITH $run DETACH DELETE n', { run: RUN });
    await deleteTestUsers(app.graph);
    await app.close();
  });

  const propose = (offer: string, cookie?: string, body: object = { changes: { waitingTime: 'About 3 weeks' }, note: 'Our waiting list has grown' }) =>
    app.inject({ method: 'POST', url: `/api/offers/${offer}/changes`, payload: body, headers: cookie ? { cookie } : {} });

  it('refuses without credentials (401), and a provider for someone else’s offer (403)', async () => {
    expect((await propose(OFFER)).statusCode).toBe(401);
    expect((await propose(OFFER, otherProvider)).statusCode).toBe(403);
    expect((await propose(OTHER, provider)).statusCode).toBe(403);
  });

  it('refuses fields that are not editable, with 400', async () => {
    const response = await propose(OFFER, provider, { changes: { retired: 'true' } });
    expect(response.statusCode).toBe(400);
  });

  it('keeps the change waiting until a reviewer approves it, then applies it and records who changed what', async () => {
    const proposed = await propose(OFFER, provider);
    expect(proposed.statusCode).toBe(202);
    const changeId = proposed.json().id as string;
    const before = await app.graph.driver.executeQuery('MATCH (o:Offer {id: $id}) RETURN o.waitingTime AS w', { id: OFFER }, { database: 'neo4j' });
    expect(before.records[0]?.get('w')).toBe('None');

    expect((await app.inject({ url: '/api/changes?status=pending', headers: { cookie: provider } })).statusCode).toBe(403);
    const pending = await app.inject({ url: '/api/changes?status=pending', headers: { cookie: reviewer } });
    expect(pending.json().changes.map((c: { id: string }) => c.id)).toContain(changeId);

    const decide = (body: object, cookie = reviewer) => app.inject({ method: 'POST', url: `/api/changes/${changeId}/decision`, payload: body, headers: { cookie } });
    expect((await decide({ decision: 'approve' }, provider)).statusCode).toBe(403);
    const approved = await decide({ decision: 'approve', note: 'Checked with the charity' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().change.status).toBe('approved');
    expect((await decide({ decision: 'reject' })).statusCode).toBe(409);

    const after = await app.graph.driver.executeQuery('MATCH (o:Offer {id: $id}) RETURN o.waitingTime AS w', { id: OFFER }, { database: 'neo4j' });
    expect(after.records[0]?.get('w')).toBe('About 3 weeks');
    const audit = await app.inject({ url: `/api/audit?offer=${OFFER}`, headers: { cookie: reviewer } });
    expect(audit.json().events).toEqual([expect.objectContaining({
      offerId: OFFER, action: 'change approved', by: 'Test reviewer', requestedBy: 'Test provider', changes: { waitingTime: { from: 'None', to: 'About 3 weeks' } },
    })]);
  });

  it('a rejected change leaves the offer as it was', async () => {
    const proposed = await propose(OFFER, provider, { changes: { phone: '01632 960999' } });
    const id = proposed.json().id as string;
    const rejected = await app.inject({ method: 'POST', url: `/api/changes/${id}/decision`, payload: { decision: 'reject', note: 'Wrong number' }, headers: { cookie: reviewer } });
    expect(rejected.json().change.status).toBe('rejected');
    const offer = await app.graph.driver.executeQuery('MATCH (o:Offer {id: $id}) RETURN o.phone AS p', { id: OFFER }, { database: 'neo4j' });
    expect(offer.records[0]?.get('p')).toBeNull();
  });
});
