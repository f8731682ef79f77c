import { LoResultsPage } from './results-page.component.ts';

export { LoResultsPage };

if (!customElements.get('lo-results-page')) customElements.define('lo-results-page', LoResultsPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-results-page': LoResultsPage;
  }
}
