import { z } from 'zod';
import { ROLES } from '../../../graph/users/user-repository.ts';

export const PublicUser = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  organisationIds: z.array(z.string()),
});

export const ErrorReply = z.object({ error: z.string(), message: z.string() });

export const loginSchema = {
  summary: 'Sign in (providers, reviewers, admins)',
  tags: ['auth'],
  body: z.object({ email: z.string().trim().email().max(200), password: z.string().min(1).max(200) }),
  response: { 200: z.object({ user: PublicUser }), 401: ErrorReply },
};

export const meSchema = {
  summary: 'Who is signed in',
  tags: ['auth'],
  response: { 200: z.object({ user: PublicUser }), 401: ErrorReply },
};

export const logoutSchema = {
  summary: 'Sign out',
  tags: ['auth'],
  response: { 200: z.object({ ok: z.literal(true) }) },
};
