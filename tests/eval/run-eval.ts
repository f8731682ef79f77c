import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp } from '../../api/app.ts';
import { loadConfig } from '../../api/config.ts';
import { createDriver } from '../../graph/seam/index.ts';
import { createBaseline, readBaselineRecords } from './baseline.ts';
import { openDemoDatabase } from './database.ts';
import { recallAtK, type Ranking } from './recall.ts';
import { formatReport } from './report.ts';
import { loadScenarios } from './scenarios.ts';

/**
 * `npm run eval [-- --scenarios FILE] [--json OUT] [--k K] [--verbose]`: runs each scenario through
 * GET /api/discover (the app built in-process, on the demo data) and through a keyword-only BM25
 * baseline over the same records, and prints recall@k overall and on the lateral expectations.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    scenarios: { type: 'string', default: path.resolve(ROOT, '../shared/eval/scenarios.json') },
    json: { type: 'string' },
    k: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const log = (line: string) => process.stderr.write(`${line}\n`);
const file = loadScenarios(path.resolve(values.scenarios!));
const k = values.k ? Number(values.k) : file.k;
const database = await openDemoDatabase(log);
let exitCode = 0;
try {
  const config = loadConfig({ NEO4J_URI: database.uri, NEO4J_USER: database.user ?? '', NEO4J_PASSWORD: database.password ?? '', LOG_LEVEL: 'silent' });
  const app = await buildApp({ config, neo4j: { uri: database.uri, user: database.user, password: database.password }, logger: false });
  await app.ready();
  await app.discovery.snapshots.get(); // the snapshot is built once, before the first question is timed
  const driver = createDriver({ uri: database.uri, user: database.user, password: database.password });
  try {
    const baseline = createBaseline(await readBaselineRecords({ driver, database: config.NEO4J_DATABASE }));
    const discovered: Ranking[] = [];
    const keyword: Ranking[] = [];
    const latencies: number[] = [];
    for (const scenario of file.scenarios) {
      const query = new URLSearchParams({ q: scenario.query, limit: String(k) });
      if (scenario.age !== undefined) query.set('age', String(scenario.age));
      if (scenario.area !== undefined) query.set('area', scenario.area);
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url: `/api/discover?${query}` });
      latencies.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`${scenario.id}: /api/discover answered ${response.statusCode}: ${response.body}`);
      const body = response.json() as { results: { name: string; kind: string; why: string[] }[] };
      const empty = body.results.filter((r) => r.why.length === 0);
      if (empty.length) throw new Error(`${scenario.id}: results without a why: ${empty.map((r) => r.name).join(', ')}`);
      discovered.push({ scenario, names: body.results.map((r) => r.name) });
      keyword.push({ scenario, names: baseline.search(scenario.query, scenario.age, k) });
      if (values.verbose) {
        log(`\n${scenario.id} ${scenario.query}`);
        body.results.forEach((r, i) => log(`  ${String(i + 1).padStart(2)}. [${r.kind}] ${r.name}  — ${r.why.join(' | ')}`));
      }
    }
    const discoverFigures = recallAtK(discovered, k);
    const baselineFigures = recallAtK(keyword, k);
    process.stdout.write(`${formatReport(discoverFigures, baselineFigures, latencies)}\n`);
    if (values.json) {
      writeFileSync(values.json, `${JSON.stringify({ scenariosFile: values.scenarios, k, discover: discoverFigures, baseline: baselineFigures }, null, 2)}\n`);
      log(`Figures written to ${values.json}`);
    }
  } finally {
    await driver.close();
    await app.close();
  }
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
