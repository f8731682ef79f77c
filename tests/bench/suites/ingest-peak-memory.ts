import { writeFileSync } from 'node:fs';

/**
 * Preloaded into the ingest process by the ingest benchmark (node --import): when the process exits, however it
 * exits, it writes its peak resident memory in bytes to BENCH_PEAK_RSS_FILE.
 */
const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
