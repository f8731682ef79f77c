import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../helpers/app.ts';
import { createTestUser, deleteTestUsers, signIn, type TestUser } from '../../helpers/users.ts';

describe('sign-in and roles', () => {
  let app: FastifyInstance;
  let admin: TestUser;
  let reviewer: TestUser;

  beforeAll(async () => {
    app = await buildTestApp();
    admin = await createTestUser(app.graph, 'admin');
    reviewer = await createTestUser(app.graph, 'reviewer');
  });
  afterAll(async () => {
    await deleteTestUsers(app.graph);
    await app.close();
  });

  it('signs in with the right password, sets an http-only cookie, and says who is signed in', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: reviewer.email.toUpperCase(), password: reviewer.password } });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ id: reviewer.id, role: 'reviewer' });
    expect(login.json().user).not.toHaveProperty('passwordHash');
    const cookie = login.cookies.find((c) => c.name === 'log_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: `log_session=${cookie?.value}` } });
    expect(me.json().user.role).toBe('reviewer');
  });

  it('refuses a wrong password with the same message as an unknown email', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: reviewer.email, password: 'not the password' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@council.example', password: 'whatever it is' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('stores passwords hashed, never as given', async () => {
    const rows = await app.graph.driver.executeQuery('MATCH (u:User {id: $id}) RETURN u.passwordHash AS hash', { id: admin.id }, { database: 'neo4j' });
    const hash = String(rows.records[0]?.get('hash'));
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(hash).not.toContain(admin.password);
  });

  describe('POST /api/users (admin only)', () => {
    const newUser = () => ({ email: `test-new-${Date.now()}@council.example`, name: 'New Reviewer', role: 'reviewer', password: 'a long enough password' });

    it('answers 401 without credentials', async () => {
      expect((await app.inject({ method: 'POST', url: '/api/users', payload: newUser() })).statusCode).toBe(401);
    });
    it('answers 403 with the wrong role', async () => {
      const cookie = await signIn(app, reviewer);
      expect((await app.inject({ method: 'POST', url: '/api/users', payload: newUser(), headers: { cookie } })).statusCode).toBe(403);
    });
    it('creates the account for an admin, and refuses the same email twice', async () => {
      const cookie = await signIn(app, admin);
      const body = newUser();
      const created = await app.inject({ method: 'POST', url: '/api/users', payload: body, headers: { cookie } });
      expect(created.statusCode).toBe(201);
      expect(created.json().user).toMatchObject({ email: body.email, role: 'reviewer' });
      const again = await app.inject({ method: 'POST', url: '/api/users', payload: body, headers: { cookie } });
      expect(again.statusCode).toBe(409);
    });
    it('accepts a Bearer token as well as the cookie', async () => {
      const token = (await signIn(app, admin)).replace('log_session=', '');
      const list = await app.inject({ url: '/api/users', headers: { authorization: `Bearer ${token}` } });
      expect(list.statusCode).toBe(200);
      expect(list.json().users.some((u: { id: string }) => u.id === admin.id)).toBe(true);
    });
  });
});
