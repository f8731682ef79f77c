import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { emit } from '../../events.ts';
import { gapHeatmapStyles } from './gap-heatmap.styles.ts';
import { cellKey, cellText, describeCell, indexCells, shadeOf, type GapMatrix } from './gap-matrix.ts';

/**
 * The gap matrix as a table that reads without colour: a number in every cell, hatching and the word
 * "none" for zero, dots and "thin" for thin cells, shading only as an extra. Each cell is a button that opens its provision.
 *
 * @fires lo-cell-open
 */
export class LoGapHeatmap extends LitElement {
  static override styles = [sharedStyles, gapHeatmapStyles];

  @property({ attribute: false }) matrix: GapMatrix | null = null;
  @property() caption = 'Provision by need and age';
  /** The open cell's key ("row|col"). */
  @property() open: string | null = null;

  override render() {
    const matrix = this.matrix;
    if (!matrix) return html``;
    const cells = indexCells(matrix);
    const max = Math.max(1, ...matrix.cells.map((c) => c.count));
    return html`
      <ul class="key" aria-label="Key">
        <li><span class="swatch none" aria-hidden="true"></span>Hatched, “none”: no provision (a gap)</li>
        <li><span class="swatch thin" aria-hidden="true"></span>Dotted, “thin”: ${matrix.thinAtMost} or fewer</li>
        <li><span class="swatch shade-3" aria-hidden="true"></span>Shaded: covered (darker means more)</li>
      </ul>
      <div class="wrap" role="region" aria-labelledby="heatmap-caption" tabindex="0">
        <table>
          <caption id="heatmap-caption" class="visually-hidden">${this.caption}</caption>
          <thead><tr><th scope="col">${this.caption}</th>${matrix.cols.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
          <tbody>${matrix.rows.map((r) => html`<tr><th scope="row">${r.label}</th>${matrix.cols.map((c) => {
            const key = cellKey(r.id, c.id);
            const cell = cells.get(key);
            const level = cell?.level ?? 'none';
            const klass = level === 'covered' ? `shade-${shadeOf(cell?.count ?? 0, max)}` : level;
            return html`<td><button type="button" class=${klass} aria-pressed=${this.open === key ? 'true' : 'false'}
              aria-label=${describeCell(r.label, c.label, cell)} @click=${() => this.handleOpen(key)}>
              <span>${cellText(cell).count}</span> ${level === 'covered' ? '' : html`<small>${cellText(cell).word}</small>`}</button></td>`;
          })}</tr>`)}</tbody>
        </table>
      </div>`;
  }

  private handleOpen(key: string): void {
    emit(this, 'lo-cell-open', { key });
  }
}
