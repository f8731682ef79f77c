import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { writeQuery } from '../../graph/seam/index.ts';
import { buildApp } from '../../api/app.ts';
import { loadConfig } from '../../api/config.ts';
import { createTestUser, deleteTestUsers, signIn } from '../helpers/users.ts';
import { createRandom } from './support/prng.ts';
import { enumerateRoutes, type RouteInfo } from './support/route-table.ts';
import { hostileRequest, type HostileRequest } from './support/hostile-requests.ts';
import { findLeaks } from './support/response-checks.ts';
import { runPool } from './support/run-pool.ts';
import { readStaticFiles } from './support/static-files.ts';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
/** Paths no route declares: the not-found handler must be as careful as the routes. */
const UNROUTED: RouteInfo[] = ['/api/:x', '/oruk/:x', '/:x', '/assets/:x'].map((path) => ({ method: 'GET', path, params: ['x'], query: ['q'], bodyFields: [] }));

/** Routes that take input get more of the requests than routes that take none (static files, health). */
function weighted(routes: RouteInfo[]): RouteInfo[] {
  return routes.flatMap((route) => {
    const surface = 1 + 2 * route.params.length + (route.query.length ? 3 : 0) + (route.bodyFields.length || ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method) ? 3 : 0);
    return Array.from({ length: surface }, () => route);
  });
}

function describeRequest(request: HostileRequest): string {
  const payload = request.payload === undefined ? '' : ` body(${request.headers['content-type'] ?? 'none'}): ${String(request.payload).slice(0, 120)}`;
  return `${request.method} ${request.url.slice(0, 200)}${payload}`;
}

describe('hostile input to every public route', () => {
  const random = createRandom();
  let app: FastifyInstance;
  let routes: RouteInfo[];
  let adminCookie: string;
  const created = { feedback: new Set<string>(), users: new Set<string>() };
  /** What the app logged at error level: the cause of any 5xx, for the failure message. */
  const errorLogs: string[] = [];

  beforeAll(async () => {
    const logger = { level: 'error', stream: { write: (line: string) => { if (errorLogs.length < 10) errorLogs.push(line.slice(0, 2000)); } } };
    app = await buildApp({ config: loadConfig({ NEO4J_URI: inject('neo4jUri') }), neo4j: { uri: inject('neo4jUri') }, logger });
    await app.ready();
    routes = [...enumerateRoutes(app), ...UNROUTED];
    adminCookie = await signIn(app, await createTestUser(app.graph, 'admin'));
  });
  afterAll(async () => {
    await writeQuery(app.graph, 'MATCH (f:Feedback) WHERE f.id IN $ids DETACH DELETE f', { ids: [...created.feedback] });
    await writeQuery(app.graph, 'MATCH (u:User) WHERE u.id IN $ids DETACH DELETE u', { ids: [...created.users] });
    await deleteTestUsers(app.graph);
    await app.close();
  });

  it('finds the routes to attack, including writes and the ORUK feed when they exist', () => {
    expect(routes.some((r) => r.path === '/api/health')).toBe(true);
    expect(routes.filter((r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method)).length).toBeGreaterThan(0);
  });

  it(`answers ${REQUESTS} generated requests with no 5xx, stack trace or file path, and is alive after`, { timeout: 180_000 }, async () => {
    let staticFiles = readStaticFiles();
    const isStaticFile = (body: string) => staticFiles.some((file) => file.includes(body)) || (staticFiles = readStaticFiles()).some((file) => file.includes(body));
    const failures: string[] = [];
    const perKind = new Map<string, number>();
    const statuses = new Map<number, number>();
    const targets = weighted(routes);
    await runPool(REQUESTS, 16, async (index) => {
      const route = targets[index % targets.length] as RouteInfo;
      const request = hostileRequest(random, route);
      // A quarter of the reads and of the writes to an id carry an admin session, to reach the validation and
      // handlers behind sign-in; writes that create things (accounts, ingests) are only ever sent signed out.
      const signedIn = random.chance(0.25) && (['GET', 'HEAD'].includes(route.method) || route.params.length > 0);
      if (signedIn) request.headers.cookie = adminCookie;
      let response;
      try {
        response = await app.inject(request);
      } catch (error) {
        failures.push(`the request could not be made (${(error as Error).message}) ← ${describeRequest(request)}`);
        return;
      }
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      const problems: string[] = [];
      if (response.statusCode >= 500) problems.push(`status ${response.statusCode}`);
      problems.push(...findLeaks(response.body));
      const isApi = /^\/(api|oruk)(\/|$|\?)/.test(request.url);
      if (isApi && response.statusCode >= 400 && request.method !== 'HEAD' && !String(response.headers['content-type']).includes('application/json')) {
        problems.push(`an error that is not JSON (${response.headers['content-type']})`);
      }
      if (!isApi && response.statusCode < 300 && response.body && !isStaticFile(response.body)) {
        problems.push('a page or file that is not part of the web app');
      }
      if (response.statusCode === 201) {
        const body = JSON.parse(response.body) as { id?: string; user?: { id?: string } };
        if (request.url.startsWith('/api/feedback') && body.id) created.feedback.add(body.id);
        if (request.url.startsWith('/api/users') && body.user?.id) created.users.add(body.user.id);
      }
      const kind = problems.join(', ');
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
      if (problems.length && (perKind.get(kind) ?? 0) <= 5) failures.push(`${problems.join(', ')} ← ${describeRequest(request)} → ${response.body.slice(0, 300)}`);
    });
    const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    console.info(`fuzz: ${REQUESTS} requests over ${routes.length} routes, seed ${random.seed}; statuses ${summary}`);
    expect(failures, `seed ${random.seed} (replay with FUZZ_SEED=${random.seed}); statuses ${summary}; logged: ${errorLogs.join('\n')}`).toEqual([]);
    const health = await app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});
