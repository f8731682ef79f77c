import type { BenchSuite } from '../framework.ts';
import { discoverSuite, searchSuite } from './discovery.ts';
import { ingestSuite } from './ingest-generated.ts';
import { loadSuite } from './load-api.ts';
import { webRenderSuite } from './web-render.ts';

/** Every benchmark suite, by name. Add yours here. */
export const SUITES: readonly BenchSuite[] = [discoverSuite, searchSuite, ingestSuite, loadSuite, webRenderSuite];
