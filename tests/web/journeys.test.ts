import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, eventually, focused, launchBrowser, layoutShift, screenshot, tabTo } from './helpers/browser.ts';
import { startWebApp, type RunningApp } from './helpers/app-server.ts';
import { clickMapNode, mapNodeCount, mapNodeIds, mapSelected, mapZoom } from './helpers/app-state.ts';

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
    await web?.close();
  });

  it('answers a question with concept chips, map nodes and list items, saying why', async () => {
    await page.goto(web.url);
    await eventually(() => page.locator('h1').first().innerText()).toBe('Find support for children and young people with SEND');
    await expectAccessible('01-start');
    await askQuestion(page, QUESTION);
    const chips = page.locator('lo-concept-chips .chip');
    await expect(chips.allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('Autism')]));
    await eventually(() => mapNodeCount(page)).toBeGreaterThan(5);
    const items = page.locator('lo-result-tree [role="treeitem"]');
    expect(await items.count()).toBeGreaterThan(5);
    await expect(page.locator('lo-result-tree .why').first().innerText()).resolves.toMatch(/\w+/);
    await expect(page.locator('lo-results-page [role="status"]').first().innerText()).resolves.toMatch(/^\d+ results? for your question/);
    // The map's space is kept while cytoscape loads: nothing moves when it appears.
    expect(await layoutShift(page)).toBeLessThan(0.1);
    await expectAccessible('02-results');
  });

  it('lets the person remove or correct what we understood', async () => {
    const chips = page.locator('lo-concept-chips .chip');
    await page.getByRole('button', { name: 'Remove Sleep difficulties' }).click();
    await page.waitForURL(/exclude=need(%3A|:)sleep/);
    await eventually(() => chips.allInnerTexts()).not.toContainEqual(expect.stringContaining('Sleep difficulties'));
    await page.getByRole('button', { name: 'Add something we missed' }).click();
    await page.getByLabel('What did we miss?').fill('short breaks');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    const use = page.locator('lo-concept-finder li button').first();
    const chosen = /“(.+)”/.exec(await use.innerText())?.[1] ?? '';
    await use.click();
    await page.waitForURL(/concepts=/);
    await eventually(() => chips.allInnerTexts()).toContainEqual(expect.stringContaining(chosen));
    await expectAccessible('02b-corrected');
    await page.goBack();
    await page.goBack();
    await eventually(() => chips.allInnerTexts()).toContainEqual(expect.stringContaining('Sleep difficulties'));
  });

  it('expands a node from the map, selects it in the list too, and opens its details', async () => {
    const before = await mapNodeCount(page);
    const [service] = await mapNodeIds(page, ['service']);
    expect(service).toBeDefined();
    await clickMapNode(page, service as string);
    await page.waitForURL(/open=/);
    await eventually(() => mapNodeCount(page)).toBeGreaterThan(before);
    const selectedItem = page.locator('lo-result-tree [role="treeitem"][aria-selected="true"]');
    await expect(selectedItem.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.locator('lo-result-tree [role="treeitem"][aria-level="2"]').first().waitFor();
    expect(await mapSelected(page)).toBe(service);
    await expectAccessible('03-expanded');

    const name = await selectedItem.locator('.name').innerText();
    await page.locator('lo-selected-item').getByRole('link', { name: /Open details/ }).click();
    await page.waitForURL(/\/node\//);
    await eventually(() => page.locator('lo-node-page h1').innerText()).toBe(name);
    for (const heading of ['Who it is for', 'How to get it', 'Contacts', 'If you are unhappy: how to complain or appeal', 'Connections', 'Give feedback']) {
      await page.locator('lo-node-page h2', { hasText: heading }).first().waitFor();
    }
    await eventually(() => mapNodeCount(page)).toBeGreaterThan(1);
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
    await eventually(async () => {
      const kinds = await page.locator('lo-result-tree [role="treeitem"][aria-level="1"] .tag').allInnerTexts();
      return kinds.length > 0 && kinds.every((k) => k === 'service');
    }).toBe(true);
    await expectAccessible('05-filtered');
    await page.getByRole('button', { name: /Remove filter: Type of help: service/ }).click();
    await page.waitForURL((url) => !url.search.includes('kind='));
    await page.goBack();
    await page.waitForURL(/kind=service/);
    await page.goForward();
    await page.waitForURL((url) => !url.search.includes('kind='));
  });

  it('shortlists items, shares the list by link, and the link shows the same list', async () => {
    const items = page.locator('lo-result-tree [role="treeitem"][aria-level="1"]', { has: page.locator('.tag', { hasText: /^service$/ }) });
    const names: string[] = [];
    for (const index of [0, 1]) {
      const item = items.nth(index);
      await item.locator('.name').click();
      names.push(await item.locator('.name').innerText());
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

  it('does the same journey by keyboard alone', async () => {
    const keyboard = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await keyboard.newPage();
    await p.goto(web.url);
    await p.locator('lo-start-page h1').waitFor();
    await p.keyboard.press('Tab');
    expect(await focused(p)).toMatch(/Skip to main content/);
    await p.keyboard.press('Enter');
    await tabTo(p, /^TEXTAREA\s+q\b/);
    await p.keyboard.type(QUESTION);
    await tabTo(p, /^BUTTON.*Find support/);
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/results\?q=/);
    await p.locator('lo-result-tree [role="treeitem"]').first().waitFor();
    await eventually(() => focused(p)).toMatch(/^H1/);

    // The map: arrows move between connected items, Enter shows an item's connections.
    await tabTo(p, /^DIV application/);
    await eventually(() => mapNodeCount(p)).toBeGreaterThan(5);
    await p.keyboard.press('ArrowRight');
    await p.waitForURL(/sel=/);
    const picked = await mapSelected(p);
    expect(picked).not.toBeNull();
    await p.keyboard.press('Enter');
    await p.waitForURL(/open=/);

    // A filter: open the filters, tick one, then remove it from the filters in use.
    await tabTo(p, /^SUMMARY.*Filter results/, { back: true });
    await p.keyboard.press('Enter');
    await tabTo(p, /^INPUT.*f-kind-/);
    await p.keyboard.press('Space');
    await p.waitForURL(/kind=/);
    await tabTo(p, /^BUTTON.*Remove filter/, { back: true });
    await p.keyboard.press('Enter');
    await p.waitForURL((url) => !url.search.includes('kind='));

    // The list: Down selects, Right opens an item's connections and then moves into them.
    await tabTo(p, /^UL tree/);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowRight');
    await p.locator('lo-result-tree [role="treeitem"][aria-level="2"]').first().waitFor();
    await p.keyboard.press('ArrowRight');
    const child = p.locator('lo-result-tree [role="treeitem"][aria-selected="true"]');
    await eventually(() => child.getAttribute('aria-level')).toBe('2');
    const childName = await child.locator('.name').innerText();
    await eventually(() => p.locator('lo-selected-item h3').innerText()).toContain(childName);

    // Shortlist it, open its details, then go to the shortlist from the header.
    await tabTo(p, /^BUTTON.*Add to shortlist/, { back: true });
    await p.keyboard.press('Enter');
    await tabTo(p, /^A.*Open details/, { back: true });
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/node\//);
    await eventually(() => focused(p)).toMatch(new RegExp(`^H1.*${childName.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await tabTo(p, /^A.*Shortlist \(1\)/, { back: true });
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/shortlist$/);
    await p.locator('lo-shortlist-page article h3', { hasText: childName }).waitFor();
    await keyboard.close();
  });

  it('has the other ways in, each accessible: learners, professionals, gaps, you said we did, feedback', async () => {
    await page.goto(`${web.url}/learners`);
    await page.locator('lo-search-page ol.results > li').first().waitFor();
    await expectAccessible('07-learners');
    // A setting answers the framework questions; its questions can be read as a parent's or a young person's.
    await page.locator('lo-search-page ol.results h3 a', { hasText: /Nursery/ }).first().click();
    const youngPerson = page.getByRole('radio', { name: 'A young person' });
    await youngPerson.waitFor();
    const asParent = await page.locator('lo-framework-answers h3').allInnerTexts();
    await youngPerson.check();
    await page.waitForURL(/view=young-person/);
    await eventually(async () => (await page.locator('lo-framework-answers h3').allInnerTexts()).join('|')).not.toBe(asParent.join('|'));
    expect((await page.locator('lo-framework-answers h3').allInnerTexts()).some((q) => /\b(I|me|my)\b/.test(q))).toBe(true);
    await expectAccessible('07b-setting-young-person');
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
    await eventually(() => mapNodeCount(small)).toBeGreaterThan(5);
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // With reduced motion the zoom buttons jump straight to the new zoom (no animation to wait for).
    const zoom = await mapZoom(small);
    await small.getByRole('button', { name: 'Zoom in' }).click();
    expect(await mapZoom(small)).toBeCloseTo(zoom * 1.25, 5);
    await small.screenshot({ path: 'tests/artifacts/13-results-320.png', fullPage: true });
    expect(await axeViolations(small)).toEqual([]);
    await phone.close();
  });
});
