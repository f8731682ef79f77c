import { apiUrl, requestJson } from './client.ts';
import type {
  Area, AuditEvent, ChangeRequest, Concept, DiscoverResponse, FieldChanges, Neighbourhood, PublishedFeedback, ReviewerFeedback, SearchResponse,
} from './types.ts';
import { FILTER_KEYS, type ResultsState } from '../routing/results-state.ts';

/** The filters of a results state as API query parameters. */
function filterQuery(state: ResultsState): Record<string, string | number | readonly string[] | null> {
  const query: Record<string, string | number | readonly string[] | null> = { age: state.age, area: state.area };
  for (const key of FILTER_KEYS) query[key] = state.filters[key] ?? null;
  return query;
}

export function discover(state: ResultsState, signal?: AbortSignal): Promise<DiscoverResponse> {
  return requestJson(apiUrl('/api/discover', {
    q: state.q, limit: 40, concepts: state.concepts, exclude: state.exclude, ...filterQuery(state),
  }), {}, signal);
}

export function search(state: ResultsState, extra: Record<string, string> = {}, signal?: AbortSignal): Promise<SearchResponse> {
  return requestJson(apiUrl('/api/search', { q: state.q, limit: 50, ...filterQuery(state), ...extra }), {}, signal);
}

export function neighbourhood(id: string, options: { depth?: number; limit?: number } = {}, signal?: AbortSignal): Promise<Neighbourhood> {
  return requestJson(apiUrl(`/api/nodes/${encodeURIComponent(id)}/neighbourhood`, { depth: options.depth ?? 1, limit: options.limit ?? 40 }), {}, signal);
}

export function node<T>(id: string, signal?: AbortSignal): Promise<T> {
  return requestJson(`/api/nodes/${encodeURIComponent(id)}`, {}, signal);
}

export async function findConcepts(q: string, signal?: AbortSignal): Promise<Concept[]> {
  const body = await requestJson<{ results: Array<{ id: string; scheme: string; label: string }> }>(apiUrl('/api/concepts', { q, limit: 8 }), {}, signal);
  return body.results.map((c) => ({ id: c.id, kind: c.scheme, name: c.label }));
}

let areaList: Promise<Area[]> | undefined;

/**
 * The areas people can choose. Asked once. Until the API has a list of areas, they are read from the
 * area facet of a broad search (every area with any provision appears there).
 */
export function areas(): Promise<Area[]> {
  areaList ??= requestJson<{ areas: Area[] }>('/api/areas').then((body) => body.areas).catch(async () => {
    const body = await requestJson<SearchResponse>(apiUrl('/api/search', { q: 'support', limit: 1 }));
    return (body.facets?.area ?? []).map((f) => ({ id: f.value, name: f.label })).sort((a, b) => a.name.localeCompare(b.name));
  }).catch(() => {
    areaList = undefined;
    return [];
  });
  return areaList;
}

export interface FeedbackInput {
  about: string;
  message: string;
  contact: { name?: string; email?: string; phone?: string };
  website: string;
}

export function giveFeedback(input: FeedbackInput): Promise<{ id: string; message: string }> {
  return requestJson('/api/feedback', { method: 'POST', body: JSON.stringify(input) });
}

export async function feedbackList(status: string | null): Promise<ReviewerFeedback[]> {
  return (await requestJson<{ feedback: ReviewerFeedback[] }>(apiUrl('/api/feedback', { status }))).feedback;
}

export async function updateFeedback(id: string, body: { status: string; response?: string; publicMessage?: string }): Promise<ReviewerFeedback> {
  return (await requestJson<{ feedback: ReviewerFeedback }>(`/api/feedback/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(body) })).feedback;
}

export async function publishedFeedback(): Promise<PublishedFeedback[]> {
  return (await requestJson<{ feedback: PublishedFeedback[] }>('/api/feedback/published')).feedback;
}

/** A provider suggests changes to an offer; they wait for a reviewer (POST /api/offers/:id/changes). */
export function suggestChange(offerId: string, changes: FieldChanges, note?: string): Promise<{ id: string; status: 'pending' }> {
  return requestJson(`/api/offers/${encodeURIComponent(offerId)}/changes`, { method: 'POST', body: JSON.stringify({ changes, note }) });
}

export async function changeRequests(status: ChangeRequest['status'] = 'pending'): Promise<ChangeRequest[]> {
  return (await requestJson<{ changes: ChangeRequest[] }>(apiUrl('/api/changes', { status }))).changes;
}

export async function decideChange(id: string, decision: 'approve' | 'reject', note?: string): Promise<ChangeRequest> {
  return (await requestJson<{ change: ChangeRequest }>(`/api/changes/${encodeURIComponent(id)}/decision`, { method: 'POST', body: JSON.stringify({ decision, note }) })).change;
}

export async function auditTrail(offer: string | null): Promise<AuditEvent[]> {
  return (await requestJson<{ events: AuditEvent[] }>(apiUrl('/api/audit', { offer }))).events;
}
