import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';

type Headers = Record<string, string | string[] | number | undefined>;

/** The headers every response must carry, page or API, success or error. */
function securityProblems(headers: Headers): string[] {
  const problems: string[] = [];
  const csp = String(headers['content-security-policy'] ?? '');
  const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  if (!directive('default-src').includes("'self'")) problems.push(`CSP default-src: "${directive('default-src')}"`);
  const scripts = directive('script-src') || directive('default-src');
  if (/'unsafe-inline'|'unsafe-eval'|\*|data:/.test(scripts) || !scripts) problems.push(`CSP script-src allows more than this site: "${scripts}"`);
  if (directive('object-src') !== "object-src 'none'") problems.push('CSP object-src is not none');
  const framing = directive('frame-ancestors');
  if (!/'none'|'self'/.test(framing) && !/^(DENY|SAMEORIGIN)$/i.test(String(headers['x-frame-options'] ?? ''))) problems.push('framing is allowed');
  if (headers['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (!/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(String(headers['referrer-policy'] ?? ''))) problems.push(`Referrer-Policy: ${headers['referrer-policy']}`);
  if (headers['x-powered-by']) problems.push('X-Powered-By says what runs the site');
  return problems;
}

const REQUESTS: Array<{ name: string; method?: 'GET' | 'HEAD' | 'POST' | 'PATCH'; url: string; payload?: string; headers?: Record<string, string> }> = [
  { name: 'the home page', url: '/' },
  { name: 'a link into the app', url: '/explore/need:autism?q=autism' },
  { name: 'the script bundle', url: '/assets/main.js' },
  { name: 'HEAD of the home page', method: 'HEAD', url: '/' },
  { name: 'health (200)', url: '/api/health' },
  { name: 'the OpenAPI document', url: '/api/docs' },
  { name: 'a bad query (400)', url: '/api/gaps?rows=nonsense' },
  { name: 'no such route (404)', url: '/api/no-such-thing' },
  { name: 'a route needing sign-in (401)', url: '/api/users' },
  { name: 'a forged session (401)', url: '/api/feedback', headers: { cookie: 'log_session=eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4ifQ.' } },
  { name: 'broken JSON (400)', method: 'POST', url: '/api/feedback', payload: '{"about":', headers: { 'content-type': 'application/json' } },
  { name: 'an unsupported content type (415)', method: 'POST', url: '/api/feedback', payload: '<x/>', headers: { 'content-type': 'application/xml' } },
  { name: 'an oversized body (413)', method: 'POST', url: '/api/auth/login', payload: 'x'.repeat(300_000), headers: { 'content-type': 'application/json' } },
  { name: 'a broken %-escape in the path (400)', url: '/api/%zz' },
  { name: 'a broken UTF-8 escape in a page path (400)', url: '/explore/%E0%A4%A' },
  { name: 'an id longer than the router takes (414)', method: 'PATCH', url: `/api/feedback/${'x'.repeat(500)}`, payload: '{}', headers: { 'content-type': 'application/json' } },
];

describe('security headers on every page and API response', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => app?.close());

  it.each(REQUESTS.map((r) => [r.name, r] as const))('%s', async (_name, request) => {
    const response = await app.inject({ method: request.method ?? 'GET', url: request.url, payload: request.payload, headers: request.headers, remoteAddress: '10.9.9.9' });
    expect(securityProblems(response.headers), `${response.statusCode} ${response.body.slice(0, 200)}`).toEqual([]);
    if (response.statusCode >= 400) {
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(Object.keys(response.json() as object).sort()).toEqual(expect.arrayContaining(['error', 'message']));
      expect(response.body).not.toMatch(/FST_ERR|statusCode/); // our error shape, not the framework's
    }
  });
});
