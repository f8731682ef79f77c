import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot } from './helpers/browser.ts';
import { startWebApp, type RunningApp } from './helpers/app-server.ts';
import { clickMapNode, mapNodeCount, mapNodeIds, mapSelected } from './helpers/app-state.ts';

const QUESTION = "my 7 year old is autistic and can't sleep";

let web: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page), name).toEqual([]);
}

async function askQuestion(p: Page, question: string): Promise<void> {
  await p.getByLabel("Tell us what's happening, in your own words").fill(question);
  await p.getByRole('button', { name: 'Find support' }).click();
  await p.waitForURL(/\/results\?q=/);
  await p.locator('lo-result-tree [role="treeitem"]').first().waitFor();
}

describe('the web app: ask, explore, filter, shortlist', () => {
  beforeAll(async () => {
    web = await startWebApp();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => { throw error; });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.app.close();
  });

  it('answers a question with concept chips, map nodes and list items, saying why', async () => {
    await page.goto(web.url);
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Find support for children and young people with SEND');
    await expectAccessible('01-start');
    await askQuestion(page, QUESTION);
    const chips = page.locator('lo-concept-chips .chip');
    await expect(chips.allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('Autism')]));
    await expect.poll(() => mapNodeCount(page)).toBeGreaterThan(5);
    const items = page.locator('lo-result-tree [role="treeitem"]');
    expect(await items.count()).toBeGreaterThan(5);
    await expect(page.locator('lo-result-tree .why').first().innerText()).resolves.toMatch(/\w+/);
    await expect(page.locator('lo-results-page [role="status"]').first().innerText()).resolves.toMatch(/^\d+ results? for your question/);
    await expectAccessible('02-results');
  });

  it('expands a node from the map, selects it in the list too, and opens its details', async () => {
    const before = await mapNodeCount(page);
    const [service] = await mapNodeIds(page, ['service']);
    expect(service).toBeDefined();
    await clickMapNode(page, service as string);
    await page.waitForURL(/open=/);
    await expect.poll(() => mapNodeCount(page)).toBeGreaterThan(before);
    const selectedItem = page.locator('lo-result-tree [role="treeitem"][aria-selected="true"]');
    await expect(selectedItem.getAttribute('aria-expanded')).resolves.toBe('true');
    await selectedItem.locator('[role="group"] [role="treeitem"]').first().waitFor();
    expect(await mapSelected(page)).toBe(service);
    await expectAccessible('03-expanded');

    const name = (await selectedItem.getAttribute('aria-label'))?.split(',')[0] ?? '';
    await page.locator('lo-selected-item').getByRole('link', { name: /Open details/ }).click();
    await page.waitForURL(/\/node\//);
    await expect(page.locator('lo-node-page h1').innerText()).resolves.toBe(name);
    for (const heading of ['Who it is for', 'How to get it', 'Contacts', 'If you are unhappy: how to complain or appeal', 'Connections', 'Give feedback']) {
      await page.locator('lo-node-page h2', { hasText: heading }).first().waitFor();
    }
    await expect.poll(() => mapNodeCount(page)).toBeGreaterThan(1);
    await expectAccessible('04-detail');

    await page.goBack();
    await page.waitForURL(/\/results\?.*open=/);
    await page.locator('lo-result-tree [role="treeitem"][aria-expanded="true"]').first().waitFor();
  });

  it('applies a filter with counts, shows it as removable, and removes it', async () => {
    await page.locator('lo-result-filters summary').click();
    const service = page.getByRole('checkbox', { name: /^service \(\d+\)/ });
    await service.check();
    await page.waitForURL(/kind=service/);
    await expect.poll(async () => {
      const labels = await page.locator('lo-result-tree [role="tree"] > [role="treeitem"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      return labels.length > 0 && labels.every((l) => l?.includes(', service'));
    }).toBe(true);
    await expectAccessible('05-filtered');
    await page.getByRole('button', { name: /Remove filter\s*Type of help: service/ }).click();
    await page.waitForURL((url) => !url.search.includes('kind='));
    await page.goBack();
    await page.waitForURL(/kind=service/);
    await page.goForward();
    await page.waitForURL((url) => !url.search.includes('kind='));
  });

  it('shortlists items, shares the list by link, and the link shows the same list', async () => {
    const items = page.locator('lo-result-tree [role="tree"] > [role="treeitem"]');
    const names: string[] = [];
    for (const index of [0, 2]) {
      const item = items.nth(index);
      await item.locator('.row').first().click();
      names.push((await item.getAttribute('aria-label'))?.split(',')[0] ?? '');
      await page.locator('lo-selected-item').getByRole('button', { name: /Add to shortlist/ }).click();
    }
    await page.getByRole('link', { name: /^Shortlist \(2\)$/ }).click();
    await page.waitForURL(/\/shortlist$/);
    for (const name of names) await page.locator('lo-shortlist-page article h3', { hasText: name }).waitFor();
    await expectAccessible('06-shortlist');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, '06-shortlist-print');
    await page.emulateMedia({ media: 'screen' });

    const link = await page.locator('#share-link').inputValue();
    expect(link).toMatch(/\/shortlist\?ids=/);
    const stranger = await browser.newContext();
    const theirs = await stranger.newPage();
    await theirs.goto(link);
    await theirs.locator('lo-shortlist-page h1', { hasText: 'A shortlist shared with you' }).waitFor();
    for (const name of names) await theirs.locator('lo-shortlist-page article h3', { hasText: name }).waitFor();
    await theirs.reload();
    for (const name of names) await theirs.locator('lo-shortlist-page article h3', { hasText: name }).waitFor();
    await stranger.close();
  });

  it('has the other ways in, each accessible: learners, professionals, gaps, you said we did, feedback', async () => {
    await page.goto(`${web.url}/learners`);
    await page.locator('lo-search-page ol.results > li').first().waitFor();
    await expectAccessible('07-learners');
    await page.goto(`${web.url}/professionals?q=speech`);
    await page.locator('lo-search-page ol.results > li').first().waitFor();
    await page.getByRole('radio', { name: /^Free \(\d+\)/ }).check();
    await page.waitForURL(/cost=free/);
    await expectAccessible('08-professionals');
    await page.goto(`${web.url}/gaps`);
    const gap = page.locator('lo-gap-heatmap td button.none').first();
    await gap.click();
    await page.locator('lo-gaps-page .cell h2').waitFor();
    await expectAccessible('09-gaps');
    await page.goto(`${web.url}/you-said-we-did`);
    await page.locator('lo-you-said-page h1').waitFor();
    await expectAccessible('10-you-said');
    await page.goto(`${web.url}/feedback`);
    await expectAccessible('11-feedback');
    await page.goto(`${web.url}/no-such-page`);
    await page.locator('lo-not-found-page h1', { hasText: 'Page not found' }).waitFor();
    await expectAccessible('12-not-found');
  });

  it('works at 320 px wide without sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    const small = await phone.newPage();
    await small.goto(web.url);
    await askQuestion(small, QUESTION);
    await expect.poll(() => mapNodeCount(small)).toBeGreaterThan(5);
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await small.screenshot({ path: 'tests/artifacts/13-results-320.png', fullPage: true });
    expect(await axeViolations(small)).toEqual([]);
    await phone.close();
  });
});
