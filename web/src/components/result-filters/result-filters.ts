import { LoResultFilters } from './result-filters.component.ts';

export { LoResultFilters };

if (!customElements.get('lo-result-filters')) customElements.define('lo-result-filters', LoResultFilters);

declare global {
  interface HTMLElementTagNameMap {
    'lo-result-filters': LoResultFilters;
  }
}
