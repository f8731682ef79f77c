import { LoFeedbackForm } from './feedback-form.component.ts';

export { LoFeedbackForm };

if (!customElements.get('lo-feedback-form')) customElements.define('lo-feedback-form', LoFeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'lo-feedback-form': LoFeedbackForm;
  }
}
