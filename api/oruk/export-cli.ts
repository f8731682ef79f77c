import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { connectToNeo4j } from '../../graph/embedded/index.ts';
import { createDriver } from '../../graph/seam/index.ts';
import { exportOruk } from './export.ts';

const USAGE = `Usage: npm run export:oruk -- <folder> [--authority ID] [--per-page N]
Writes the Local Offer as an Open Referral UK v3 feed in files (the folder is emptied first).
Exit codes: 0 written; 1 the export failed; 2 the command line cannot be used.`;

/**
 * `npm run export:oruk -- <folder>`: the same JSON as GET /oruk/..., as files. Uses the running app's database
 * when it is up (or NEO4J_URI), else starts the embedded one for the export.
 */
async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { authority: { type: 'string' }, 'per-page': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { console.log(USAGE); return 0; }
  const perPage = values['per-page'] === undefined ? 50 : Number(values['per-page']);
  if (positionals.length !== 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > 500) {
    console.error(`Give one folder${Number.isInteger(perPage) && perPage >= 1 && perPage <= 500 ? '' : ', and --per-page from 1 to 500'}.\n${USAGE}`);
    return 2;
  }
  const folder = path.resolve(positionals[0] ?? '');
  const config = loadConfig();
  const neo4j = await connectToNeo4j({
    uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, port: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR, heap: config.NEO4J_HEAP, pageCache: config.NEO4J_PAGECACHE,
    startTimeoutMs: config.NEO4J_START_TIMEOUT_SECONDS * 1000, log: (line) => console.log(line),
  });
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    const summary = await exportOruk({ driver, database: config.NEO4J_DATABASE }, folder, {
      authorityId: values.authority, perPage,
      onProgress: (done, total) => process.stdout.write(`\rServices: ${done} of ${total}`),
    });
    process.stdout.write('\n');
    if (summary.services === 0) console.warn(values.authority ? `No live offers for authority "${values.authority}".` : 'The graph has no live offers.');
    console.log(`Wrote ${summary.services} services (${summary.servicePages} pages), ${summary.taxonomies} taxonomies and ${summary.terms} terms `
      + `to ${summary.folder} (${(summary.bytes / 1024 / 1024).toFixed(1)} MB in ${summary.seconds.toFixed(1)} s).`);
    return 0;
  } catch (error) {
    console.error(`The export failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

process.exitCode = await main();
