import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from 'playwright-core';
import { launchBrowser } from '../../web/helpers/browser.ts';
import { startStaticServer } from '../../web/helpers/static-server.ts';
import { generatedNeighbourhood } from './generated-neighbourhood.ts';
import { formatTable, percentile, type BenchRow, type BenchSuite } from '../framework.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODES = 300;
const TARGET_MS = 1000;
const RUNS = 7;

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

interface Timing {
  drawn: number;
  interactive: number;
}

/**
 * The time for a 300-node neighbourhood to render and become interactive in headless Chromium: from
 * opening a detail page inside the app to the map answering a click on a node. The API is answered from
 * memory, so only the web app is measured. The page first sits on the start page for a second, as a person
 * would (the app fetches cytoscape while idle); "first map" is the first map drawn, the rest are later ones.
 */
export async function measureWebRender(log: (line: string) => void = () => {}): Promise<BenchRow[]> {
  execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts'], { cwd: ROOT, stdio: 'pipe' });
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await fakeApi(page);
    await page.goto(server.url);
    await page.locator('lo-start-page h1').waitFor();
    await page.waitForTimeout(1000);
    const first = await page.evaluate(MEASURE('bench-0', NODES)) as Timing;
    log(`web-render: first map drawn in ${first.drawn.toFixed(0)} ms, interactive in ${first.interactive.toFixed(0)} ms`);
    const later: Timing[] = [];
    for (let i = 1; i <= RUNS; i++) {
      await page.waitForTimeout(300); // let the previous run's expansion settle
      later.push(await page.evaluate(MEASURE(`bench-${i}`, NODES)) as Timing);
    }
    const target = (ms: number) => `target < ${TARGET_MS} ms: ${ms < TARGET_MS ? 'met' : 'MISSED'}`;
    const row = (measure: string, values: number[], notes?: string): BenchRow => ({
      suite: 'web-render', dataset: `generated ${NODES} nodes`, measure, p50: percentile(values, 50), p95: percentile(values, 95), samples: values.length,
      ...(notes ? { notes } : {}),
    });
    const interactive = later.map((t) => t.interactive);
    return [
      row(`${NODES}-node neighbourhood drawn (first map)`, [first.drawn]),
      row(`${NODES}-node neighbourhood interactive (first map)`, [first.interactive], target(first.interactive)),
      row(`${NODES}-node neighbourhood drawn (later maps)`, later.map((t) => t.drawn)),
      row(`${NODES}-node neighbourhood interactive (later maps)`, interactive, target(percentile(interactive, 95))),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** For `npm run bench -- --suite web-render`: measured once, on the first dataset (it does not use the database). */
let measured = false;
export const webRenderSuite: BenchSuite = {
  name: 'web-render',
  description: 'a 300-node neighbourhood rendering and becoming interactive in headless Chromium (target < 1 s)',
  async run(_dataset, _options, log) {
    if (measured) return [];
    measured = true;
    return measureWebRender(log);
  },
};

export default webRenderSuite;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(formatTable(await measureWebRender((line) => console.error(line))));
}
