import { startBenchDatabase } from './tests/bench/suites/ingest-neo4j.ts';
import { writeFileSync } from 'node:fs';
const db = await startBenchDatabase(() => {});
writeFileSync('/tmp/bench-db-uri', db.uri);
console.log('READY', db.uri, process.pid);
process.on('SIGTERM', async () => { await db.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
