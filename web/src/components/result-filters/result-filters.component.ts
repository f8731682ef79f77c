import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { emit } from '../../events.ts';
import type { Area, FacetValue, Facets } from '../../api/types.ts';
import { FILTER_KEYS, FILTER_LABELS, type FilterKey, type ResultsState } from '../../routing/results-state.ts';
import { resultFiltersStyles } from './result-filters.styles.ts';
import { valueLabel } from './value-label.ts';

/**
 * Filters with counts (age, area, need, way in, cost, kind, delivery), and the filters in use, each
 * removable with one button. Changes are events; the page puts them in the address.
 *
 * @fires lo-filter-change @fires lo-filter-clear
 */
export class LoResultFilters extends LitElement {
  static override styles = [sharedStyles, resultFiltersStyles];

  @property({ attribute: false }) state!: ResultsState;
  @property({ attribute: false }) facets: Facets = {};
  @property({ attribute: false }) areas: Area[] = [];
  @property({ type: Boolean }) open = false;
  /** One value per filter (radio buttons), for APIs that take one; otherwise several (checkboxes). */
  @property({ type: Boolean }) single = false;
  /** Filters the page does not offer (a fixed kind, say). */
  @property({ attribute: false }) hiddenFilters: ReadonlySet<string> = new Set();

  override render() {
    const { state } = this;
    const inUse = [
      ...(state.age !== null ? [{ key: 'age', value: String(state.age), label: `${state.age} years old` }] : []),
      ...(state.area ? [{ key: 'area', value: state.area, label: this.areas.find((a) => a.id === state.area)?.name ?? valueLabel(state.area, this.facets.area) }] : []),
      ...FILTER_KEYS.flatMap((key) => (state.filters[key] ?? []).map((value) => ({ key, value, label: valueLabel(value, this.facets[key]) }))),
    ];
    return html`
      ${inUse.length ? html`<div class="current">
        <h3>Filters in use</h3>
        <ul>${inUse.map((f) => html`<li><button type="button" class="secondary" @click=${() => emit(this, 'lo-filter-clear', { key: f.key, value: f.value })}>
          <span class="visually-hidden">Remove filter: </span>${FILTER_LABELS[f.key as FilterKey]}: ${f.label} <span aria-hidden="true">×</span></button></li>`)}</ul>
        <button type="button" class="link" @click=${() => emit(this, 'lo-filter-clear', { key: 'all', value: null })}>Remove all filters</button>
      </div>` : nothing}
      <details ?open=${this.open}>
        <summary>Filter results</summary>
        <div class="inside">
          <form class="inline" @submit=${this.handleAge}>
            <div><label for="f-age">Age</label><input id="f-age" name="age" type="number" inputmode="numeric" min="0" max="25" .value=${state.age === null ? '' : String(state.age)}></div>
            <button type="submit" class="secondary">Apply age</button>
          </form>
          ${this.areas.length ? html`<div class="inline"><div><label for="f-area">Area</label>
            <select id="f-area" @change=${this.handleArea}>
              <option value="" ?selected=${!state.area}>Anywhere</option>
              ${this.areas.map((a) => html`<option value=${a.id} ?selected=${state.area === a.id}>${a.name}${this.countFor('area', a.id)}</option>`)}
            </select></div></div>` : nothing}
          <div class="groups">${FILTER_KEYS.map((key) => this.renderGroup(key))}</div>
        </div>
      </details>
    `;
  }

  private renderGroup(key: FilterKey): unknown {
    const values = this.facets[key] ?? [];
    const chosen = this.state.filters[key] ?? [];
    const shown = [...values, ...chosen.filter((c) => !values.some((v) => v.value === c)).map((c) => ({ value: c, label: valueLabel(c, undefined), count: 0 }))];
    if (!shown.length || this.hiddenFilters.has(key)) return nothing;
    if (this.single) return this.renderRadios(key, shown, chosen[0]);
    return html`<fieldset><legend>${FILTER_LABELS[key]}</legend>
      ${shown.map((v, i) => html`<div class="check">
        <input type="checkbox" id="f-${key}-${i}" .checked=${chosen.includes(v.value)}
          @change=${(e: Event) => emit(this, 'lo-filter-change', { key, value: v.value, on: (e.target as HTMLInputElement).checked })}>
        <label for="f-${key}-${i}">${v.label} <span class="count">(${v.count})</span></label>
      </div>`)}
    </fieldset>`;
  }

  private renderRadios(key: FilterKey, shown: FacetValue[], chosen: string | undefined): unknown {
    return html`<fieldset><legend>${FILTER_LABELS[key]}</legend>
      <div class="check"><input type="radio" name="f-${key}" id="f-${key}-any" .checked=${!chosen}
        @change=${() => emit(this, 'lo-filter-clear', { key, value: chosen ?? null })}><label for="f-${key}-any">Any</label></div>
      ${shown.map((v, i) => html`<div class="check">
        <input type="radio" name="f-${key}" id="f-${key}-${i}" .checked=${chosen === v.value}
          @change=${() => emit(this, 'lo-filter-change', { key, value: v.value, on: true })}>
        <label for="f-${key}-${i}">${v.label} <span class="count">(${v.count})</span></label>
      </div>`)}
    </fieldset>`;
  }

  private countFor(key: string, value: string): string {
    const facet = this.facets[key]?.find((v) => v.value === value);
    return facet ? ` (${facet.count})` : '';
  }

  private handleAge(event: SubmitEvent): void {
    event.preventDefault();
    const text = String(new FormData(event.target as HTMLFormElement).get('age') ?? '').trim();
    if (text === '') emit(this, 'lo-filter-clear', { key: 'age', value: null });
    else if (/^\d{1,2}$/.test(text) && Number(text) <= 25) emit(this, 'lo-filter-change', { key: 'age', value: text, on: true });
  }

  private handleArea(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value) emit(this, 'lo-filter-change', { key: 'area', value, on: true });
    else emit(this, 'lo-filter-clear', { key: 'area', value: null });
  }
}
