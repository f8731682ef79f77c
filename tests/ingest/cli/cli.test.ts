import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readQuery, type GraphContext } from '../../../graph/seam/index.ts';
import { testGraph } from '../../helpers/graph.ts';
import { ROOT } from '../../helpers/server-process.ts';
import { cleanScope, testScope } from '../../graph/offers/offer-fixtures.ts';

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs `npm run ingest`'s entry point as a real process on the test run's Neo4j. */
function ingest(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args], {
      cwd: ROOT, env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const HEADER = 'id,name,description,needs,min_age,max_age,access_route,cost,areas';
const GOOD = [
  'CLI-1,Test drop-in,"A drop-in for autistic children aged 5 to 11.",autism,5,11,open access,free,all',
  'CLI-2,Test sleep clinic,"Sleep support for children with ADHD.",ADHD,2,18,specialist,free,all',
];

describe('npm run ingest (the CLI, as a process)', () => {
  const scope = testScope('cli');
  let ctx: GraphContext;
  let dir: string;
  const csv = (name: string, rows: string[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
    return file;
  };
  const args = (file: string, ...more: string[]) => [file, '--authority', scope.authorityId, '--source', scope.source, ...more];

  beforeAll(() => {
    ctx = testGraph();
    dir = mkdtempSync(path.join(os.tmpdir(), 'log-cli-'));
  });
  afterAll(async () => {
    await cleanScope(ctx, scope);
    await ctx.driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 when everything landed, and prints the summary', async () => {
    const run = await ingest(args(csv('good.csv', GOOD)));
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/read\s+2\n\s+created\s+2\n\s+updated\s+0\n\s+unchanged\s+0\n\s+retired\s+0\n\s+rejected\s+0/);
    expect(run.stdout).toContain('No records were rejected.');
    const rows = await readQuery(ctx, 'MATCH (o:Offer {source: $source}) RETURN o.sourceId AS id ORDER BY id', { source: scope.source });
    expect(rows).toEqual([{ id: 'CLI-1' }, { id: 'CLI-2' }]);
  });

  it('counts an unchanged second run as unchanged', async () => {
    const run = await ingest(args(csv('good.csv', GOOD)));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/created\s+0\n\s+updated\s+0\n\s+unchanged\s+2/);
  });

  it('exits 1 when a record was rejected, with the rejects report printed and written as CSV', async () => {
    const report = path.join(dir, 'rejects.csv');
    const run = await ingest(args(csv('bad.csv', [...GOOD, 'CLI-3,,"A record with no name",,,,,,']), '--rejects-report', report));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/rejected\s+1/);
    expect(run.stdout).toContain('1 record was rejected:');
    expect(run.stdout).toMatch(/bad\.csv\s+CLI-3\s+4\s+name\s+the record has no name/);
    const lines = readFileSync(report, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('file,record,line,field,reason');
    expect(lines[1]).toMatch(/bad\.csv,CLI-3,4,name,the record has no name$/);
  });

  it('exits 0 despite rejects with --allow-rejects, and retires what disappeared', async () => {
    const run = await ingest(args(csv('less.csv', [GOOD[0]!, 'CLI-3,,"still no name",,,,,,']), '--allow-rejects'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/retired\s+1\n\s+rejected\s+1/);
  });

  it('exits 2 with one clear line for unusable input', async () => {
    const missing = await ingest(['/no/such/folder', '--authority', scope.authorityId]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('No such file or folder: /no/such/folder');

    const format = await ingest(args(csv('good.csv', GOOD), '--format', 'excel'));
    expect(format.code).toBe(2);
    expect(format.stderr.trim()).toMatch(/^Unknown format "excel": use one of oruk-v3, oruk-v1, outpost, csv, documents\.$/);

    const authority = await ingest([csv('good.csv', GOOD)]);
    expect(authority.code).toBe(2);
    expect(authority.stderr).toMatch(/--authority/);

    const unreachable = await ingest(['http://127.0.0.1:9/services', '--authority', scope.authorityId, '--format', 'oruk-v3']);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr.trim().split('\n').at(-1)).toMatch(/127\.0\.0\.1:9/);
  });
});
