import { searchQueryFor } from '../../../graph/discovery/search/search-service.ts';
import { int, readQuery } from '../../../graph/seam/index.ts';
import { buildFullTextQuery } from '../../../graph/discovery/search/lucene.ts';
import { searchHits } from '../../../graph/discovery/search/search-offers.ts';
import { understandingContext } from '../../../graph/discovery/understand/context.ts';
import { understandQuestion } from '../../../graph/discovery/understand/understand.ts';
import type { Dataset } from '../datasets.ts';
import type { BenchOptions, BenchRow, BenchSuite } from '../framework.ts';
import { callLatency, httpLatency } from '../measure.ts';

/** What people ask (plain questions) and search for (a few words, with filters). */
const QUESTIONS: ReadonlyArray<{ q: string; age?: number }> = [
  { q: "my 7 year old is autistic and can't sleep", age: 7 },
  { q: 'my daughter is 2 and not talking yet', age: 2 },
  { q: 'my son uses a wheelchair and wants to go to college', age: 16 },
  { q: 'I am 19 and want a job', age: 19 },
  { q: 'school keeps excluding my son because of his behaviour', age: 12 },
  { q: 'we need a break from caring for our disabled child' },
  { q: 'my child is deaf and starting school', age: 4 },
  { q: 'help for dyslexia at secondary school', age: 12 },
  { q: 'how do I get an EHCP' },
  { q: 'my teenager is anxious and will not leave the house', age: 14 },
  { q: 'our baby has Down syndrome', age: 1 },
  { q: 'transport to a special school', age: 9 },
];
const SEARCHES: ReadonlyArray<Record<string, string>> = [
  { q: 'speech and language therapy' },
  { q: 'short breaks', age: '10' },
  { q: 'autism support group' },
  { q: 'sleep', need: 'need:autism' },
  { q: 'holiday club', cost: 'free' },
  { q: 'college', age: '17' },
  { q: 'occupational therapy', area: 'ashcombe' },
  { q: 'mediation tribunal' },
  { q: 'nursery', kind: 'setting', age: '3' },
  { q: 'travel training' },
];

const TARGETS = { discover: 50, search: 20 };

/**
 * Discovery answers from its in-memory snapshot and runs no Cypher per request. The raw Cypher
 * beside it is what the same question's full text costs in the database (both full-text indexes),
 * the query discovery would need without its snapshot: the ratio says what the snapshot saves or costs.
 */
const FULL_TEXT = `CALL db.index.fulltext.queryNodes('offer_text', $query, {limit: $limit}) YIELD node, score
WHERE NOT coalesce(node.retired, false)
RETURN node.id AS id, score
UNION ALL
CALL db.index.fulltext.queryNodes('concept_text', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score`;

/** GET /api/discover over HTTP, and the Cypher it runs (the full-text seeds), at p50/p95. */
export const discoverSuite: BenchSuite = {
  name: 'discover',
  description: 'GET /api/discover p50/p95 over HTTP (autocannon, after warm-up), the raw Cypher of the same questions, and the ratio',
  async run(dataset: Dataset, options: BenchOptions, log): Promise<BenchRow[]> {
    const paths = QUESTIONS.map(({ q, age }) => `/api/discover?${new URLSearchParams({ q, ...(age !== undefined ? { age: String(age) } : {}) })}`);
    log(`discover on ${dataset.name}: HTTP...`);
    const http = await httpLatency(dataset.baseUrl, paths, options);
    const snapshot = await dataset.app.discovery.snapshots.get();
    const queries = QUESTIONS.map(({ q }) => buildFullTextQuery({ words: understandQuestion(q, understandingContext(snapshot)).keywords }));
    log(`discover on ${dataset.name}: Cypher...`);
    const cypher = await callLatency(queries.filter(Boolean), (query) => readQuery(dataset.ctx, FULL_TEXT, { query, limit: int(60) }), options.iterations);
    return rows('discover', dataset, 'GET /api/discover', 'same full text in Cypher', http, cypher, TARGETS.discover);
  },
};

/** GET /api/search over HTTP, and its Cypher (full text + filters), at p50/p95. */
export const searchSuite: BenchSuite = {
  name: 'search',
  description: 'GET /api/search p50/p95 over HTTP (autocannon, after warm-up), the raw Cypher of the same searches, and the ratio',
  async run(dataset: Dataset, options: BenchOptions, log): Promise<BenchRow[]> {
    const paths = SEARCHES.map((s) => `/api/search?${new URLSearchParams(s)}`);
    log(`search on ${dataset.name}: HTTP...`);
    const http = await httpLatency(dataset.baseUrl, paths, options);
    const snapshot = await dataset.app.discovery.snapshots.get();
    const inputs = SEARCHES.map(({ q, age, ...rest }) => ({
      query: searchQueryFor(snapshot, q!).query,
      filters: { ...rest, age: age === undefined ? null : { min: Number(age), max: Number(age) } },
    }));
    log(`search on ${dataset.name}: Cypher...`);
    const cypher = await callLatency(inputs, ({ query, filters }) => searchHits(dataset.ctx, query, filters), options.iterations);
    return rows('search', dataset, 'GET /api/search', 'full text + filters', http, cypher, TARGETS.search);
  },
};

function rows(suite: string, dataset: Dataset, route: string, cypherName: string, http: Awaited<ReturnType<typeof httpLatency>>, cypher: { p50: number; p95: number; samples: number }, target: number): BenchRow[] {
  const ok = http.p95 <= target ? 'meets' : 'MISSES';
  return [
    {
      suite, dataset: `${dataset.name} (${dataset.offers} offers)`, measure: `${route} (HTTP)`, p50: http.p50, p95: http.p95, samples: http.samples,
      notes: `${Math.round(http.requestsPerSecond)} req/s; p95 target ${target} ms: ${ok}${http.non2xx || http.errors ? `; ${http.non2xx} non-2xx, ${http.errors} errors` : ''}`,
      extra: { requestsPerSecond: http.requestsPerSecond, non2xx: http.non2xx, errors: http.errors, targetP95: target },
    },
    {
      suite, dataset: `${dataset.name} (${dataset.offers} offers)`, measure: `${cypherName} (Cypher)`, p50: cypher.p50, p95: cypher.p95, samples: cypher.samples,
      notes: `HTTP / Cypher: p50 ${(http.p50 / cypher.p50).toFixed(1)}x, p95 ${(http.p95 / cypher.p95).toFixed(1)}x`,
      extra: { ratioP50: http.p50 / cypher.p50, ratioP95: http.p95 / cypher.p95 },
    },
  ];
}
