import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import fastifyHelmet from '@fastify/helmet';
import helmet from 'helmet';

/**
 * Security headers on every response: a strict content security policy (scripts only from this
 * site, so script that slipped into an offer's text cannot run), no framing, no MIME sniffing.
 */
export const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Lit and cytoscape set styles from script; no inline <script> is ever allowed.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  crossOriginEmbedderPolicy: false,
  // The ORUK feed is meant to be read from other sites (the UK profile asks for CORS *).
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  strictTransportSecurity: false, // set by the TLS-terminating proxy in production, not on plain http
  referrerPolicy: { policy: 'same-origin' },
} as const;

const setHeaders = helmet(SECURITY_HEADERS);

/** The same headers, for the few responses Fastify writes before any hook runs (a malformed URL). */
export function setSecurityHeaders(request: IncomingMessage, response: ServerResponse): void {
  setHeaders(request, response, () => {});
}

export default fp(
  async (fastify) => {
    await fastify.register(fastifyHelmet, SECURITY_HEADERS);
  },
  { name: 'security-headers' },
);
