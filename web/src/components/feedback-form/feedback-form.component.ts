import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { giveFeedback } from '../../api/endpoints.ts';
import { feedbackFormStyles } from './feedback-form.styles.ts';

/**
 * Give feedback about one offer or the Local Offer as a whole (POST /api/feedback). Contact details
 * are optional and never published. A hidden "website" field catches bots.
 */
export class LoFeedbackForm extends LitElement {
  static override styles = [sharedStyles, feedbackFormStyles];

  /** An offer id, or "local-offer". */
  @property() about = 'local-offer';
  /** What it is about, in words ("Harbourside Primary School"). */
  @property() aboutName = 'the Local Offer';
  @state() private error = '';
  @state() private sent = '';
  @state() private sending = false;

  override render() {
    if (this.sent) return html`<div class="done" tabindex="-1" role="status"><h3>Feedback sent</h3><p>${this.sent}</p></div>`;
    return html`
      ${this.error ? html`<div class="error-summary" role="alert"><p class="error">${this.error}</p></div>` : nothing}
      <form @submit=${this.handleSubmit} novalidate>
        <div>
          <label for="fb-message">Your feedback about ${this.aboutName}</label>
          <p class="hint" id="fb-hint">What worked, what did not, what is missing or wrong. Please do not include personal details here:
            we may publish your words (without your name) with our response.</p>
          <textarea id="fb-message" name="message" maxlength="5000" aria-describedby="fb-hint" required></textarea>
        </div>
        <details>
          <summary>Add your contact details if you want a reply (optional)</summary>
          <div class="contact">
            <p class="hint">We only use these to reply to you. They are never published.</p>
            <div><label for="fb-name">Name</label><input id="fb-name" name="name" type="text" autocomplete="name" maxlength="200"></div>
            <div><label for="fb-email">Email address</label><input id="fb-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="200"></div>
            <div><label for="fb-phone">Phone number</label><input id="fb-phone" name="phone" type="tel" autocomplete="tel" maxlength="40"></div>
          </div>
        </details>
        <div class="trap" aria-hidden="true">
          <label for="fb-website">Leave this empty</label>
          <input id="fb-website" name="website" type="text" tabindex="-1" autocomplete="off">
        </div>
        <button type="submit" ?disabled=${this.sending}>Send feedback</button>
      </form>
    `;
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    if (!text('message')) {
      this.error = 'Write your feedback before sending it.';
      return;
    }
    this.sending = true;
    this.error = '';
    try {
      const contact = Object.fromEntries((['name', 'email', 'phone'] as const).filter((k) => text(k)).map((k) => [k, text(k)]));
      const reply = await giveFeedback({ about: this.about, message: text('message'), contact, website: String(form.get('website') ?? '') });
      this.sent = reply.message;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.done')?.focus();
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'Your feedback could not be sent. Please try again.';
    } finally {
      this.sending = false;
    }
  }
}
