/** An API answer that was not 2xx, with the message the API gave (it never contains a stack trace). */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly code = 'error') {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | readonly string[] | null | undefined>;

/** `/api/x?a=1&b=p,q` from a path and a query; empty values are left out, lists are joined with commas. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') params.set(key, text);
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Fetches JSON from the API; rejects with an ApiError carrying the API's own plain message. */
export async function requestJson<T>(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers, credentials: 'same-origin', signal: signal ?? init.signal ?? null });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'We could not reach the service. Check your connection and try again.');
  }
  const text = await response.text();
  const body: unknown = text ? safeParse(text) : undefined;
  if (!response.ok) {
    const message = isMessage(body) ? body.message : `Something went wrong (${response.status}). Please try again.`;
    const code = isMessage(body) && typeof body.error === 'string' ? body.error : 'error';
    throw new ApiError(response.status, message, code);
  }
  return body as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isMessage(body: unknown): body is { message: string; error?: unknown } {
  return typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string';
}
