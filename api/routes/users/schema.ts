import { z } from 'zod';
import { ROLES } from '../../../graph/users/user-repository.ts';
import { ErrorReply } from '../auth/schema.ts';

export const UserView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  organisationIds: z.array(z.string()),
});

export const listUsersSchema = {
  summary: 'List accounts (admin)',
  tags: ['users'],
  response: { 200: z.object({ users: z.array(UserView) }), 401: ErrorReply, 403: ErrorReply },
};

export const createUserSchema = {
  summary: 'Create an account (admin)',
  tags: ['users'],
  body: z.object({
    email: z.string().trim().email().max(200),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    password: z.string().min(12, 'must be at least 12 characters').max(200),
    organisationIds: z.array(z.string().max(200)).max(50).default([]),
  }),
  response: { 201: z.object({ user: UserView }), 401: ErrorReply, 403: ErrorReply, 409: ErrorReply },
};
