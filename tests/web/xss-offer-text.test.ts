import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Offer } from '../../ontology/offer.ts';
import { bumpGraphVersion, offerId } from '../../graph/offers/index.ts';
import { writeQuery, type GraphContext } from '../../graph/seam/index.ts';
import { testGraph } from '../helpers/graph.ts';
import { ingestOffers } from '../../ingest/load/index.ts';
import { readSource } from '../../ingest/readers/index.ts';
import { launchBrowser } from './helpers/browser.ts';
import { startWebApp, type RunningApp } from './helpers/app-server.ts';

const AUTHORITY = 'xss-test';
const MARK = 'Quillowbrook';
/** Script in every form that has run in some browser: each sets window.__xss or calls alert if it ever runs. */
const SCRIPT = `<script>window.__xss='script';alert('xss')</script><img src=x onerror="window.__xss='img';alert('xss')"><svg onload="window.__xss='svg'"></svg><iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe>`;
const hostile = (words: string) => `${words} ${SCRIPT} ${MARK}`;

/** Walks the page and every shadow root: anything that could run script, and all the text people see. */
const INSPECT = `(() => {
  const found = []; let text = '';
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed'].includes(tag) && !(tag === 'script' && el.src)) found.push(tag + ': ' + el.outerHTML.slice(0, 80));
      if (tag === 'svg' && el.getAttribute('onload')) found.push('svg onload');
      for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(tag + ' ' + a.name);
      const href = el.getAttribute('href') || el.getAttribute('src') || '';
      if (/^\\s*(javascript|data|vbscript):/i.test(href)) found.push(tag + ' href ' + href.slice(0, 40));
      if (el.shadowRoot) { text += ' ' + el.shadowRoot.textContent; walk(el.shadowRoot); }
    }
  };
  walk(document);
  return { found, text: document.body.innerText + ' ' + text, xss: window.__xss ?? null };
})()`;

interface Inspection { found: string[]; text: string; xss: string | null }

describe('script stored in an offer is inert in the browser', () => {
  let web: RunningApp;
  let browser: Browser;
  let graph: GraphContext;
  const ids: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'log-xss-'));

  beforeAll(async () => {
    graph = testGraph();
    web = await startWebApp();
    browser = await launchBrowser();
    // Straight into the graph, as a source that does not clean its HTML would leave it:
    const raw = Offer.parse({
      source: `${AUTHORITY}/raw`, sourceId: 'xss-1', authorityId: AUTHORITY, kind: 'service',
      name: `Saturday club ${SCRIPT}`, summary: hostile('A club for children.'), description: hostile('Sessions for families.'),
      eligibility: hostile('Anyone.'), referral: hostile('Phone us.'), cost: { type: 'paid', detail: hostile('£5.') },
      waitingTime: hostile('None.'), openingTimes: hostile('Saturdays.'), website: "javascript:window.__xss='href'",
      organisation: { name: `Club <img src=x onerror=alert(1)>`, url: "javascript:alert('org')" },
      locations: [{ name: hostile('Hall'), address: hostile('1 High Street') }],
      answers: [{ question: `Who is it for? ${SCRIPT}`, text: hostile('Everyone.') }],
      contacts: [{ name: 'Jo <img src=x onerror="window.__xss=\'contact\'">', email: `"><script>alert(1)</script>@example.org` }],
    });
    // ... and through a reader, as a spreadsheet from a provider would bring it.
    const csv = path.join(dir, 'offers.csv');
    writeFileSync(csv, `id,name,description,eligibility\nxss-2,"Sunday club <script>alert(1)</script>","${hostile('Sessions.').replace(/"/g, '""')}","${hostile('All.').replace(/"/g, '""')}"\n`);
    const read = await readSource(csv, { authorityId: AUTHORITY, source: `${AUTHORITY}/csv`, format: 'csv' });
    for (const input of [{ offers: [raw] }, read]) {
      await ingestOffers(graph, input, { authority: { name: 'XSS test', areas: [] } });
      ids.push(...input.offers.map((o) => offerId(o.source, o.sourceId)));
    }
    expect(ids).toHaveLength(2);
  });

  afterAll(async () => {
    await browser?.close();
    if (graph) {
      await writeQuery(graph, `MATCH (o:Offer {authorityId: $a}) OPTIONAL MATCH (o)-[:HAS_ANSWER]->(x:Answer) DETACH DELETE x, o`, { a: AUTHORITY });
      await writeQuery(graph, `MATCH (n) WHERE (n:Location OR n:Organisation) AND n.source STARTS WITH $p DETACH DELETE n`, { p: `${AUTHORITY}/` });
      await writeQuery(graph, 'MATCH (a:Authority {id: $a}) DETACH DELETE a', { a: AUTHORITY });
      await bumpGraphVersion(graph);
      await graph.driver.close();
    }
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens `url` and returns what ran (dialogs, console, errors) and what the page holds. */
  async function visit(context: BrowserContext, url: string, ready: (page: Page) => Promise<unknown>) {
    const page = await context.newPage();
    const ran: string[] = [];
    page.on('dialog', (dialog) => { ran.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
    page.on('console', (message) => { if (/xss/i.test(message.text())) ran.push(`console: ${message.text()}`); });
    page.on('pageerror', (error) => ran.push(`page error: ${error.message}`));
    await page.goto(`${web.url}${url}`);
    await ready(page);
    await page.waitForTimeout(300); // let any onerror/onload fire
    const inspection = (await page.evaluate(INSPECT)) as Inspection;
    await page.close();
    return { ran, ...inspection };
  }

  // With the CSP on (as served), and with it bypassed: the app itself must not turn text into markup.
  for (const bypassCSP of [false, true]) {
    it(`shows the text literally or stripped on the detail page and in search results${bypassCSP ? ', even with the CSP bypassed' : ''}`, async () => {
      const context = await browser.newContext({ bypassCSP });
      for (const id of ids) {
        const detail = await visit(context, `/node/${encodeURIComponent(id)}`, (page) => page.getByText(MARK).first().waitFor({ timeout: 20_000 }));
        expect(detail.ran).toEqual([]);
        expect(detail.xss).toBeNull();
        expect(detail.found).toEqual([]);
        // Shown as the words it is, or with the markup removed: never as a working element.
        expect(detail.text).toMatch(new RegExp(`Sessions[^]*${MARK}`));
      }
      const results = await visit(context, `/professionals?q=${MARK}`, (page) => page.getByText(MARK).first().waitFor({ timeout: 20_000 }).catch(() => undefined));
      expect(results.ran).toEqual([]);
      expect(results.xss).toBeNull();
      expect(results.found).toEqual([]);
      await context.close();
    });
  }
});
