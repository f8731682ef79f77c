import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../api/app.ts';
import { loadConfig } from '../../api/config.ts';
import { freePort } from '../helpers/free-port.ts';
import { enumerateRoutes } from '../fuzz/support/route-table.ts';

/**
 * Once the app knows the database is down, every route that would need it (under /api and /oruk alike) answers
 * at once with a JSON 503, rather than each request waiting out the driver's retries; pages still load.
 */
describe('during a database outage', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`; // nothing listens there
    app = await buildApp({ config: loadConfig({ NEO4J_URI: uri, LOG_LEVEL: 'silent' }), neo4j: { uri }, logger: false });
    await app.ready();
    // The first request finds the outage (it may take the driver's retry time to do so).
    expect((await app.inject({ url: '/api/search?q=autism' })).statusCode).toBe(503);
  });
  afterAll(async () => app?.close());

  it('answers every /api and /oruk route within a second, with a JSON 503 where it needs the database', async () => {
    const routes = enumerateRoutes(app).filter((r) => r.method === 'GET' && /^\/(api|oruk)\//.test(r.path) && r.path !== '/api/health');
    expect(routes.some((r) => r.path.startsWith('/oruk/'))).toBe(true);
    const slow: string[] = [];
    for (const route of routes) {
      const url = route.path.replace(/:\w+/g, 'x');
      const started = performance.now();
      const response = await app.inject({ url });
      const ms = performance.now() - started;
      if (ms > 1_000) slow.push(`${url} took ${Math.round(ms)} ms (${response.statusCode})`);
      expect(response.statusCode, url).not.toBe(500);
      if (response.statusCode >= 500) {
        expect(response.statusCode, url).toBe(503);
        expect(response.json(), url).toMatchObject({ error: 'graph_unavailable', message: expect.stringMatching(/database/i) });
      }
    }
    expect(slow).toEqual([]);
  });

  it('still serves the web app, so people see a page that can say the data is unavailable', async () => {
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('says so on /api/health, which always asks the database', async () => {
    const response = await app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/database/i) });
  });
});
