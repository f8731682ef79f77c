import { LoYouSaidPage } from './you-said-page.component.ts';

export { LoYouSaidPage };

if (!customElements.get('lo-you-said-page')) customElements.define('lo-you-said-page', LoYouSaidPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-you-said-page': LoYouSaidPage;
  }
}
