import { inject } from 'vitest';
import { createDriver, type GraphContext } from '../../graph/seam/index.ts';

/** A GraphContext on the test run's Neo4j. Close it in afterAll with `ctx.driver.close()`. */
export function testGraph(): GraphContext {
  return { driver: createDriver({ uri: inject('neo4jUri') }), database: 'neo4j' };
}

/** A label unique to one test, so what it creates can be found and deleted without touching anything else. */
export function uniqueLabel(prefix = 'Test'): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
