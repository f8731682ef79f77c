import type { GraphContext } from '../graph/seam/index.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from '../graph/schema/apply-migrations.ts';
import { loadOntology } from '../graph/ontology/index.ts';
import { loadAreaWideOffer } from '../graph/sufficiency/area-wide-offer.ts';
import { databaseHasNoOffers, loadDemoData } from '../ingest/demo/load-demo.ts';

const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../ingest/demo-data');

export interface BootstrapStep {
  name: string;
  run(ctx: GraphContext, log: (line: string) => void): Promise<void>;
}

export interface BootstrapOptions {
  loadDemoData: boolean;
}

/** What start-up does to the database, in order: each step is idempotent, so it runs on every start. */
export function bootstrapSteps(options: BootstrapOptions): BootstrapStep[] {
  const steps: BootstrapStep[] = [
    {
      name: 'schema migrations',
      async run(ctx, log) {
        const ran = await applyMigrations(ctx);
        log(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Schema is up to date.');
      },
    },
    {
      name: 'ontology',
      async run(ctx, log) {
        const loaded = await loadOntology(ctx);
        log(`Ontology: ${loaded.concepts} concepts and ${loaded.relations} relations loaded.`);
      },
    },
  ];
  if (options.loadDemoData) {
    steps.push({
      name: 'area-wide offers',
      async run(ctx, log) {
        const manifest = JSON.parse(readFileSync(path.join(DEMO_DIR, 'manifest.json'), 'utf8')) as { authorities: { id: string; areaWideOffer?: string }[] };
        for (const authority of manifest.authorities) {
          if (!authority.areaWideOffer) continue;
          const count = await loadAreaWideOffer(ctx, path.join(DEMO_DIR, authority.areaWideOffer));
          log(`Area-wide offer of ${authority.id}: ${count} expectations.`);
        }
      },
    });
    steps.push({
      name: 'demo data',
      async run(ctx, log) {
        // Only into an empty database: never over offers someone loaded (npm run ingest -- --demo refreshes it).
        if (!(await databaseHasNoOffers(ctx))) return log('Demo data: offers already present, left as they are.');
        const { counts: c, seconds } = await loadDemoData(ctx, { log: (line) => log(`Demo data: ${line}`) });
        log(`Demo data loaded: ${c.read} read, ${c.created} created, ${c.rejected} rejected in ${seconds.toFixed(1)} s.`);
      },
    });
  }
  return steps;
}

/** Runs the steps; on a database outage it waits and tries again rather than crashing. */
export async function runBootstrap(ctx: GraphContext, steps: BootstrapStep[], log: (line: string) => void, retryMs = 5000): Promise<void> {
  for (;;) {
    try {
      for (const step of steps) await step.run(ctx, log);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'graph_unavailable') throw error;
      log(`The database is not reachable yet; trying again in ${Math.round(retryMs / 1000)} s.`);
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}
