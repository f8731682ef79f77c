import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countOffers } from '../../graph/offers/count-offers.ts';
import type { GraphContext } from '../../graph/seam/index.ts';
import { generateFeed } from '../../ingest/generate/generate-feed.ts';
import { testGraph } from '../helpers/graph.ts';
import { startIngest } from './support/ingest-process.ts';
import { deleteSource, snapshotSource } from './support/source-snapshot.ts';

const SERVICES = 1_000;
const AUTHORITY = `fault-kill-${Date.now().toString(36)}`;
const SOURCE = `${AUTHORITY}/oruk-v3`;

describe('ingest killed with SIGKILL halfway', () => {
  let ctx: GraphContext;
  let dir: string;
  let feed: string;
  const args = () => [feed, '--format', 'oruk-v3', '--authority', AUTHORITY, '--source', SOURCE, '--batch-size', '50'];
  const env = () => ({ NEO4J_URI: inject('neo4jUri') });

  beforeAll(async () => {
    ctx = testGraph();
    dir = mkdtempSync(path.join(os.tmpdir(), 'log-fault-kill-'));
    await generateFeed({ services: SERVICES, out: dir, authorities: 1, seed: 99 });
    const [authority] = (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { authorities: Array<{ id: string }> }).authorities;
    feed = path.join(dir, authority?.id ?? '', 'oruk-v3');
  });
  afterAll(async () => {
    await deleteSource(ctx, SOURCE, AUTHORITY);
    await ctx.driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('converges, when run again, to the graph an uninterrupted run makes (counts and content hash)', { timeout: 150_000 }, async () => {
    // The reference: one run, start to end.
    const reference = startIngest(args(), env());
    expect((await reference.exited).code, reference.output()).toBe(0);
    const expected = await snapshotSource(ctx, SOURCE);
    expect(expected.offers).toBeGreaterThan(SERVICES * 0.9);
    await deleteSource(ctx, SOURCE, AUTHORITY);
    expect(await countOffers(ctx, { source: SOURCE })).toBe(0);

    // Killed without warning once about half the offers have landed.
    const killed = startIngest(args(), env());
    let landed = 0;
    while (killed.child.exitCode === null && landed < expected.offers * 0.4) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      landed = await countOffers(ctx, { source: SOURCE });
    }
    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal, `the ingest finished before it could be killed: ${killed.output()}`).toBe('SIGKILL');
    const partial = await countOffers(ctx, { source: SOURCE });
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(expected.offers);
    // Whole batches only: each batch is one transaction, so nothing half-written is left.
    expect(partial % 50 === 0 || partial === expected.offers).toBe(true);

    // Run again: it finishes the job and the graph is the same as the uninterrupted run's.
    const again = startIngest(args(), env());
    expect((await again.exited).code, again.output()).toBe(0);
    const converged = await snapshotSource(ctx, SOURCE);
    console.info(`ingest-killed: ${expected.offers} offers, ${expected.relationships} relationships; killed at ${partial}; re-run converged: ${converged.hash === expected.hash}`);
    expect(converged).toEqual(expected);
  });
});
