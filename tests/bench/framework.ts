import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from './datasets.ts';

/** One measured line of the table. Latencies are in milliseconds. */
export interface BenchRow {
  suite: string;
  dataset: string;
  /** What was measured: "GET /api/discover (HTTP)", "full-text seeds (Cypher)", ... */
  measure: string;
  p50: number;
  p95: number;
  /** Requests or iterations measured. */
  samples: number;
  /** Anything else worth keeping (requests per second, a ratio, a target). */
  notes?: string;
  extra?: Record<string, number | string>;
}

export interface BenchOptions {
  /** Seconds of measurement per HTTP benchmark (after warm-up). */
  duration: number;
  warmup: number;
  connections: number;
  /** Iterations per raw-query benchmark. */
  iterations: number;
}

/**
 * A named benchmark suite. Add one by writing a module in suites/ and listing it in suites/index.ts;
 * run it alone with `npm run bench -- --suite NAME`.
 */
export interface BenchSuite {
  name: string;
  description: string;
  run(dataset: Dataset, options: BenchOptions, log: (line: string) => void): Promise<BenchRow[]>;
}

/** p-th percentile (0..100) of a list of numbers, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** The rows as a fixed-width table. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['suite', 'dataset', 'measure', 'p50 ms', 'p95 ms', 'samples', 'notes'];
  const lines = rows.map((r) => [r.suite, r.dataset, r.measure, r.p50.toFixed(2), r.p95.toFixed(2), String(r.samples), r.notes ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i >= 3 && i <= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/** Writes one JSON file per suite run to bench-results/ (ignored by git). Returns the paths. */
export function writeResults(dir: string, rows: readonly BenchRow[], meta: Record<string, unknown>): string[] {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const bySuite = new Map<string, BenchRow[]>();
  for (const row of rows) bySuite.set(row.suite, [...(bySuite.get(row.suite) ?? []), row]);
  return [...bySuite.entries()].map(([suite, suiteRows]) => {
    const file = path.join(dir, `${suite}-${stamp}.json`);
    writeFileSync(file, `${JSON.stringify({ suite, ...meta, rows: suiteRows }, null, 2)}\n`);
    return file;
  });
}
