import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDataset } from './datasets.ts';
import { formatTable, writeResults, type BenchOptions, type BenchRow } from './framework.ts';
import { SUITES } from './suites/index.ts';

/**
 * `npm run bench [-- --suite discover,search] [--dataset demo,10k] [--duration 10] [--warmup 3]
 * [--connections 1] [--iterations 200] [--data-dir DIR]`: runs each suite on each dataset, prints a table
 * and writes bench-results/<suite>-<time>.json. One connection by default: latency of a request on its
 * own, not queueing behind others (concurrency has its own suite). The demo dataset uses NEO4J_URI when set; a generated
 * dataset runs on its own embedded Neo4j (kept in --data-dir to reuse it next time).
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    suite: { type: 'string' },
    dataset: { type: 'string', default: 'demo,10k' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1' },
    iterations: { type: 'string', default: '200' },
    'data-dir': { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

if (values.list) {
  for (const suite of SUITES) process.stdout.write(`${suite.name.padEnd(12)} ${suite.description}\n`);
  process.exit(0);
}
const wanted = values.suite ? values.suite.split(',').map((s) => s.trim()) : SUITES.map((s) => s.name);
const unknown = wanted.filter((name) => !SUITES.some((s) => s.name === name));
if (unknown.length) {
  log(`Unknown suite(s): ${unknown.join(', ')}. Known: ${SUITES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const options: BenchOptions = {
  duration: Number(values.duration), warmup: Number(values.warmup), connections: Number(values.connections), iterations: Number(values.iterations),
};
const rows: BenchRow[] = [];
let failed = false;
for (const name of values.dataset!.split(',').map((d) => d.trim()).filter(Boolean)) {
  const dataset = await openDataset(name, { dataDir: name === 'demo' ? undefined : values['data-dir'], log });
  try {
    for (const suite of SUITES.filter((s) => wanted.includes(s.name))) rows.push(...await suite.run(dataset, options, log));
  } catch (error) {
    log(`${name}: ${(error as Error).stack ?? (error as Error).message}`);
    failed = true;
  } finally {
    await dataset.close();
  }
}
process.stdout.write(`\n${formatTable(rows)}\n`);
const files = writeResults(path.join(ROOT, 'bench-results'), rows, { at: new Date().toISOString(), options, node: process.version });
log(`Results: ${files.map((f) => path.relative(ROOT, f)).join(', ')}`);
process.exit(failed ? 1 : 0);
