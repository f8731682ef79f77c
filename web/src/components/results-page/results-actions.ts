import { navigate } from '../../routing/navigate.ts';
import { routeUrl } from '../../routing/route.ts';
import { FILTER_KEYS, toggleFilter, type FilterKey, type ResultsState } from '../../routing/results-state.ts';
import type { LoEvents } from '../../events.ts';

/**
 * What the results page does with its children's events: every change becomes a new address
 * (pushState, so the back button undoes it), except selection, which replaces the address.
 */
export class ResultsActions {
  constructor(private readonly current: () => ResultsState) {}

  private go(state: ResultsState, replace = false): void {
    navigate(routeUrl({ page: 'results', state }), { replace });
  }

  readonly handleAsk = (event: SubmitEvent) => {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    const { age, area } = this.current();
    if (q) this.go({ q, age, area, concepts: [], exclude: [], filters: {}, selected: null, open: [] });
  };

  readonly handleSelect = (event: CustomEvent<LoEvents['lo-node-select']>) => {
    this.go({ ...this.current(), selected: event.detail.id }, true);
  };

  readonly handleExpand = (event: CustomEvent<LoEvents['lo-node-expand']>) => {
    const state = this.current();
    const { id, expand } = event.detail;
    const open = expand ? [...state.open.filter((o) => o !== id), id] : state.open.filter((o) => o !== id);
    this.go({ ...state, open, selected: id });
  };

  readonly handleFilterChange = (event: CustomEvent<LoEvents['lo-filter-change']>) => {
    const { key, value, on } = event.detail;
    const state = this.current();
    if (key === 'age') this.go({ ...state, age: Number(value), selected: null, open: [] });
    else if (key === 'area') this.go({ ...state, area: value, selected: null, open: [] });
    else if ((FILTER_KEYS as readonly string[]).includes(key)) this.go(toggleFilter(state, key as FilterKey, value, on));
  };

  readonly handleFilterClear = (event: CustomEvent<LoEvents['lo-filter-clear']>) => {
    const { key, value } = event.detail;
    const state = this.current();
    if (key === 'all') this.go({ ...state, age: null, area: null, filters: {}, selected: null, open: [] });
    else if (key === 'age') this.go({ ...state, age: null, selected: null, open: [] });
    else if (key === 'area') this.go({ ...state, area: null, selected: null, open: [] });
    else if (value && (FILTER_KEYS as readonly string[]).includes(key)) this.go(toggleFilter(state, key as FilterKey, value, false));
  };

  readonly handleConceptRemove = (event: CustomEvent<LoEvents['lo-concept-remove']>) => {
    const state = this.current();
    const { id } = event.detail;
    this.go({ ...state, concepts: state.concepts.filter((c) => c !== id), exclude: [...new Set([...state.exclude, id])], selected: null, open: [] });
  };

  readonly handleConceptReplace = (event: CustomEvent<LoEvents['lo-concept-replace']>) => {
    const state = this.current();
    const { from, to } = event.detail;
    this.go({
      ...state,
      concepts: [...new Set([...state.concepts.filter((c) => c !== from), to.id])],
      exclude: [...new Set([...state.exclude.filter((c) => c !== to.id), from])],
      selected: null, open: [],
    });
  };

  readonly handleConceptAdd = (event: CustomEvent<LoEvents['lo-concept-add']>) => {
    const state = this.current();
    this.go({ ...state, concepts: [...new Set([...state.concepts, event.detail.id])], exclude: state.exclude.filter((c) => c !== event.detail.id), selected: null, open: [] });
  };
}
