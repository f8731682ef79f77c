import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError } from '../../../graph/seam/index.ts';
import { setSecurityHeaders } from '../external/security-headers.ts';

export interface ErrorBody {
  error: string;
  message: string;
  issues?: { path: string; message: string }[];
}

/**
 * The one error handler. Invalid input → 400 with the issues; our own errors → their status and
 * stable code; other client errors keep their status; anything else → 500 with a generic message
 * (the details go to the log only, never to the client).
 */
export default fp(
  async (fastify) => {
    fastify.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const issues = error.validation.map((v) => ({
          path: `${error.validationContext ?? 'request'}${v.instancePath.replace(/\//g, '.')}`,
          message: v.message ?? 'is not valid',
        }));
        const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
        return reply.status(400).send({ error: 'bad_request', message: `The request is not valid: ${summary}`, issues } satisfies ErrorBody);
      }
      if (isDomainError(error)) {
        if (error.statusCode >= 500) request.log.error({ err: error.cause ?? error }, error.message);
        return reply.status(error.statusCode).send({ error: error.code, message: error.message } satisfies ErrorBody);
      }
      const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
      if (status >= 400 && status < 500) {
        return reply.status(status).send({ error: clientErrorCode(status), message: safeMessage(error) } satisfies ErrorBody);
      }
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send({ error: 'internal_error', message: 'Something went wrong on our side. Please try again.' } satisfies ErrorBody);
    });

    fastify.setNotFoundHandler((request, reply) => {
      const isPage = request.method === 'GET' && !/^\/(api|oruk)(\/|$)/.test(request.url) && !/\.\w+(\?|$)/.test(request.url);
      if (isPage && typeof reply.sendFile === 'function') return reply.type('text/html').sendFile('index.html');
      return reply.status(404).send({ error: 'not_found', message: `Nothing is at ${request.method} ${request.url.split('?')[0]}` } satisfies ErrorBody);
    });
  },
  { name: 'error-handler' },
);

/**
 * For Fastify's `frameworkErrors` option: the errors it meets before any hook or handler runs (an address with a
 * broken %-escape, an id longer than the router takes). Same headers and body shape as every other error, and
 * the address is not echoed back.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  const message = status === 414
    ? 'Part of the address is too long.'
    : 'The address is not valid (it has a broken %-escape or a character that is not allowed).';
  setSecurityHeaders(request.raw, reply.raw);
  void reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify({ error: clientErrorCode(status), message } satisfies ErrorBody));
}

function clientErrorCode(status: number): string {
  return ({ 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 413: 'too_large', 414: 'uri_too_long', 415: 'unsupported_media_type', 429: 'too_many_requests' } as Record<number, string>)[status] ?? 'bad_request';
}

/** Fastify's own 4xx messages are safe; strip anything that looks like a stack or a path. */
function safeMessage(error: FastifyError): string {
  const first = (error.message || 'The request could not be handled.').split('\n')[0] ?? '';
  return first
    .replace(/\(?\/[\w./-]+:\d+:\d+\)?/g, '')
    // A file system path (two or more segments, Unix or Windows) says where the server keeps its files.
    .replace(/(^|[\s'"`(=:])(?:file:\/\/)?(?:[A-Za-z]:)?(?:[\\/][\w.@~+-]+){2,}[\\/]?/g, '$1[path]')
    .slice(0, 300);
}
