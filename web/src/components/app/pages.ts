import type { Route } from '../../routing/route.ts';

/**
 * Where each page's component comes from. The start page is in the first load; every other page is
 * its own chunk, fetched when first visited, so a phone on a slow line downloads only what it shows.
 */
export const PAGE_LOADERS: Record<Route['page'], () => Promise<unknown>> = {
  start: () => import('../start-page/start-page.ts'),
  results: () => import('../results-page/results-page.ts'),
  search: () => import('../search-page/search-page.ts'),
  node: () => import('../node-page/node-page.ts'),
  shortlist: () => import('../shortlist-page/shortlist-page.ts'),
  feedback: () => import('../feedback-page/feedback-page.ts'),
  'you-said': () => import('../you-said-page/you-said-page.ts'),
  'sign-in': () => import('../sign-in-page/sign-in-page.ts'),
  review: () => import('../review-page/review-page.ts'),
  'review-feedback': () => import('../triage-page/triage-page.ts'),
  sufficiency: () => import('../sufficiency-page/sufficiency-page.ts'),
  'review-changes': () => import('../changes-page/changes-page.ts'),
  audit: () => import('../audit-page/audit-page.ts'),
  gaps: () => import('../gaps-page/gaps-page.ts'),
  'not-found': () => import('../not-found-page/not-found-page.ts'),
};

/** Sets the browser tab's title in the GOV.UK pattern: "Page – Service". */
export function setTitle(page: string): void {
  document.title = page ? `${page} – Local Offer Graph` : 'Local Offer Graph';
}

/**
 * While the person reads the start page or types, fetch what the next step needs (the results page and
 * cytoscape) so the map appears sooner. Skipped when the browser asks to save data.
 */
export function prefetchWhenIdle(): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  const idle = (window as Window & { requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number }).requestIdleCallback
    ?? ((fn: () => void) => window.setTimeout(fn, 1500));
  idle(() => {
    void PAGE_LOADERS.results().catch(() => undefined);
    void import('cytoscape').catch(() => undefined);
  }, { timeout: 4000 });
}
