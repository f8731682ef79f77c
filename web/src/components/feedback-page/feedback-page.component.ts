import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { setTitle } from '../app/pages.ts';
import '../feedback-form/feedback-form.ts';

/** Feedback about the Local Offer as a whole (s.30(6): the authority publishes comments and its responses). */
export class LoFeedbackPage extends LitElement {
  static override styles = [sharedStyles];

  @property({ attribute: false }) about: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('Tell us what you think of the Local Offer');
  }

  override render() {
    return html`
      <h1>Tell us what you think of the Local Offer</h1>
      <p>Tell us what is missing, what is wrong, or what helped. We read everything, and we publish what we hear and what we
        did about it on <a href="/you-said-we-did">You said, we did</a>, without names or contact details.</p>
      <p>To give feedback about one service or setting, use the form on its page.</p>
      <lo-feedback-form .about=${this.about ?? 'local-offer'} aboutName="the Local Offer"></lo-feedback-form>
    `;
  }
}
