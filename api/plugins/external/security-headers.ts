import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/**
 * Security headers on every response: a strict content security policy (scripts only from this
 * site, so script that slipped into an offer's text cannot run), no framing, no MIME sniffing.
 */
export default fp(
  async (fastify) => {
    await fastify.register(helmet, {
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
    });
  },
  { name: 'security-headers' },
);
