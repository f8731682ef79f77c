import { UnusableInputError } from '../types.ts';
import type { ReadCollector } from '../shared/collector.ts';
import { FetchError, fetchJson, type FetchOptions } from '../shared/http.ts';
import { cleanLine } from '../shared/text.ts';
import { isRecord, toNumber, type JsonRecord } from '../shared/values.ts';

/** Nested lists only a full service has: a list entry with none of them is fetched again from /services/{id}. */
const FULL_ONLY = ['service_at_locations', 'schedules', 'contacts', 'attributes', 'service_areas', 'cost_options', 'funding', 'languages'];

export const isFullService = (s: JsonRecord): boolean => FULL_ONLY.some((k) => k in s);

export interface FetchedService {
  service: JsonRecord;
  /** The URL it came from (the page, or /services/{id}). */
  url: string;
  /** 1-based position on its page. */
  index: number;
  /** Whether it is a full record (else validate against the list schema). */
  full: boolean;
}

export interface ApiOptions extends FetchOptions {
  perPage?: number;
  /** Parallel /services/{id} requests (default 4). */
  concurrency?: number;
  /** Stop after this many pages (a guard against a feed that never says it is on the last page). */
  maxPages?: number;
}

/** The API base from what the user gave: "https://x/api" or "https://x/api/services" → "https://x/api". */
export function apiBase(input: string): string {
  return input.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/\/services$/, '');
}

/**
 * Reads every service of a live ORUK v3 API: /services pages (page=1.., per_page) following total_pages, then
 * /services/{id} for entries that are not full records. The first page failing means the feed is unusable
 * (UnusableInputError); a later page or record failing is reported (warning or Reject) and the read is partial.
 */
export async function fetchServices(input: string, collector: ReadCollector, options: ApiOptions = {}): Promise<FetchedService[]> {
  const base = apiBase(input);
  const perPage = options.perPage ?? 50;
  const out: FetchedService[] = [];
  let totalPages = 1;
  for (let page = 1; page <= totalPages && page <= (options.maxPages ?? 10_000); page++) {
    const url = `${base}/services?page=${page}&per_page=${perPage}`;
    let data: unknown;
    try {
      data = await fetchJson(url, options);
    } catch (error) {
      const message = error instanceof FetchError ? error.message : String(error);
      if (page === 1) throw new UnusableInputError(`The ORUK feed at ${base} could not be read: ${message}`);
      collector.warn({ file: url }, `page ${page} could not be fetched (${message}); its services were not read`);
      collector.partial = true;
      continue;
    }
    if (!isRecord(data) || !Array.isArray(data.contents)) {
      if (page === 1) throw new UnusableInputError(`${url} is not an ORUK v3 /services page (no "contents" list)`);
      collector.warn({ file: url }, 'not an ORUK v3 /services page; skipped');
      collector.partial = true;
      continue;
    }
    if (page === 1) totalPages = Math.max(1, Math.floor(toNumber(data.total_pages) ?? 1));
    if (data.contents.length === 0) break;
    data.contents.forEach((item, i) => {
      const service = isRecord(item) ? item : {};
      out.push({ service, url, index: i + 1, full: isFullService(service) });
    });
  }
  await completeRecords(base, out, collector, options);
  return out;
}

/** Replaces list entries by their full record from /services/{id}, a few at a time. */
async function completeRecords(base: string, services: FetchedService[], collector: ReadCollector, options: ApiOptions): Promise<void> {
  const todo = services.filter((s) => !s.full && cleanLine(s.service.id));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const entry = todo[next++];
      if (!entry) return;
      const id = cleanLine(entry.service.id) ?? '';
      const url = `${base}/services/${encodeURIComponent(id)}`;
      try {
        const data = await fetchJson(url, options);
        if (isRecord(data)) Object.assign(entry, { service: data, url, index: 1, full: true });
        else throw new FetchError(`${url} did not return a service`, url);
      } catch (error) {
        collector.warn({ file: url, record: id }, `the full record could not be fetched (${(error as Error).message}); read from the list entry`);
        collector.partial = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
}
