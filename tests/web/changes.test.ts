import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createDriver, readQuery, writeQuery, type GraphContext } from '../../graph/seam/index.ts';
import { createUserRepository } from '../../graph/users/user-repository.ts';
import { hashPassword } from '../../api/auth/password.ts';
import { testGraph } from '../helpers/graph.ts';
import { axeViolations, eventually, launchBrowser, screenshot } from './helpers/browser.ts';
import { startWebApp, type RunningApp } from './helpers/app-server.ts';

const marker = randomUUID().slice(0, 8);
const provider = { email: `provider-${marker}@test.example`, name: `Pat Provider ${marker}`, password: `provider horse ${marker}` };
const reviewer = { email: `changes-reviewer-${marker}@test.example`, name: `Rae Reviewer ${marker}`, password: `reviewer horse ${marker}` };
const newWait = `About 3 weeks from referral (test ${marker})`;
const note = `Our new clinic has shortened the wait (test ${marker}).`;

/** A live demo offer with exactly one providing organisation, and what it said before the test. */
interface Target { id: string; name: string; organisationId: string; waitingTime: string | null; editedAt: string | null }
const FIND_OFFER = `
MATCH (o:Offer)-[:PROVIDED_BY]->(g:Organisation) WHERE NOT coalesce(o.retired, false)
WITH o, collect(g.id) AS organisations WHERE size(organisations) = 1
RETURN o.id AS id, o.name AS name, organisations[0] AS organisationId, o.waitingTime AS waitingTime, o.editedAt AS editedAt
ORDER BY waitingTime IS NULL, id LIMIT 1`;

let web: RunningApp;
let ctx: GraphContext;
let browser: Browser;
let offer: Target;
const userIds: string[] = [];

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page), name).toEqual([]);
}

async function signIn(context: BrowserContext, who: { email: string; password: string }, next: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => { throw error; });
  await page.goto(`${web.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname + url.search === next);
  return page;
}

/** Elements (through shadow roots) reaching past the right edge of a 320 px screen, to say what is too wide. */
const TOO_WIDE = `(() => {
  const out = [];
  const walk = (root) => { for (const el of root.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.right > 321 && box.width > 0) out.push(el.tagName + '.' + el.className + ' ' + Math.round(box.right) + ' ' + (el.textContent || '').trim().slice(0, 40));
    if (el.shadowRoot) walk(el.shadowRoot);
  } };
  walk(document);
  return out.slice(-5);
})()`;

/** The page at 320 px wide has no sideways scrolling. */
async function fitsPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(200);
  expect(await page.evaluate(TOO_WIDE), `${name}: wider than 320 px`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('providers suggest changes; reviewers approve them; the audit trail keeps who changed what', () => {
  beforeAll(async () => {
    web = await startWebApp();
    ctx = process.env.WEB_TEST_NEO4J_URI ? { driver: createDriver({ uri: process.env.WEB_TEST_NEO4J_URI }), database: 'neo4j' } : testGraph();
    const [found] = await readQuery<Target>(ctx, FIND_OFFER);
    if (!found) throw new Error('the demo data has no offer with a providing organisation');
    offer = found;
    const users = createUserRepository(ctx);
    for (const [who, role, organisationIds] of [[provider, 'provider', [offer.organisationId]], [reviewer, 'reviewer', []]] as const) {
      const user = await users.create({ email: who.email, name: who.name, role, organisationIds: [...organisationIds], passwordHash: await hashPassword(who.password) });
      if (user) userIds.push(user.id);
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (ctx) {
      await writeQuery(ctx, 'MATCH (c:ChangeRequest) WHERE c.requestedById IN $userIds OR c.note CONTAINS $marker DETACH DELETE c', { userIds, marker });
      await writeQuery(ctx, 'MATCH (e:AuditEvent {offerId: $id}) WHERE e.by = $by DETACH DELETE e', { id: offer?.id ?? '', by: reviewer.name });
      if (offer) {
        await writeQuery(ctx, 'MATCH (o:Offer {id: $id}) SET o.waitingTime = $waitingTime, o.editedAt = $editedAt',
          { id: offer.id, waitingTime: offer.waitingTime, editedAt: offer.editedAt });
      }
      await writeQuery(ctx, 'MATCH (u:User) WHERE u.email IN $emails DETACH DELETE u', { emails: [provider.email, reviewer.email] });
      await ctx.driver.close();
    }
    await web?.close();
  });

  it('lets a provider suggest a new waiting time for its own offer, and says it waits for review', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await signIn(context, provider, `/node/${encodeURIComponent(offer.id)}`);
    await page.locator('lo-node-page h1', { hasText: offer.name }).waitFor();
    await page.getByRole('link', { name: 'Suggest a change', exact: true }).first().waitFor();
    await page.locator('lo-suggest-change summary').click();
    const field = page.getByLabel('Waiting time', { exact: true });
    await expect(field.inputValue()).resolves.toBe(offer.waitingTime ?? '');
    await expectAccessible(page, '30-suggest-change');
    await fitsPhone(page, '30-suggest-change-320');

    await field.fill(newWait);
    await page.getByLabel('Note for the reviewer (optional)').fill(note);
    await page.getByRole('button', { name: 'Send for review' }).click();
    const done = page.locator('lo-suggest-change .done');
    await done.waitFor();
    await expect(done.innerText()).resolves.toMatch(/sent for review[\s\S]*Waiting time[\s\S]*until they approve it/i);
    await expectAccessible(page, '31-change-sent');

    // Only the changed field was sent, and nothing is live yet.
    const [request] = await readQuery<{ changes: string; status: string }>(ctx,
      'MATCH (c:ChangeRequest)-[:CHANGES]->(:Offer {id: $id}) WHERE c.note = $note RETURN c.changes AS changes, c.status AS status', { id: offer.id, note });
    expect(request?.status).toBe('pending');
    expect(JSON.parse(request?.changes ?? '{}')).toEqual({ waitingTime: newWait });
    const [live] = await readQuery<{ waitingTime: string | null }>(ctx, 'MATCH (o:Offer {id: $id}) RETURN o.waitingTime AS waitingTime', { id: offer.id });
    expect(live?.waitingTime ?? null).toBe(offer.waitingTime);
    await context.close();
  });

  it('shows a reviewer the change as now → suggested, and publishes it on approval', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await signIn(context, reviewer, '/review');
    await page.locator('lo-review-page', { hasText: `Signed in as ${reviewer.name}` }).waitFor();
    await expectAccessible(page, '32-review-home');
    await page.getByRole('link', { name: 'Changes waiting for review' }).click();
    await page.waitForURL(/\/review\/changes$/);

    const card = page.locator('lo-changes-page article', { hasText: newWait });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain(offer.name);
    expect(text).toContain(`Suggested by ${provider.name}`);
    expect(text).toContain(note);
    expect(text).toMatch(/Waiting time\s+Now\s+/);
    await expect(card.locator('.from').innerText()).resolves.toContain(offer.waitingTime ?? 'Not stated');
    await expect(card.locator('.to').innerText()).resolves.toContain(newWait);
    await expectAccessible(page, '33-changes-waiting');
    await fitsPhone(page, '33-changes-waiting-320');

    await card.getByLabel('Note about your decision (optional)').fill(`Checked with the clinic (test ${marker}).`);
    await card.getByRole('button', { name: /^Approve and publish/ }).click();
    await eventually(() => page.locator('lo-changes-page [role="status"]').innerText()).toMatch(/^Approved: the change to .+ is now published/);
    await expect(page.locator('lo-changes-page article', { hasText: newWait }).count()).resolves.toBe(0);
    await expectAccessible(page, '34-change-approved');

    // The offer's page now says the new waiting time; reviewers reach its audit trail from there.
    await page.goto(`${web.url}/node/${encodeURIComponent(offer.id)}`);
    await page.locator('lo-node-page dd', { hasText: newWait }).waitFor();
    await expectAccessible(page, '35-offer-changed');
    await page.getByRole('link', { name: /^Audit trail/ }).click();
    await page.waitForURL(/\/review\/audit\?offer=/);
    const event = page.locator('lo-audit-page article', { hasText: newWait });
    await event.waitFor();
    const entry = await event.innerText();
    expect(entry).toContain(offer.name);
    expect(entry).toContain(`Change approved by ${reviewer.name}`);
    expect(entry).toContain('Waiting time');
    await expect(event.locator('.from').innerText()).resolves.toContain(offer.waitingTime ?? 'Not stated');
    await expect(event.locator('.to').innerText()).resolves.toContain(newWait);
    await expectAccessible(page, '36-audit-trail');
    await fitsPhone(page, '36-audit-trail-320');
    await context.close();
  });
});
