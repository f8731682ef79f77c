import autocannon from 'autocannon';
import { percentile } from './framework.ts';

export interface Latency {
  p50: number;
  p95: number;
  samples: number;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
}

/**
 * HTTP latency with autocannon: `warmup` seconds first (discarded), then `duration` seconds measured,
 * cycling through `paths`. Percentiles are computed from every response's own time.
 */
export async function httpLatency(baseUrl: string, paths: readonly string[], options: { duration: number; warmup: number; connections: number }): Promise<Latency> {
  const requests = paths.map((p) => ({ method: 'GET' as const, path: p }));
  if (options.warmup > 0) await run(baseUrl, requests, options.warmup, options.connections, () => {});
  const times: number[] = [];
  const result = await run(baseUrl, requests, options.duration, options.connections, (ms) => times.push(ms));
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    samples: times.length,
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function run(url: string, requests: autocannon.Request[], duration: number, connections: number, onTime: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, requests, duration, connections, pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('response', (_client, _status, _bytes, responseTime) => onTime(responseTime));
  });
}

/** Latency of an async function (a raw query), after `warmup` calls; `inputs` are cycled through. */
export async function callLatency<T>(inputs: readonly T[], call: (input: T) => Promise<unknown>, iterations: number, warmup = 20): Promise<{ p50: number; p95: number; samples: number }> {
  for (let i = 0; i < warmup; i++) await call(inputs[i % inputs.length]!);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await call(inputs[i % inputs.length]!);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), samples: times.length };
}
