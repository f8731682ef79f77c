/** The filters people can apply to results (the API takes each as a comma-separated list of ids). */
export const FILTER_KEYS = ['kind', 'need', 'accessRoute', 'cost', 'category', 'delivery'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Plain-English names of the filters, for headings and "remove filter" buttons. */
export const FILTER_LABELS: Record<FilterKey | 'age' | 'area', string> = {
  kind: 'Type of help',
  need: 'Need',
  accessRoute: 'How to get it',
  cost: 'Cost',
  category: 'Kind of support',
  delivery: 'How it is delivered',
  age: 'Age',
  area: 'Area',
};

/** Everything a results page shows, held in its URL so it can be shared and the back button works. */
export interface ResultsState {
  q: string;
  age: number | null;
  area: string | null;
  /** Concepts the person added or chose as a correction. */
  concepts: string[];
  /** Concepts the person removed from what we understood. */
  exclude: string[];
  filters: Partial<Record<FilterKey, string[]>>;
  /** The item selected in the map and the list. */
  selected: string | null;
  /** Items whose connections are shown (expanded), in the order they were opened. */
  open: string[];
}

export function emptyResultsState(q = ''): ResultsState {
  return { q, age: null, area: null, concepts: [], exclude: [], filters: {}, selected: null, open: [] };
}

const list = (value: string | null): string[] => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : []);

/** Reads results state from a query string; anything malformed is dropped, never trusted. */
export function parseResultsState(params: URLSearchParams): ResultsState {
  const ageText = params.get('age');
  const age = ageText !== null && /^\d{1,2}$/.test(ageText) ? Number(ageText) : null;
  const filters: ResultsState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = list(params.get(key));
    if (values.length) filters[key] = values;
  }
  return {
    q: (params.get('q') ?? '').slice(0, 500),
    age: age !== null && age <= 25 ? age : null,
    area: params.get('area') || null,
    concepts: list(params.get('concepts')),
    exclude: list(params.get('exclude')),
    filters,
    selected: params.get('sel') || null,
    open: list(params.get('open')),
  };
}

/** The query string for results state, in a stable order (so equal states give equal URLs). */
export function formatResultsState(state: ResultsState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.age !== null) params.set('age', String(state.age));
  if (state.area) params.set('area', state.area);
  if (state.concepts.length) params.set('concepts', state.concepts.join(','));
  if (state.exclude.length) params.set('exclude', state.exclude.join(','));
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values?.length) params.set(key, values.join(','));
  }
  if (state.selected) params.set('sel', state.selected);
  if (state.open.length) params.set('open', state.open.join(','));
  return params.toString();
}

/** True when two states ask the API the same question (selection and expansion aside). */
export function sameQuestion(a: ResultsState, b: ResultsState): boolean {
  const strip = (s: ResultsState) => formatResultsState({ ...s, selected: null, open: [] });
  return strip(a) === strip(b);
}

/** A copy with one filter value added or removed. */
export function toggleFilter(state: ResultsState, key: FilterKey, value: string, on: boolean): ResultsState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters, [key]: next };
  if (!next.length) delete filters[key];
  return { ...state, filters, selected: null, open: [] };
}
