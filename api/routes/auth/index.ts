import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUserRepository } from '../../../graph/users/user-repository.ts';
import { verifyPassword } from '../../auth/password.ts';
import { SESSION_COOKIE, UnauthorisedError } from '../../plugins/app/auth.ts';
import { loginSchema, logoutSchema, meSchema } from './schema.ts';

const authRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const users = createUserRepository(fastify.graph);

  fastify.post('/api/auth/login', {
    schema: loginSchema,
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const user = await users.findByEmail(request.body.email);
    // The same answer whether the email or the password is wrong.
    if (!user || !(await verifyPassword(request.body.password, user.passwordHash))) {
      return reply.status(401).send({ error: 'unauthorized', message: 'That email and password do not match an account.' });
    }
    const { passwordHash: _hidden, email: _email, ...publicUser } = user;
    await fastify.startSession(reply, user);
    return { user: publicUser };
  });

  fastify.get('/api/auth/me', { schema: meSchema }, async (request) => {
    try {
      await request.jwtVerify();
    } catch {
      throw new UnauthorisedError();
    }
    const { id, name, role, organisationIds } = request.user;
    return { user: { id, name, role, organisationIds } };
  });

  fastify.post('/api/auth/logout', { schema: logoutSchema }, async (_request, reply) => {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
};

export default authRoutes;
