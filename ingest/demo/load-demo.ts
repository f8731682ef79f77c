import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readQuery, type GraphContext } from '../../graph/seam/index.ts';
import { loadManifest, type ManifestLoadOptions, type ManifestSummary } from './load-manifest.ts';

/** The demo Local Offer of two fictional authorities (ingest/demo-data/README.md). */
export const DEMO_MANIFEST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../demo-data/manifest.json');

/** Loads (or refreshes: it is idempotent) the demo data. */
export async function loadDemoData(ctx: GraphContext, options: ManifestLoadOptions = {}): Promise<ManifestSummary> {
  return loadManifest(ctx, DEMO_MANIFEST, options);
}

const ANY_OFFER = 'MATCH (o:Offer) WITH o LIMIT 1 RETURN count(o) > 0 AS any';

/** True when the database has no offers at all: start-up loads the demo data only then. */
export async function databaseHasNoOffers(ctx: GraphContext): Promise<boolean> {
  const [row] = await readQuery<{ any: boolean }>(ctx, ANY_OFFER);
  return !(row?.any ?? false);
}
