import { LoGapsPage } from './gaps-page.component.ts';

export { LoGapsPage };

if (!customElements.get('lo-gaps-page')) customElements.define('lo-gaps-page', LoGapsPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-gaps-page': LoGapsPage;
  }
}
