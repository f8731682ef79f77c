import { LoFeedbackPage } from './feedback-page.component.ts';

export { LoFeedbackPage };

if (!customElements.get('lo-feedback-page')) customElements.define('lo-feedback-page', LoFeedbackPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-feedback-page': LoFeedbackPage;
  }
}
