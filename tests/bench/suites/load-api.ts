import autocannon from 'autocannon';
import type { Dataset } from '../datasets.ts';
import { percentile, type BenchOptions, type BenchRow, type BenchSuite } from '../framework.ts';
import { quickMode } from './load-quick-mode.ts';
import { startServerUnderLoad } from './load-server.ts';

/** Plain questions and searches, as people type them: cycled through by every connection. */
const QUESTIONS = [
  "my 7 year old is autistic and can't sleep", 'my daughter is 2 and not talking yet', 'we need a break from caring',
  'my son uses a wheelchair and wants to go to college', 'school keeps excluding my son', 'how do I get an EHCP',
  'my teenager is anxious and will not leave the house', 'help for dyslexia at secondary school', 'our baby has Down syndrome',
  'I am 19 and want a job', 'bedwetting at age 9', 'meltdowns after school', 'respite for a disabled child',
  'he has ADHD and keeps getting into trouble', 'she is deaf and starting nursery', 'my child is partially sighted',
  'who pays for a personal budget', 'we disagree with the council about his plan', 'toilet training a child with learning disabilities',
  'my son has epilepsy and wants to go on a school trip', 'help with transport to a special school', 'my daughter self harms',
  'my son has a stammer', 'fussy eating and sensory problems', 'moving from children to adult services',
  'my child has cerebral palsy and needs physiotherapy', 'a carers assessment for me', 'my child is on the waiting list for an autism assessment',
  'home adaptations for a wheelchair', 'support groups for parents of disabled children',
];
/** Each question alone and with an age (the age filter changes what is eligible): 150 different requests. */
const AGES = [null, 4, 9, 15, 19];
const SEARCHES = ['speech and language therapy', 'short breaks', 'autism support group', 'sleep', 'holiday club', 'college',
  'occupational therapy', 'mediation tribunal', 'nursery', 'travel training', 'physiotherapy', 'parent carer forum'];
const ENDPOINTS = {
  discover: QUESTIONS.flatMap((q) => AGES.map((age) => `/api/discover?${new URLSearchParams(age === null ? { q } : { q, age: String(age) })}`)),
  search: SEARCHES.flatMap((q) => AGES.map((age) => `/api/search?${new URLSearchParams(age === null ? { q } : { q, age: String(age) })}`)),
};
/** Issue 9: 50 and 200 connections for 60 s each; the acceptance is 0 errors at 200. */
export const LOAD = { connections: [50, 200], seconds: 60, warmupSeconds: 10, minServices: 10_000 } as const;

/** `errors` counts connection errors and timeouts (autocannon counts a timeout as an error too); `non2xx` the rest. */
interface LoadResult { requestsPerSecond: number; p50: number; p95: number; p99: number; samples: number; errors: number; timeouts: number; non2xx: number }

function hammer(baseUrl: string, paths: readonly string[], connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      // A request still unanswered after 30 s counts as an error (a browser or crawler would have given up).
      url: baseUrl, connections, duration: seconds, pipelining: 1, timeout: 30,
      requests: paths.map((path) => ({ method: 'GET' as const, path })),
    }, (error, result) => {
      if (error) return reject(error);
      resolve({
        requestsPerSecond: result.requests.average, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99),
        samples: times.length, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx,
      });
    });
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}

/**
 * GET /api/discover and /api/search under load from autocannon at 50 and 200 connections, 60 s each after a
 * warm-up, against the real server running as its own process on the dataset's database: throughput, p50/p95/p99
 * and errors (connection errors, timeouts, non-2xx). Runs on datasets of 10k services or more.
 * In quick mode (see load-quick-mode.ts) each step lasts `--duration` seconds instead.
 */
export const loadSuite: BenchSuite = {
  name: 'load',
  description: 'discover and search under autocannon load, 50 and 200 connections x 60 s, server in its own process: req/s, p50/p95/p99, errors',
  async run(dataset: Dataset, options: BenchOptions, log): Promise<BenchRow[]> {
    if (dataset.offers < LOAD.minServices && !process.env.BENCH_LOAD_ANY_DATASET) {
      log(`load: skipped on ${dataset.name} (${dataset.offers} offers; it runs at ${LOAD.minServices} or more)`);
      return [];
    }
    const seconds = quickMode(options) ? options.duration : LOAD.seconds;
    const server = await startServerUnderLoad(dataset.app.config.NEO4J_URI ?? '', log);
    const rows: BenchRow[] = [];
    try {
      for (const [name, paths] of Object.entries(ENDPOINTS)) {
        log(`load: warming up ${name}...`);
        await hammer(server.baseUrl, paths, 10, Math.min(LOAD.warmupSeconds, seconds));
        for (const connections of LOAD.connections) {
          log(`load: ${name} at ${connections} connections for ${seconds} s...`);
          const r = await hammer(server.baseUrl, paths, connections, seconds);
          const errors = r.errors + r.non2xx;
          rows.push({
            suite: 'load', dataset: dataset.name, measure: `GET /api/${name} x${connections} conn, ${seconds} s (HTTP)`,
            p50: r.p50, p95: r.p95, samples: r.samples,
            notes: `${Math.round(r.requestsPerSecond)} req/s, p99 ${r.p99.toFixed(0)} ms, errors ${errors}${connections === 200 ? ` | target 0 errors: ${errors === 0 ? 'MET' : 'NOT MET'}` : ''}`,
            extra: { connections, seconds, requestsPerSecond: Number(r.requestsPerSecond.toFixed(1)), p99: r.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx },
          });
        }
      }
    } finally {
      await server.stop();
    }
    return rows;
  },
};
