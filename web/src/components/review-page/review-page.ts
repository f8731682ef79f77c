import { LoReviewPage } from './review-page.component.ts';

export { LoReviewPage };

if (!customElements.get('lo-review-page')) customElements.define('lo-review-page', LoReviewPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-review-page': LoReviewPage;
  }
}
