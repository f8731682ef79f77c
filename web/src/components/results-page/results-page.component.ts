import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { discover, neighbourhood as fetchNeighbourhood, areas as fetchAreas } from '../../api/endpoints.ts';
import type { Area, DiscoverResponse, Neighbourhood } from '../../api/types.ts';
import { sameQuestion, type ResultsState } from '../../routing/results-state.ts';
import { readShortlist, SHORTLIST_CHANGED } from '../../state/shortlist.ts';
import { setTitle } from '../app/pages.ts';
import { QUESTION_ID, toElements, type MapElement } from '../mind-map/to-elements.ts';
import { toTreeItems, type TreeItem } from '../result-tree/to-tree-items.ts';
import '../mind-map/mind-map.ts';
import '../map-legend/map-legend.ts';
import '../result-tree/result-tree.ts';
import '../result-filters/result-filters.ts';
import '../concept-chips/concept-chips.ts';
import '../selected-item/selected-item.ts';
import { resultsPageStyles } from './results-page.styles.ts';
import { describeSelected, facetsOf } from './derive.ts';
import { ResultsActions } from './results-actions.ts';

/**
 * Results for a question: what we understood (chips to correct), filters with counts, the mind map and,
 * beside or below it, the list, kept in sync through the address (selection, opened items, filters).
 */
export class LoResultsPage extends LitElement {
  static override styles = [sharedStyles, resultsPageStyles];

  @property({ attribute: false }) state!: ResultsState;
  @state() private data: DiscoverResponse | null = null;
  @state() private error = '';
  @state() private loadingResults = false;
  @state() private neighbourhoods = new Map<string, Neighbourhood>();
  @state() private loadingIds = new Set<string>();
  @state() private areaOptions: Area[] = [];
  @state() private pinned = new Set(readShortlist().map((i) => i.id));
  private elements: MapElement[] = [];
  private tree: TreeItem[] = [];
  private controller: AbortController | undefined;
  private readonly actions = new ResultsActions(() => this.state);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(SHORTLIST_CHANGED, this.handleShortlistChange);
    fetchAreas().then((list) => { this.areaOptions = list; }, () => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(SHORTLIST_CHANGED, this.handleShortlistChange);
    this.controller?.abort();
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('state')) {
      const previous = changed.get('state') as ResultsState | undefined;
      if (!previous || !sameQuestion(previous, this.state)) void this.loadResults();
      for (const id of this.state.open) if (!this.neighbourhoods.has(id)) void this.loadNeighbourhood(id);
      setTitle(`Results for “${this.state.q}”`);
    }
    if (changed.has('data') || changed.has('neighbourhoods') || changed.has('pinned') || (changed.has('state') && viewChanged(changed.get('state'), this.state))) {
      const results = this.shownResults();
      const expansions = this.state.open.flatMap((id) => {
        const hood = this.neighbourhoods.get(id);
        return hood ? [{ id, neighbourhood: hood }] : [];
      });
      this.elements = this.data ? toElements({
        centre: { id: QUESTION_ID, label: shorten(this.state.q), kind: 'question' },
        concepts: this.data.interpretation.concepts, results, expansions, pinned: this.pinned,
      }) : [];
      this.tree = toTreeItems(results, this.neighbourhoods, this.state.open);
    }
  }

  override render() {
    const { state, data } = this;
    const selected = describeSelected(state.selected, state.q, data, this.tree, this.neighbourhoods);
    const families = new Set(this.elements.flatMap((e) => (e.group === 'nodes' ? [e.data.family] : [])));
    return html`
      <h1>Support around your question</h1>
      <form class="ask" @submit=${this.actions.handleAsk}>
        <div><label for="q">Your question</label>
          <textarea id="q" name="q" rows="2" maxlength="500" .value=${state.q}></textarea></div>
        <button type="submit">Search again</button>
      </form>
      <p class="count" role="status">${this.statusText()}</p>
      ${this.error ? html`<div class="problem"><p>${this.error}</p>
        <button type="button" class="secondary" @click=${() => void this.loadResults()}>Try again</button></div>` : nothing}
      ${data ? html`
        <section aria-labelledby="understood-title">
          <h2 id="understood-title">What we understood</h2>
          <lo-concept-chips .concepts=${data.interpretation.concepts} .age=${data.interpretation.age}
            @lo-concept-remove=${this.actions.handleConceptRemove} @lo-concept-replace=${this.actions.handleConceptReplace}
            @lo-concept-add=${this.actions.handleConceptAdd}></lo-concept-chips>
        </section>
        <h2 class="visually-hidden">Filters</h2>
        <lo-result-filters .state=${state} .facets=${facetsOf(data)} .areas=${this.areaOptions}
          @lo-filter-change=${this.actions.handleFilterChange} @lo-filter-clear=${this.actions.handleFilterClear}></lo-result-filters>
        <div class="views" @lo-node-select=${this.actions.handleSelect} @lo-node-expand=${this.actions.handleExpand}>
          <section aria-labelledby="map-title">
            <h2 id="map-title">Mind map</h2>
            <lo-mind-map .elements=${this.elements} .selected=${state.selected} label="Mind map of your question"></lo-mind-map>
            <lo-map-legend .families=${families}></lo-map-legend>
          </section>
          <section aria-labelledby="list-title">
            <h2 id="list-title">List</h2>
            <lo-selected-item .item=${selected} .expanded=${!!selected && state.open.includes(selected.id)}
              .question=${selected?.id === QUESTION_ID}></lo-selected-item>
            <lo-result-tree label="Results for your question" .items=${this.tree} .selected=${state.selected}
              .loading=${this.loadingIds} .pinned=${this.pinned}></lo-result-tree>
          </section>
        </div>` : nothing}
    `;
  }

  private statusText(): string {
    if (this.loadingResults) return 'Finding support…';
    if (!this.data) return '';
    const n = this.shownResults().length;
    if (!n) return 'We found nothing for that. Try other words, remove a filter, or remove something we understood.';
    return `${n} result${n === 1 ? '' : 's'} for your question, shown on a map and in a list`;
  }

  /** The results after the filters the API does not apply itself (kind), so the map, list and count agree. */
  private shownResults() {
    const kinds = this.state.filters.kind;
    const results = this.data?.results ?? [];
    return kinds?.length ? results.filter((r) => kinds.includes(r.kind)) : results;
  }

  private async loadResults(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.loadingResults = true;
    this.error = '';
    try {
      this.data = await discover(this.state, controller.signal);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.error = error instanceof Error ? error.message : 'Something went wrong. Please try again.';
    } finally {
      if (this.controller === controller) this.loadingResults = false;
    }
  }

  private async loadNeighbourhood(id: string): Promise<void> {
    if (this.loadingIds.has(id)) return;
    this.loadingIds = new Set([...this.loadingIds, id]);
    try {
      const hood = await fetchNeighbourhood(id, { depth: 1, limit: 40 });
      this.neighbourhoods = new Map([...this.neighbourhoods, [id, hood]]);
    } catch {
      this.neighbourhoods = new Map([...this.neighbourhoods, [id, { nodes: [], edges: [] }]]);
    } finally {
      const next = new Set(this.loadingIds);
      next.delete(id);
      this.loadingIds = next;
    }
  }

  private readonly handleShortlistChange = () => {
    this.pinned = new Set(readShortlist().map((i) => i.id));
  };
}

/** Whether what the map and list draw changed (opened items or the kind filter), selection aside. */
function viewChanged(previous: unknown, next: ResultsState): boolean {
  const before = previous as ResultsState | undefined;
  return before?.open.join(',') !== next.open.join(',') || before.filters.kind?.join(',') !== next.filters.kind?.join(',');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
