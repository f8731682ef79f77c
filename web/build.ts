import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'dist');

/** Bundles the web app with esbuild into web/dist and reports the first load's JavaScript, gzipped. */
async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [path.join(here, 'src/main.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    sourcemap: false,
    target: ['es2022'],
    outdir: path.join(out, 'assets'),
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  cpSync(path.join(here, 'public'), out, { recursive: true });
  const entry = Object.entries(result.metafile.outputs).find(([, meta]) => meta.entryPoint?.endsWith('src/main.ts'));
  if (!entry) throw new Error('the build produced no entry file');
  // Everything the entry loads before it runs: its static imports, and theirs (dynamic imports come later).
  const firstLoad = new Set<string>();
  const visit = (file: string) => {
    if (firstLoad.has(file)) return;
    firstLoad.add(file);
    for (const i of result.metafile.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry[0]);
  const files = [...firstLoad];
  const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  const raw = files.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(`web: first load JavaScript ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget 250 KB)`);
}

await main();
