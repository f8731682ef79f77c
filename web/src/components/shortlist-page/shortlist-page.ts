import { LoShortlistPage } from './shortlist-page.component.ts';

export { LoShortlistPage };

if (!customElements.get('lo-shortlist-page')) customElements.define('lo-shortlist-page', LoShortlistPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-shortlist-page': LoShortlistPage;
  }
}
