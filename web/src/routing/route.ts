import { emptyResultsState, formatResultsState, parseResultsState, type ResultsState } from './results-state.ts';

export type FrameworkView = 'parent' | 'young-person';

/** Every page of the app, read from (and written to) the address bar. */
export type Route =
  | { page: 'start' }
  | { page: 'results'; state: ResultsState }
  | { page: 'search'; audience: 'professionals' | 'learners'; state: ResultsState }
  | { page: 'node'; id: string; view: FrameworkView }
  | { page: 'shortlist'; ids: string[] | null }
  | { page: 'feedback'; about: string | null }
  | { page: 'you-said' }
  | { page: 'sign-in'; next: string | null }
  | { page: 'review' }
  | { page: 'review-feedback'; status: string | null }
  | { page: 'sufficiency'; area: string | null }
  | { page: 'review-changes' }
  | { page: 'audit'; offer: string | null }
  | { page: 'gaps'; rows: string; cols: string; area: string | null; by: string | null; cell: string | null }
  | { page: 'not-found'; path: string };

const ids = (value: string | null): string[] => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : []);

/** The route for a path and query string. Pure: tested without a browser. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const path = pathname.replace(/\/+$/, '') || '/';
  const node = /^\/node\/(.+)$/.exec(path);
  if (node?.[1]) {
    const view: FrameworkView = params.get('view') === 'young-person' ? 'young-person' : 'parent';
    return { page: 'node', id: safeDecode(node[1]), view };
  }
  switch (path) {
    case '/': return { page: 'start' };
    case '/results': return { page: 'results', state: parseResultsState(params) };
    case '/professionals': return { page: 'search', audience: 'professionals', state: parseResultsState(params) };
    case '/learners': return { page: 'search', audience: 'learners', state: parseResultsState(params) };
    case '/shortlist': return { page: 'shortlist', ids: params.has('ids') ? ids(params.get('ids')) : null };
    case '/feedback': return { page: 'feedback', about: params.get('about') || null };
    case '/you-said-we-did': return { page: 'you-said' };
    case '/sign-in': return { page: 'sign-in', next: safeNext(params.get('next')) };
    case '/review': return { page: 'review' };
    case '/review/feedback': return { page: 'review-feedback', status: params.get('status') || null };
    case '/review/sufficiency': return { page: 'sufficiency', area: params.get('area') || null };
    case '/review/changes': return { page: 'review-changes' };
    case '/review/audit': return { page: 'audit', offer: params.get('offer') || null };
    case '/gaps':
      return {
        page: 'gaps', rows: params.get('rows') || 'need', cols: params.get('cols') || 'ageBand',
        area: params.get('area') || null, by: params.get('by') || null, cell: params.get('cell') || null,
      };
    default: return { page: 'not-found', path };
  }
}

/** The address of a route (path and query). */
export function routeUrl(route: Route): string {
  const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
  const params = (entries: Record<string, string | null>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(entries)) if (v) p.set(k, v);
    return p.toString();
  };
  switch (route.page) {
    case 'start': return '/';
    case 'results': return withQuery('/results', formatResultsState(route.state));
    case 'search': return withQuery(route.audience === 'learners' ? '/learners' : '/professionals', formatResultsState(route.state));
    case 'node': return withQuery(`/node/${encodeURIComponent(route.id)}`, route.view === 'young-person' ? 'view=young-person' : '');
    case 'shortlist': return withQuery('/shortlist', route.ids ? `ids=${route.ids.map(readableId).join(',')}` : '');
    case 'feedback': return withQuery('/feedback', params({ about: route.about }));
    case 'you-said': return '/you-said-we-did';
    case 'sign-in': return withQuery('/sign-in', params({ next: route.next }));
    case 'review': return '/review';
    case 'review-feedback': return withQuery('/review/feedback', params({ status: route.status }));
    case 'sufficiency': return withQuery('/review/sufficiency', params({ area: route.area }));
    case 'review-changes': return '/review/changes';
    case 'audit': return withQuery('/review/audit', params({ offer: route.offer }));
    case 'gaps':
      return withQuery('/gaps', params({
        rows: route.rows === 'need' ? null : route.rows, cols: route.cols === 'ageBand' ? null : route.cols,
        area: route.area, by: route.by, cell: route.cell,
      }));
    case 'not-found': return route.path;
  }
}

/** The address of a results page for a question. */
export function resultsUrl(q: string, age: number | null = null, area: string | null = null): string {
  return routeUrl({ page: 'results', state: { ...emptyResultsState(q), age, area } });
}

export function nodeUrl(id: string): string {
  return routeUrl({ page: 'node', id, view: 'parent' });
}

/** An id as it may stand in a query string, readable (node ids use letters, digits, ':', '.', '-' and '_'). */
function readableId(id: string): string {
  return id.replace(/[^\w:.-]/g, (c) => encodeURIComponent(c));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Only same-site paths may be a sign-in's "next" (never another site). */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export type { ResultsState };
