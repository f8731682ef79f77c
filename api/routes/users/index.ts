import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createUserRepository } from '../../../graph/users/user-repository.ts';
import { hashPassword } from '../../auth/password.ts';
import { createUserSchema, listUsersSchema } from './schema.ts';

const userRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const users = createUserRepository(fastify.graph);

  fastify.get('/api/users', { schema: listUsersSchema, preHandler: fastify.requireRole('admin') }, async () => ({ users: await users.list() }));

  fastify.post('/api/users', { schema: createUserSchema, preHandler: fastify.requireRole('admin') }, async (request, reply) => {
    const { password, ...rest } = request.body;
    const user = await users.create({ ...rest, passwordHash: await hashPassword(password) });
    if (!user) return reply.status(409).send({ error: 'conflict', message: 'An account with that email already exists.' });
    return reply.status(201).send({ user: { ...user, email: rest.email.toLowerCase() } });
  });
};

export default userRoutes;
