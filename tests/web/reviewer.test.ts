import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { createDriver, writeQuery, type GraphContext } from '../../graph/seam/index.ts';
import { createUserRepository } from '../../graph/users/user-repository.ts';
import { hashPassword } from '../../api/auth/password.ts';
import { testGraph } from '../helpers/graph.ts';
import { axeViolations, launchBrowser, screenshot } from './helpers/browser.ts';
import { startWebApp, type RunningApp } from './helpers/app-server.ts';

const marker = randomUUID().slice(0, 8);
const email = `reviewer-${marker}@test.example`;
const password = `correct horse ${marker}`;
const message = `The opening times on this page are out of date (test ${marker}).`;
const response = `Thank you: the provider has updated its opening times (test ${marker}).`;

let web: RunningApp;
let ctx: GraphContext;
let browser: Browser;
let page: Page;

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page), name).toEqual([]);
}

describe('reviewers: sign in, respond to feedback, publish it; the public page shows it', () => {
  beforeAll(async () => {
    web = await startWebApp();
    ctx = process.env.WEB_TEST_NEO4J_URI ? { driver: createDriver({ uri: process.env.WEB_TEST_NEO4J_URI }), database: 'neo4j' } : testGraph();
    await createUserRepository(ctx).create({ email, name: 'Test Reviewer', role: 'reviewer', organisationIds: [], passwordHash: await hashPassword(password) });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (error) => { throw error; });
  });

  afterAll(async () => {
    await browser?.close();
    await writeQuery(ctx, 'MATCH (f:Feedback) WHERE f.message CONTAINS $marker DETACH DELETE f', { marker });
    await writeQuery(ctx, 'MATCH (u:User {email: $email}) DETACH DELETE u', { email });
    await ctx.driver.close();
    await web?.close();
  });

  it('takes feedback about an offer from its page (contact details optional)', async () => {
    const found = await (await fetch(`${web.url}/api/search?q=sleep&kind=service&limit=1`)).json() as { results: Array<{ id: string; name: string }> };
    const offer = found.results[0];
    expect(offer).toBeDefined();
    await page.goto(`${web.url}/node/${encodeURIComponent(offer?.id ?? '')}`);
    await page.getByLabel(/^Your feedback about/).fill(message);
    await page.getByText('Add your contact details if you want a reply').click();
    await page.getByLabel('Email address').fill(`parent-${marker}@test.example`);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.locator('lo-feedback-form .done').waitFor();
    await expectAccessible('20-feedback-sent');
  });

  it('signs a reviewer in, who responds to the feedback and publishes it', async () => {
    await page.goto(`${web.url}/sign-in`);
    await expectAccessible('21-sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/review$/);
    await page.locator('lo-review-page', { hasText: 'Signed in as Test Reviewer' }).waitFor();
    await expectAccessible('22-review');

    await page.getByRole('link', { name: 'Feedback to triage and respond to' }).click();
    const card = page.locator('lo-triage-page article', { hasText: message });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain(`parent-${marker}@test.example`);
    await expectAccessible('23-triage');
    await card.getByLabel('Our response').fill(response);
    await card.getByRole('button', { name: /^Save response/ }).click();
    await card.getByText('Status: responded').waitFor();
    await card.getByLabel('Their message, as published').fill(message);
    await card.getByRole('button', { name: /^Publish/ }).click();
    await card.getByText('Status: published').waitFor();
    await expect(page.locator('lo-triage-page [role="status"]').innerText()).resolves.toMatch(/Published/);
  });

  it('shows the published feedback and response on "You said, we did", without contact details', async () => {
    await page.goto(`${web.url}/you-said-we-did`);
    const item = page.locator('lo-you-said-page article', { hasText: message });
    await item.waitFor();
    await expect(item.innerText()).resolves.toContain(response);
    expect(await page.locator('lo-you-said-page').innerText()).not.toContain(`parent-${marker}`);
    await expectAccessible('24-you-said-we-did');
  });

  it('shows reviewers the sufficiency review', async () => {
    await page.goto(`${web.url}/review/sufficiency`);
    await page.locator('lo-sufficiency-page tbody tr').first().waitFor();
    await expectAccessible('25-sufficiency');
  });
});
