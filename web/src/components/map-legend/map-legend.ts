import { LoMapLegend } from './map-legend.component.ts';

export { LoMapLegend };

if (!customElements.get('lo-map-legend')) customElements.define('lo-map-legend', LoMapLegend);

declare global {
  interface HTMLElementTagNameMap {
    'lo-map-legend': LoMapLegend;
  }
}
