import { LoNotFoundPage } from './not-found-page.component.ts';

export { LoNotFoundPage };

if (!customElements.get('lo-not-found-page')) customElements.define('lo-not-found-page', LoNotFoundPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-not-found-page': LoNotFoundPage;
  }
}
