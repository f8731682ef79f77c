import { parseArgs } from 'node:util';
import { generateFeed } from './generate-feed.ts';

/** `npm run generate -- --services 10000 --out DIR [--seed N] [--authorities N] [--page-size N]` */
const USAGE = 'Usage: npm run generate -- --services N --out DIR [--seed N] [--authorities N] [--page-size N]';

function whole(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    process.stderr.write(`--${name} must be a whole number from ${min} to ${max} (got "${value}").\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}

let values;
try {
  ({ values } = parseArgs({ options: { services: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, authorities: { type: 'string' }, 'page-size': { type: 'string' } } }));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const services = whole('services', values.services, 1, 1_000_000);
if (!services || !values.out) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const started = Date.now();
let last = 0;
const result = await generateFeed({
  services, out: values.out,
  ...(values.seed !== undefined ? { seed: whole('seed', values.seed, 0, 2 ** 32 - 1) ?? 1 } : {}),
  ...(values.authorities !== undefined ? { authorities: whole('authorities', values.authorities, 1, 10_000) ?? 1 } : {}),
  ...(values['page-size'] !== undefined ? { pageSize: whole('page-size', values['page-size'], 1, 10_000) ?? 100 } : {}),
  onPage: (written, total) => {
    if (Date.now() - last < 1000 && written < total) return;
    last = Date.now();
    process.stderr.write(`${written}/${total} services\n`);
  },
});
process.stdout.write(`Wrote ${result.services} services (${result.pages} pages, ${(result.bytes / 1e6).toFixed(1)} MB) for ${result.authorities} fictional authorities in ${((Date.now() - started) / 1000).toFixed(1)} s.\nManifest: ${result.manifest} (load it with: npm run ingest -- --manifest ${result.manifest})\n`);
