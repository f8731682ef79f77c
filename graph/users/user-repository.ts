import { randomUUID } from 'node:crypto';
import { readQuery, writeQuery, type GraphContext } from '../seam/index.ts';

/** Who may do what: public needs no account; providers edit their own offers (reviewed); reviewers triage and approve; admins ingest and manage users. */
export const ROLES = ['provider', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** For providers: the organisations whose offers they may edit. */
  organisationIds: string[];
}

interface StoredUser extends User {
  passwordHash: string;
}

const CREATE_USER = `
CREATE (u:User {id: $id, email: $email, name: $name, role: $role, organisationIds: $organisationIds,
                passwordHash: $passwordHash, createdAt: datetime()})
RETURN u {.id, .email, .name, .role, .organisationIds} AS user`;

const FIND_BY_EMAIL = `
MATCH (u:User {email: $email})
RETURN u {.id, .email, .name, .role, .organisationIds, .passwordHash} AS user`;

const FIND_BY_ID = `
MATCH (u:User {id: $id})
RETURN u {.id, .email, .name, .role, .organisationIds} AS user`;

const LIST_USERS = `
MATCH (u:User)
RETURN u {.id, .email, .name, .role, .organisationIds} AS user ORDER BY u.email`;

const EMAIL_TAKEN = 'MATCH (u:User {email: $email}) RETURN count(u) AS n';

/** Users and their hashed credentials, stored in Neo4j. Emails are kept lower-case. */
export function createUserRepository(ctx: GraphContext) {
  return {
    async create(input: Omit<User, 'id'> & { passwordHash: string }): Promise<User | undefined> {
      const email = input.email.trim().toLowerCase();
      const [taken] = await readQuery<{ n: number }>(ctx, EMAIL_TAKEN, { email });
      if (taken && taken.n > 0) return undefined;
      const [row] = await writeQuery<{ user: User }>(ctx, CREATE_USER, { ...input, email, id: randomUUID() });
      return row?.user;
    },
    async findByEmail(email: string): Promise<StoredUser | undefined> {
      const [row] = await readQuery<{ user: StoredUser }>(ctx, FIND_BY_EMAIL, { email: email.trim().toLowerCase() });
      return row?.user;
    },
    async findById(id: string): Promise<User | undefined> {
      const [row] = await readQuery<{ user: User }>(ctx, FIND_BY_ID, { id });
      return row?.user;
    },
    async list(): Promise<User[]> {
      return (await readQuery<{ user: User }>(ctx, LIST_USERS)).map((row) => row.user);
    },
  };
}
