import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from 'playwright-core';
import { launchBrowser } from '../../web/helpers/browser.ts';
import { startStaticServer } from '../../web/helpers/static-server.ts';
import { generatedNeighbourhood } from './generated-neighbourhood.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODES = 300;
const TARGET_MS = 1000;
const RUNS = 5;

export interface BenchResult {
  suite: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

/**
 * In the page: opens /node/<id> inside the app (as a click on a link would), waits for the map to draw
 * `size` nodes, then clicks one node and waits until the app has drawn it as selected. Resolves with both times.
 */
export const MEASURE = (id: string, size: number) => `new Promise((resolve, reject) => {
  const started = performance.now();
  const timer = setTimeout(() => reject(new Error('the map never became interactive')), 20000);
  const onReady = (event) => {
    const cy = event.composedPath()[0].cytoscape;
    if (event.detail.nodes < ${size} || cy.nodes('.centre').id() !== ${JSON.stringify(id)}) return;
    window.removeEventListener('lo-map-ready', onReady);
    const drawn = performance.now();
    const node = cy.nodes().filter((n) => !n.hasClass('centre'))[7];
    const box = cy.container().getBoundingClientRect();
    const p = node.renderedPosition();
    const at = { clientX: box.left + p.x, clientY: box.top + p.y, bubbles: true, composed: true, button: 0, buttons: 1, view: window };
    const canvas = cy.container().querySelector('canvas:last-of-type');
    // What a browser fires for one click, in order.
    canvas.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'mouse', isPrimary: true }));
    canvas.dispatchEvent(new MouseEvent('mousedown', at));
    canvas.dispatchEvent(new PointerEvent('pointerup', { ...at, buttons: 0, pointerType: 'mouse', isPrimary: true }));
    canvas.dispatchEvent(new MouseEvent('mouseup', { ...at, buttons: 0 }));
    // Interactive: the click has gone through the app and the node is drawn as selected.
    const check = () => {
      if (!node.hasClass('selected')) return requestAnimationFrame(check);
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ drawn: drawn - started, interactive: performance.now() - started }));
    };
    check();
  };
  window.addEventListener('lo-map-ready', onReady);
  history.pushState(null, '', '/node/' + ${JSON.stringify(id)});
  window.dispatchEvent(new CustomEvent('lo-route-changed'));
})`;

/** Answers the API calls the detail page makes with a generated node and its 300-node neighbourhood. */
async function fakeApi(page: Page): Promise<void> {
  await page.route('**/api/**', (route: Route) => {
    const url = new URL(route.request().url());
    const json = (status: number, body: unknown) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
    const hood = /^\/api\/nodes\/([^/]+)\/neighbourhood$/.exec(url.pathname);
    // The measured node has 300 neighbours; anything opened from it (the click expands it) has a few.
    if (hood?.[1]) return json(200, generatedNeighbourhood(hood[1].startsWith('bench-') ? NODES : 5, decodeURIComponent(hood[1])));
    const node = /^\/api\/nodes\/([^/]+)$/.exec(url.pathname);
    if (node?.[1]) {
      return json(200, { id: decodeURIComponent(node[1]), kind: 'service', kindLabel: 'service', name: 'Benchmark service', summary: 'A service with 300 connections.',
        description: 'A service with 300 connections.', url: null, retired: false, offer: null, concept: null, offers: null });
    }
    return json(404, { error: 'not_found', message: 'Not in the benchmark.' });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The time for a 300-node neighbourhood to render and become interactive in headless Chromium: from
 * opening a detail page inside the app to the map answering a click on a node. The API is answered
 * from memory so only the web app is measured. "Cold" includes fetching cytoscape (lazy-loaded).
 */
export async function runWebRender(): Promise<BenchResult[]> {
  execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts'], { cwd: ROOT, stdio: 'pipe' });
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await fakeApi(page);
    await page.goto(server.url);
    await page.locator('lo-start-page h1').waitFor();
    const cold = await page.evaluate(MEASURE('bench-0', NODES)) as { drawn: number; interactive: number };
    const warm: Array<{ drawn: number; interactive: number }> = [];
    for (let i = 1; i <= RUNS; i++) {
      await page.waitForTimeout(300); // let the previous run's expansion settle
      warm.push(await page.evaluate(MEASURE(`bench-${i}`, NODES)) as { drawn: number; interactive: number });
    }
    const warmInteractive = median(warm.map((w) => w.interactive));
    return [
      { suite: 'web-render', metric: `${NODES}-node neighbourhood, drawn (cold: cytoscape fetched)`, value: cold.drawn, unit: 'ms' },
      { suite: 'web-render', metric: `${NODES}-node neighbourhood, interactive (cold)`, value: cold.interactive, unit: 'ms', target: `< ${TARGET_MS} ms`, pass: cold.interactive < TARGET_MS },
      { suite: 'web-render', metric: `${NODES}-node neighbourhood, drawn (warm, median of ${RUNS})`, value: median(warm.map((w) => w.drawn)), unit: 'ms' },
      { suite: 'web-render', metric: `${NODES}-node neighbourhood, interactive (warm, median of ${RUNS})`, value: warmInteractive, unit: 'ms', target: `< ${TARGET_MS} ms`, pass: warmInteractive < TARGET_MS },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

export default { name: 'web-render', run: runWebRender };

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const results = await runWebRender();
  for (const r of results) console.log(`${r.metric.padEnd(60)} ${r.value.toFixed(0).padStart(6)} ${r.unit}${r.target ? `  (target ${r.target}: ${r.pass ? 'met' : 'MISSED'})` : ''}`);
}
