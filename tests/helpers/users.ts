import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../api/auth/password.ts';
import { writeQuery, type GraphContext } from '../../graph/seam/index.ts';
import { createUserRepository, type Role } from '../../graph/users/user-repository.ts';

export interface TestUser { id: string; email: string; password: string; role: Role }

/** Creates an account for one test; remove it with `deleteTestUsers`. */
export async function createTestUser(ctx: GraphContext, role: Role, organisationIds: string[] = []): Promise<TestUser> {
  const email = `test-${role}-${randomUUID().slice(0, 8)}@council.example`;
  const password = `correct horse ${randomUUID()}`;
  const user = await createUserRepository(ctx).create({ email, name: `Test ${role}`, role, organisationIds, passwordHash: await hashPassword(password) });
  if (!user) throw new Error('test user not created');
  return { id: user.id, email, password, role };
}

export async function deleteTestUsers(ctx: GraphContext): Promise<void> {
  await writeQuery(ctx, "MATCH (u:User) WHERE u.email STARTS WITH 'test-' AND u.email ENDS WITH '@council.example' DETACH DELETE u");
}

/** Signs in through the API and returns the Cookie header to send with later requests. */
export async function signIn(app: FastifyInstance, user: TestUser): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'log_session');
  if (!cookie) throw new Error('no session cookie');
  return `log_session=${cookie.value}`;
}
