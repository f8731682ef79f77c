import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';

/** Streams `bytes` of body without a Content-Length (chunked), as a client that lies about size would. */
function postChunked(port: number, path: string, bytes: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('body size limits', () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await buildTestApp(); });
  afterAll(async () => app?.close());

  it.each([
    ['/api/auth/login', 300 * 1024],
    ['/api/users', 300 * 1024],
    ['/api/feedback', 20 * 1024], // feedback takes at most 16 kB
    ['/api/offers/o-x/changes', 2 * 1024 * 1024],
  ])('%s refuses a %d-byte body with 413 and a JSON reason', async (url, size) => {
    const response = await app.inject({ method: 'POST', url, payload: JSON.stringify({ about: 'local-offer', message: 'x'.repeat(size) }), headers: { 'content-type': 'application/json' }, remoteAddress: '10.8.8.8' });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json()).toEqual({ error: 'too_large', message: expect.stringMatching(/too large/i) });
  });

  it('refuses a streamed body with no declared length once it passes the limit, without reading it all', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const result = await postChunked(port, '/api/auth/login', 20 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: 'too_large' });
  });
});
