import { ApiError, requestJson } from '../api/client.ts';
import type { PublicUser } from '../api/types.ts';

export const SESSION_CHANGED = 'lo-session-changed';

let current: Promise<PublicUser | null> | undefined;

/** Who is signed in (asked once, then remembered until sign-in or sign-out). */
export function currentUser(): Promise<PublicUser | null> {
  current ??= requestJson<{ user: PublicUser }>('/api/auth/me').then(
    (body) => body.user,
    (error: unknown) => {
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return null;
      current = undefined;
      return null;
    },
  );
  return current;
}

export async function signIn(email: string, password: string): Promise<PublicUser> {
  const { user } = await requestJson<{ user: PublicUser }>('/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });
  current = Promise.resolve(user);
  window.dispatchEvent(new CustomEvent(SESSION_CHANGED));
  return user;
}

export async function signOut(): Promise<void> {
  await requestJson('/api/auth/logout', { method: 'POST', body: '{}' });
  current = Promise.resolve(null);
  window.dispatchEvent(new CustomEvent(SESSION_CHANGED));
}
