import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { search } from '../../api/endpoints.ts';
import type { SearchResponse } from '../../api/types.ts';
import { navigate } from '../../routing/navigate.ts';
import { nodeUrl, routeUrl } from '../../routing/route.ts';
import { FILTER_KEYS, sameQuestion, type FilterKey, type ResultsState } from '../../routing/results-state.ts';
import type { LoEvents } from '../../events.ts';
import { setTitle } from '../app/pages.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import { valueLabel } from '../result-filters/value-label.ts';
import '../result-filters/result-filters.ts';
import '../pin-button/pin-button.ts';
import { searchPageStyles } from './search-page.styles.ts';
import { AUDIENCES, type Audience } from './audiences.ts';

const PAGE = 20;

/**
 * Search by words, need, age and area, with filters and counts (GET /api/search): for professionals,
 * and "Support for Learners" (schools, colleges and settings, kind fixed to setting).
 */
export class LoSearchPage extends LitElement {
  static override styles = [sharedStyles, searchPageStyles];

  @property() audience: Audience = 'professionals';
  @property({ attribute: false }) state!: ResultsState;
  @state() private data: SearchResponse | null = null;
  @state() private error = '';
  @state() private loading = false;
  @state() private shown = PAGE;

  override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('state') as ResultsState | undefined;
    if (changed.has('audience') || (changed.has('state') && (!previous || !sameQuestion(previous, this.state)))) void this.load();
    setTitle(AUDIENCES[this.audience].title);
  }

  override render() {
    const copy = AUDIENCES[this.audience];
    const { state, data } = this;
    return html`
      <h1>${copy.title}</h1>
      <p>${copy.intro}</p>
      <form class="search" @submit=${this.handleSubmit}>
        <div><label for="s-q">${copy.searchLabel}</label><input id="s-q" name="q" type="search" maxlength="500" .value=${state.q}></div>
        <button type="submit">Search</button>
      </form>
      <p class="count" role="status">${this.statusText()}</p>
      ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      ${data ? html`<div class="layout">
        <div><h2>Filters</h2>
          <lo-result-filters single open .state=${state} .facets=${data.facets ?? {}} .areas=${(data.facets?.area ?? []).map((a) => ({ id: a.value, name: a.label }))}
            .hiddenFilters=${new Set(copy.fixedKind ? ['kind'] : [])}
            @lo-filter-change=${this.handleFilterChange} @lo-filter-clear=${this.handleFilterClear}></lo-result-filters></div>
        <div><h2>Results</h2>
          <ol class="results">${data.results.slice(0, this.shown).map((r) => html`<li>
            <h3><a href=${nodeUrl(r.id)}>${r.name}</a></h3>
            <ul class="facts"><li><span class="tag">${kindName(r.kind)}</span></li>${this.facts(r)}</ul>
            ${r.summary ? html`<p>${r.summary}</p>` : nothing}
            <lo-pin-button .item=${{ id: r.id, name: r.name, kind: r.kind }}></lo-pin-button>
          </li>`)}</ol>
          ${data.results.length > this.shown ? html`<button type="button" class="secondary more" @click=${() => { this.shown += PAGE; }}>Show more results</button>` : nothing}
        </div>
      </div>` : nothing}
    `;
  }

  private facts(r: SearchResponse['results'][number]): unknown {
    const extra = r as typeof r & { minAge?: number | null; maxAge?: number | null; costType?: string | null; areas?: string[] };
    const ages = extra.minAge != null || extra.maxAge != null ? `Ages ${extra.minAge ?? 0} to ${extra.maxAge ?? 25}` : '';
    const cost = extra.costType && extra.costType !== 'unknown' ? `Cost: ${extra.costType}` : '';
    const areas = extra.areas?.length ? `Areas: ${extra.areas.map((a) => valueLabel(a, this.data?.facets?.area)).join(', ')}` : '';
    return [ages, cost, areas].filter(Boolean).map((f) => html`<li>${f}</li>`);
  }

  private statusText(): string {
    if (this.loading) return 'Searching…';
    if (!this.data) return this.state.q || AUDIENCES[this.audience].fixedKind ? '' : 'Type what you are looking for to start.';
    const total = this.data.total ?? this.data.results.length;
    return total ? `${total} result${total === 1 ? '' : 's'}` : 'Nothing found. Try other words or remove a filter.';
  }

  private query(): ResultsState {
    const copy = AUDIENCES[this.audience];
    const filters = { ...this.state.filters, ...(copy.fixedKind ? { kind: [copy.fixedKind] } : {}) };
    return { ...this.state, q: this.state.q || copy.defaultQuery, filters };
  }

  private async load(): Promise<void> {
    const query = this.query();
    if (!query.q) return;
    this.loading = true;
    this.error = '';
    try {
      this.data = await search(query, { limit: '100' });
      this.shown = PAGE;
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'Something went wrong.';
    } finally {
      this.loading = false;
    }
  }

  private go(state: ResultsState): void {
    navigate(routeUrl({ page: 'search', audience: this.audience, state: { ...state, selected: null, open: [] } }));
  }

  private readonly handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    this.go({ ...this.state, q });
  };

  private readonly handleFilterChange = (event: CustomEvent<LoEvents['lo-filter-change']>) => {
    const { key, value } = event.detail;
    if (key === 'age') this.go({ ...this.state, age: Number(value) });
    else if (key === 'area') this.go({ ...this.state, area: value });
    else if ((FILTER_KEYS as readonly string[]).includes(key)) this.go({ ...this.state, filters: { ...this.state.filters, [key as FilterKey]: [value] } });
  };

  private readonly handleFilterClear = (event: CustomEvent<LoEvents['lo-filter-clear']>) => {
    const { key } = event.detail;
    if (key === 'all') this.go({ ...this.state, age: null, area: null, filters: {} });
    else if (key === 'age') this.go({ ...this.state, age: null });
    else if (key === 'area') this.go({ ...this.state, area: null });
    else {
      const filters = { ...this.state.filters };
      delete filters[key as FilterKey];
      this.go({ ...this.state, filters });
    }
  };
}
