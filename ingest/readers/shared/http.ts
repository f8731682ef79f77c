/**
 * Polite JSON fetching for live feeds: a User-Agent that says who we are, a timeout, and retries with
 * exponential backoff on 429 and 5xx (and on network errors), honouring Retry-After (seconds or a date).
 */

export interface FetchOptions {
  /** Retries after the first attempt (default 4). */
  retries?: number;
  /** First backoff delay in ms, doubled each retry (default 1000). */
  baseDelayMs?: number;
  /** Longest wait between attempts, including a server's Retry-After (default 60 s). */
  maxDelayMs?: number;
  /** Per-request timeout in ms (default 30 s). */
  timeoutMs?: number;
  userAgent?: string;
}

export const USER_AGENT = 'LocalOfferGraph-ingest/0.1 (Open Referral UK reader; +https://openreferraluk.org)';

/** A failed fetch, after retries: `status` is the last HTTP status, absent when the server never answered. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(message: string, readonly url: string, readonly status?: number) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** GETs a URL and parses JSON, retrying politely. Throws FetchError with a plain message when it cannot. */
export async function fetchJson(url: string, options: FetchOptions = {}): Promise<unknown> {
  const retries = options.retries ?? 4;
  const base = options.baseDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 60_000;
  let lastError: FetchError | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    let wait = Math.min(maxDelay, base * 2 ** attempt * (1 + Math.random() * 0.25));
    try {
      const response = await fetch(url, {
        headers: { Accept: 'application/json', 'User-Agent': options.userAgent ?? USER_AGENT },
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        redirect: 'follow',
      });
      if (response.ok) {
        const text = await response.text();
        try {
          return JSON.parse(text);
        } catch {
          throw new FetchError(`${url} did not return JSON (it began "${text.slice(0, 40).replace(/\s+/g, ' ')}")`, url, response.status);
        }
      }
      await response.body?.cancel();
      lastError = new FetchError(`${url} answered HTTP ${response.status} ${response.statusText}`.trim(), url, response.status);
      if (response.status !== 429 && response.status < 500) throw lastError;
      const asked = retryAfterMs(response.headers.get('retry-after'));
      if (asked !== undefined) wait = Math.min(maxDelay, asked);
    } catch (error) {
      if (error instanceof FetchError && (error.status === undefined || (error.status !== 429 && error.status < 500))) throw error;
      if (!(error instanceof FetchError)) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
        lastError = new FetchError(`${url} could not be reached (${cause})`, url);
      }
    }
    if (attempt < retries) await sleep(wait);
  }
  throw lastError ?? new FetchError(`${url} could not be fetched`, url);
}
