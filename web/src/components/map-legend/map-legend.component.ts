import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { LEGEND } from '../mind-map/kind-visuals.ts';
import { shapeOf } from './shape-icon.ts';
import { mapLegendStyles } from './map-legend.styles.ts';

/** The map's key: each kind of item's shape, colour and name (shape and colour are never the only cue). */
export class LoMapLegend extends LitElement {
  static override styles = [sharedStyles, mapLegendStyles];

  /** Only these families are listed (all when empty). */
  @property({ attribute: false }) families: ReadonlySet<string> = new Set();

  override render() {
    const shown = LEGEND.filter((v) => !this.families.size || this.families.has(v.family));
    return html`
      <h3 id="legend-title">Key to the map</h3>
      <ul aria-labelledby="legend-title">${shown.map((v) => html`<li>${shapeOf(v)}<span>${v.label}</span></li>`)}</ul>
      <ul class="states" aria-label="Outlines">
        <li><span class="swatch selected" aria-hidden="true"></span>Selected</li>
        <li><span class="swatch expanded" aria-hidden="true"></span>Connections shown</li>
        <li><span class="swatch pinned" aria-hidden="true"></span>On your shortlist</li>
      </ul>
    `;
  }
}
