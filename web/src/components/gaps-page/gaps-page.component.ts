import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { apiUrl, requestJson } from '../../api/client.ts';
import { areas as fetchAreas } from '../../api/endpoints.ts';
import type { Area } from '../../api/types.ts';
import { navigate } from '../../routing/navigate.ts';
import { nodeUrl, routeUrl, type Route } from '../../routing/route.ts';
import type { LoEvents } from '../../events.ts';
import { setTitle } from '../app/pages.ts';
import '../gap-heatmap/gap-heatmap.ts';
import { indexCells, type GapMatrix } from '../gap-heatmap/gap-matrix.ts';
import { gapsPageStyles } from './gaps-page.styles.ts';

type GapsRoute = Extract<Route, { page: 'gaps' }>;

const DIMENSIONS: Array<[string, string]> = [
  ['need', 'Need'], ['ageBand', 'Age band'], ['accessRoute', 'How to get it'], ['category', 'Type of provision'], ['pathway', 'Care pathway'], ['area', 'Area'],
];

/** Where provision is missing or thin (for commissioners): the gap matrix, each cell opening its provision; CSV export. */
export class LoGapsPage extends LitElement {
  static override styles = [sharedStyles, gapsPageStyles];

  @property({ attribute: false }) route!: GapsRoute;
  @state() private matrix: GapMatrix | null = null;
  @state() private error = '';
  @state() private areaOptions: Area[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('Where provision is missing or thin');
    fetchAreas().then((list) => { this.areaOptions = list; }, () => undefined);
  }

  override willUpdate(changed: PropertyValues): void {
    const previous = changed.get('route') as GapsRoute | undefined;
    if (changed.has('route') && (!previous || this.query(previous) !== this.query(this.route))) void this.load();
  }

  override updated(changed: PropertyValues): void {
    const previous = changed.get('route') as GapsRoute | undefined;
    if (previous && this.route.cell && previous.cell !== this.route.cell) this.renderRoot.querySelector<HTMLElement>('#cell-title')?.focus();
  }

  override render() {
    const { route, matrix } = this;
    const title = (id: string) => DIMENSIONS.find(([d]) => d === id)?.[1] ?? id;
    const caption = `${title(route.rows)} by ${title(route.cols).toLowerCase()}`;
    return html`
      <h1>Where provision is missing or thin</h1>
      <p>Live services and settings counted by ${title(route.rows).toLowerCase()} and ${title(route.cols).toLowerCase()}. Every cell shows its number.
        Select a cell to see the provision behind it and who commissions it. This informs joint commissioning (Children and Families Act 2014, section 26).</p>
      <form @submit=${this.handleSubmit}>
        ${this.select('rows', 'Rows', route.rows, DIMENSIONS)}
        ${this.select('cols', 'Columns', route.cols, DIMENSIONS)}
        ${this.select('area', 'Area', route.area ?? '', [['', 'All areas'], ...this.areaOptions.map((a): [string, string] => [a.id, a.name])])}
        ${this.select('by', 'Break each cell down by', route.by ?? '', [['', 'Nothing'], ['accessRoute', 'How to get it'], ['category', 'Type of provision']])}
        <button type="submit" class="secondary">Show</button>
        <a class="button secondary" download href=${apiUrl('/api/gaps', { ...this.params(route), format: 'csv' })}>Download as a spreadsheet (CSV)</a>
      </form>
      ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      ${matrix ? html`<p class="totals" role="status">${matrix.totals.offers} services and settings; ${matrix.totals.none} empty cells, ${matrix.totals.thin} thin cells.</p>
        <lo-gap-heatmap .matrix=${matrix} caption=${caption} .open=${route.cell} @lo-cell-open=${this.handleCellOpen}></lo-gap-heatmap>
        ${this.renderCell(matrix)}` : this.error ? nothing : html`<p role="status">Loading…</p>`}
    `;
  }

  private select(name: string, label: string, value: string, options: Array<[string, string]>) {
    return html`<div><label for="g-${name}">${label}</label><select id="g-${name}" name=${name}>
      ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}</select></div>`;
  }

  private renderCell(matrix: GapMatrix) {
    const key = this.route.cell;
    if (!key) return nothing;
    const [row, col] = key.split('|');
    const cell = indexCells(matrix).get(key);
    const rowLabel = matrix.rows.find((r) => r.id === row)?.label ?? row;
    const colLabel = matrix.cols.find((c) => c.id === col)?.label ?? col;
    return html`<section class="cell" aria-labelledby="cell-title">
      <h2 id="cell-title" tabindex="-1">${rowLabel}, ${colLabel}: ${cell?.count ?? 0}</h2>
      ${!cell?.offers.length ? html`<p><strong>No live provision.</strong> This is a gap.</p>` : html`<ul>${cell.offers.map((o) => html`<li>
        <a href=${nodeUrl(o.id)}>${o.name}</a>${o.commissioners.length ? html` (commissioned by ${o.commissioners.join(', ')})` : ''}</li>`)}</ul>`}
      ${cell?.breakdown ? html`<h3>Broken down</h3><ul>${Object.entries(cell.breakdown).map(([k, n]) => html`<li>${k}: ${n}</li>`)}</ul>` : nothing}
      ${cell?.commissioners.length ? html`<p>Commissioners: ${cell.commissioners.join(', ')}.</p>` : nothing}
    </section>`;
  }

  private params(route: GapsRoute) {
    return { rows: route.rows, cols: route.cols, area: route.area, by: route.by };
  }

  private query(route: GapsRoute): string {
    return apiUrl('/api/gaps', this.params(route));
  }

  private async load(): Promise<void> {
    this.matrix = null;
    this.error = '';
    try {
      this.matrix = await requestJson<GapMatrix>(this.query(this.route));
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'The matrix could not be loaded.';
    }
  }

  private readonly handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const get = (k: string) => String(form.get(k) ?? '') || null;
    navigate(routeUrl({ page: 'gaps', rows: get('rows') ?? 'need', cols: get('cols') ?? 'ageBand', area: get('area'), by: get('by'), cell: null }));
  };

  private readonly handleCellOpen = (event: CustomEvent<LoEvents['lo-cell-open']>) => {
    const key = event.detail.key;
    navigate(routeUrl({ ...this.route, cell: this.route.cell === key ? null : key }), { replace: true });
  };
}

