import type { RecallFigures } from './recall.ts';

/** The side-by-side figures and each scenario's misses, as printed text. */
export function formatReport(discover: RecallFigures, baseline: RecallFigures, latencies: number[]): string {
  const pct = (n: number) => n.toFixed(3);
  const lines: string[] = [];
  const k = discover.k;
  lines.push('', `Recall@${k} on ${discover.scenarios.length} scenarios (${discover.expectations} expectations, ${discover.lateralExpectations} lateral)`, '');
  lines.push(`${''.padEnd(22)}${'discover'.padStart(10)}${'baseline'.padStart(10)}`);
  lines.push(`${'overall'.padEnd(22)}${pct(discover.recall).padStart(10)}${pct(baseline.recall).padStart(10)}`);
  lines.push(`${'lateral'.padEnd(22)}${pct(discover.lateralRecall).padStart(10)}${pct(baseline.lateralRecall).padStart(10)}`);
  lines.push(`${'met / expectations'.padEnd(22)}${`${discover.met}/${discover.expectations}`.padStart(10)}${`${baseline.met}/${baseline.expectations}`.padStart(10)}`);
  if (latencies.length) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    lines.push(`${'discover latency (ms)'.padEnd(22)}  p50 ${at(0.5)}  p95 ${at(0.95)} (in-process through the API, snapshot built)`);
  }
  lines.push('', 'Misses (L = lateral):');
  discover.scenarios.forEach((scenario, i) => {
    const base = baseline.scenarios[i]!;
    const own = scenario.missed.map((m) => `${m.label}${m.lateral ? ' (L)' : ''}`).join('; ') || '-';
    const theirs = base.missed.map((m) => `${m.label}${m.lateral ? ' (L)' : ''}`).join('; ') || '-';
    lines.push(`  ${scenario.id.padEnd(5)} ${scenario.query}`);
    lines.push(`        discover misses: ${own}`);
    lines.push(`        baseline misses: ${theirs}`);
  });
  return lines.join('\n');
}
