import { LoSearchPage } from './search-page.component.ts';

export { LoSearchPage };

if (!customElements.get('lo-search-page')) customElements.define('lo-search-page', LoSearchPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-search-page': LoSearchPage;
  }
}
