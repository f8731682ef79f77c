import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../../api/app.ts';
import { loadConfig } from '../../api/config.ts';
import { findLeaks } from './support/response-checks.ts';

/** Ways a handler can fail: none of them may put a stack, a file path or a driver message in the response. */
const FAILURES: Record<string, () => unknown> = {
  'an Error with a path in its message': () => { throw new Error(`cannot open ${process.cwd()}/data/secret.json`); },
  'a TypeError': () => (JSON.parse('null') as { x: { y: number } }).x.y,
  'a thrown string': () => { throw 'plain string failure'; }, // eslint-disable-line no-throw-literal
  'a thrown object with a 4xx status and a stack in its message': () => {
    throw Object.assign(new Error(`bad thing\n    at handler (${process.cwd()}/api/routes/x.ts:12:7)`), { statusCode: 400 });
  },
  'a 4xx error naming a file': () => {
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${process.cwd()}/web/dist/missing.html'`), { statusCode: 404 });
  },
  'a Neo4j-looking error': () => {
    throw Object.assign(new Error('Neo.ClientError.Statement.SyntaxError: Invalid input'), { code: 'Neo.ClientError.Statement.SyntaxError' });
  },
  'a rejected promise': () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
  'a reply that breaks its own schema': () => ({ notWhatTheSchemaSays: true }),
};

describe('no stack trace or file path ever reaches a client', () => {
  let app: FastifyInstance;
  const names = Object.keys(FAILURES);

  beforeAll(async () => {
    const config = loadConfig({ NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent' });
    app = await buildApp({ config, neo4j: { uri: inject('neo4jUri') }, logger: false });
    for (const [index, name] of names.entries()) {
      const fail = FAILURES[name] as () => unknown;
      const schema = name.includes('schema') ? { response: { 200: z.object({ ok: z.boolean() }) } } : {};
      app.get(`/api/test-failure/${index}`, { schema }, async () => fail());
    }
    await app.ready();
  });
  afterAll(async () => app?.close());

  it.each(names.map((name, index) => [name, index] as const))('%s → a JSON error with no details', async (_name, index) => {
    const response = await app.inject({ url: `/api/test-failure/${index}` });
    expect(response.headers['content-type']).toContain('application/json');
    expect(findLeaks(response.body)).toEqual([]);
    expect(response.body).not.toContain(process.cwd());
    const body = response.json() as { error: string; message: string };
    expect(body).toEqual({ error: expect.any(String), message: expect.any(String) });
    if (response.statusCode >= 500) expect(body).toEqual({ error: 'internal_error', message: 'Something went wrong on our side. Please try again.' });
  });
});
