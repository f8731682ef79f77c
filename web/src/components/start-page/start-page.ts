import { LoStartPage } from './start-page.component.ts';

export { LoStartPage };

if (!customElements.get('lo-start-page')) customElements.define('lo-start-page', LoStartPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-start-page': LoStartPage;
  }
}
