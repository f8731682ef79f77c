import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ontologyJsonLd } from './jsonld.ts';

/**
 * `npm run export:ontology -- [file]`: writes the whole vocabulary as SKOS JSON-LD to `file`
 * (folders are created), or to standard output when no file is given.
 */
async function main(): Promise<void> {
  const target = process.argv[2];
  const document = ontologyJsonLd();
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (!target) {
    process.stdout.write(json);
    return;
  }
  const file = resolve(target);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, json, 'utf8');
  const count = document['@graph'].length;
  process.stderr.write(`Wrote ${count} SKOS nodes (schemes and concepts) to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not export the ontology: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
