import { LoSignInPage } from './sign-in-page.component.ts';

export { LoSignInPage };

if (!customElements.get('lo-sign-in-page')) customElements.define('lo-sign-in-page', LoSignInPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-sign-in-page': LoSignInPage;
  }
}
