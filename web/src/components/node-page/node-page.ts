import { LoNodePage } from './node-page.component.ts';

export { LoNodePage };

if (!customElements.get('lo-node-page')) customElements.define('lo-node-page', LoNodePage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-node-page': LoNodePage;
  }
}
