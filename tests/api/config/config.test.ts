import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../../api/config.ts';

describe('configuration from the environment', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_DATA_DIR).toBe('./data/neo4j');
    expect(config.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a bad PORT with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be 1 to 65535/);
  });

  it('refuses a NEO4J_URI that is not a Neo4j address', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must look like bolt:/);
  });
});
