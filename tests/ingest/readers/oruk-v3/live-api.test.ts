import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readOrukV3 } from '../../../../ingest/readers/oruk-v3/read-oruk-v3.ts';
import { UnusableInputError } from '../../../../ingest/readers/types.ts';
import { OPTIONS } from '../helpers.ts';

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const listEntry = (n: number) => ({ id: uuid(n), name: `Service ${n}`, status: 'active', minimum_age: n });
const full = (n: number) => ({
  ...listEntry(n), description: `Full record ${n}`,
  service_at_locations: [{ id: uuid(100 + n), location: { id: uuid(200 + n), location_type: 'physical', name: `Venue ${n}` } }],
});
const PAGES = [[listEntry(1), listEntry(2)], [full(3), listEntry(4)], [listEntry(5)]];

/** A small ORUK v3 API: /services pages of list entries, /services/{id} full records, and scripted failures. */
function startFeed() {
  const log: string[] = [];
  const userAgents = new Set<string>();
  const failures = new Map<string, Array<{ status: number; retryAfter?: string }>>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    log.push(`${url.pathname}${url.search}`);
    userAgents.add(req.headers['user-agent'] ?? '');
    const scripted = failures.get(url.pathname + url.search)?.shift() ?? failures.get(url.pathname)?.shift();
    if (scripted) {
      res.writeHead(scripted.status, scripted.retryAfter !== undefined ? { 'Retry-After': scripted.retryAfter } : {});
      res.end('busy');
      return;
    }
    const json = (body: unknown): void => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (url.pathname === '/api/services') {
      const n = Number(url.searchParams.get('page') ?? '1');
      const contents = PAGES[n - 1] ?? [];
      json({ total_items: 5, total_pages: PAGES.length, page_number: n, size: 2, first_page: n === 1, last_page: n === PAGES.length, empty: contents.length === 0, contents });
      return;
    }
    const m = /^\/api\/services\/(.+)$/.exec(url.pathname);
    const n = m ? Number(m[1]?.slice(-12)) : NaN;
    if (m && n >= 1 && n <= 5) { json(full(n)); return; }
    res.writeHead(404);
    res.end();
  });
  return { server, log, userAgents, failures };
}

const fast = { api: { retries: 3, baseDelayMs: 20, maxDelayMs: 2_000 } };

describe('ORUK v3: reading a live API', () => {
  const feed = startFeed();
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => feed.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(feed.server.address() as AddressInfo).port}/api`;
  });
  afterAll(() => new Promise<void>((resolve) => feed.server.close(() => resolve())));
  beforeEach(() => { feed.log.length = 0; feed.failures.clear(); });

  it('follows the pages and fetches the full record of each list entry, retrying a 503', async () => {
    feed.failures.set(`/api/services/${uuid(2)}`, [{ status: 503, retryAfter: '0' }]);
    const { offers, rejects, warnings, partial } = await readOrukV3(base, { ...OPTIONS, ...fast });
    expect(rejects).toEqual([]);
    expect(warnings).toEqual([]);
    expect(partial).toBeUndefined();
    expect(offers.map((o) => [o.sourceId, o.description, o.locations[0]?.name, o.minAge])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [uuid(n), `Full record ${n}`, `Venue ${n}`, n]));
    expect(feed.log.filter((l) => l.startsWith('/api/services?'))).toEqual([1, 2, 3].map((p) => `/api/services?page=${p}&per_page=50`));
    // Service 3 came full on its page: no second request for it. Service 2 was asked for twice (503, then 200).
    expect(feed.log.filter((l) => l === `/api/services/${uuid(3)}`)).toHaveLength(0);
    expect(feed.log.filter((l) => l === `/api/services/${uuid(2)}`)).toHaveLength(2);
    expect([...feed.userAgents].every((ua) => ua.startsWith('LocalOfferGraph-ingest/'))).toBe(true);
  });

  it('honours Retry-After on a 429', async () => {
    feed.failures.set('/api/services?page=2&per_page=50', [{ status: 429, retryAfter: '1' }]);
    const started = Date.now();
    const { offers } = await readOrukV3(`${base}/services`, { ...OPTIONS, ...fast });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(offers).toHaveLength(5);
  });

  it('uses the list entry, warns and marks the read partial when a full record never comes', async () => {
    feed.failures.set(`/api/services/${uuid(4)}`, Array.from({ length: 4 }, () => ({ status: 500 })));
    const { offers, warnings, partial } = await readOrukV3(base, { ...OPTIONS, ...fast });
    expect(offers).toHaveLength(5);
    expect(offers.find((o) => o.sourceId === uuid(4))?.description).toBe('');
    expect(warnings).toEqual([expect.stringMatching(/record 00000000-0000-4000-8000-000000000004.*could not be fetched \(.*HTTP 500/)]);
    expect(partial).toBe(true);
  });

  it('reports a later page that keeps failing, and still reads the others', async () => {
    feed.failures.set('/api/services?page=3&per_page=50', Array.from({ length: 4 }, () => ({ status: 502 })));
    const { offers, warnings, partial } = await readOrukV3(base, { ...OPTIONS, ...fast });
    expect(offers).toHaveLength(4);
    expect(warnings[0]).toMatch(/page 3 could not be fetched/);
    expect(partial).toBe(true);
  });

  it('throws a clear UnusableInputError when the feed cannot be reached or is not an ORUK feed', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = readOrukV3(`http://127.0.0.1:${port}/api`, { ...OPTIONS, api: { retries: 1, baseDelayMs: 10 } });
    await expect(unreachable).rejects.toBeInstanceOf(UnusableInputError);
    await expect(readOrukV3(`http://127.0.0.1:${port}/api`, { ...OPTIONS, api: { retries: 0 } })).rejects.toThrow(/could not be read: .*could not be reached \(ECONNREFUSED\)/);
    await expect(readOrukV3(`${base}/nothing-here`, { ...OPTIONS, ...fast })).rejects.toThrow(/HTTP 404/);
  });
});
