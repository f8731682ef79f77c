import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../../graph/seam/index.ts';
import type { Role, User } from '../../../graph/users/user-repository.ts';

export const SESSION_COOKIE = 'log_session';

/** What a signed session carries. */
export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  organisationIds: string[];
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: SessionUser;
    user: SessionUser;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler that refuses with 401 without a session and 403 without one of `roles` (admin may do everything). */
    requireRole(...roles: Role[]): (request: FastifyRequest) => Promise<void>;
    startSession(reply: FastifyReply, user: User): Promise<void>;
  }
}

export class UnauthorisedError extends DomainError {
  constructor() { super('unauthorized', 401, 'Please sign in to do this.'); }
}
export class ForbiddenError extends DomainError {
  constructor() { super('forbidden', 403, 'Your account is not allowed to do this.'); }
}

/**
 * Sign-in sessions: a signed token (JWT) in an http-only, same-site cookie, or as a Bearer token for
 * scripts. Every write route declares the roles it needs with `requireRole`.
 */
export default fp(
  async (fastify) => {
    await fastify.register(fastifyCookie);
    await fastify.register(fastifyJwt, {
      secret: fastify.config.SESSION_SECRET,
      cookie: { cookieName: SESSION_COOKIE, signed: false },
      sign: { expiresIn: '8h' },
    });

    fastify.decorate('requireRole', (...roles: Role[]) => async (request: FastifyRequest) => {
      try {
        await request.jwtVerify();
      } catch {
        throw new UnauthorisedError();
      }
      if (request.user.role !== 'admin' && !roles.includes(request.user.role)) throw new ForbiddenError();
    });

    fastify.decorate('startSession', async (reply: FastifyReply, user: User) => {
      const token = await reply.jwtSign({ id: user.id, name: user.name, role: user.role, organisationIds: user.organisationIds });
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: 8 * 3600 });
    });
  },
  { name: 'auth' },
);
