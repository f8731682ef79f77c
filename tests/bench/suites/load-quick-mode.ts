import type { BenchOptions } from '../framework.ts';

/**
 * Quick mode for the heavy suites (ingest, load): asked for with BENCH_QUICK=1, or by giving the bench an
 * explicit `--duration` under 60 s (a developer after a quick look, not the acceptance figures). In quick mode the
 * ingest suite runs 10k services only and the load suite measures for `--duration` seconds per step.
 */
export function quickMode(options: BenchOptions): boolean {
  if (process.env.BENCH_QUICK === '1') return true;
  const explicitDuration = process.argv.some((arg) => arg === '--duration' || arg.startsWith('--duration='));
  return explicitDuration && options.duration < 60;
}
