import type { BenchSuite } from '../framework.ts';
import { discoverSuite, searchSuite } from './discovery.ts';

/** Every benchmark suite, by name. Add yours here. */
export const SUITES: readonly BenchSuite[] = [discoverSuite, searchSuite];
