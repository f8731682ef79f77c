import { LoGapHeatmap } from './gap-heatmap.component.ts';

export { LoGapHeatmap };

if (!customElements.get('lo-gap-heatmap')) customElements.define('lo-gap-heatmap', LoGapHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'lo-gap-heatmap': LoGapHeatmap;
  }
}
