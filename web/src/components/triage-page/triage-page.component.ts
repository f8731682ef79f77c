import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { feedbackList, updateFeedback } from '../../api/endpoints.ts';
import { ApiError } from '../../api/client.ts';
import { FEEDBACK_STATUSES, type ReviewerFeedback } from '../../api/types.ts';
import { navigate } from '../../routing/navigate.ts';
import { routeUrl } from '../../routing/route.ts';
import { setTitle } from '../app/pages.ts';
import { triagePageStyles } from './triage-page.styles.ts';
import { feedbackCard } from './feedback-card.ts';

/** Reviewers triage feedback: acknowledge, respond, publish (with public wording) or close. */
export class LoTriagePage extends LitElement {
  static override styles = [sharedStyles, triagePageStyles];

  @property({ attribute: false }) status: string | null = null;
  @state() private items: ReviewerFeedback[] | null = null;
  @state() private error = '';
  @state() private needsSignIn = false;
  @state() private announcement = '';

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('status')) void this.load();
    setTitle('Feedback to triage');
  }

  override render() {
    return html`
      <h1>Feedback to triage</h1>
      ${this.needsSignIn ? html`<p>Please sign in as a reviewer to see feedback.</p>
        <p><a class="button" href="/sign-in?next=${encodeURIComponent(location.pathname + location.search)}">Sign in</a></p>` : this.renderTriage()}
    `;
  }

  private renderTriage() {
    return html`
      <p>Contact details are for replying only and never published. Before publishing, write the public wording of the message
        without names or anything that could identify someone.</p>
      <form class="filter" @submit=${this.handleFilter}>
        <div><label for="status">Show</label>
          <select id="status" name="status">
            <option value="" ?selected=${!this.status}>All feedback</option>
            ${FEEDBACK_STATUSES.map((s) => html`<option value=${s} ?selected=${this.status === s}>${capitalise(s)}</option>`)}
          </select></div>
        <button type="submit" class="secondary">Show</button>
      </form>
      <p role="status">${this.announcement}</p>
      ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      ${this.items === null ? html`<p>Loading…</p>` : !this.items.length ? html`<p>No feedback here.</p>`
        : html`<ol>${this.items.map((f) => html`<li>${feedbackCard(f, this.handleAction)}</li>`)}</ol>`}
    `;
  }

  private async load(): Promise<void> {
    this.items = null;
    try {
      this.items = await feedbackList(this.status);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) this.needsSignIn = true;
      else this.error = error instanceof Error ? error.message : 'Feedback could not be loaded.';
    }
  }

  private readonly handleFilter = (event: SubmitEvent) => {
    event.preventDefault();
    const status = String(new FormData(event.target as HTMLFormElement).get('status') ?? '') || null;
    navigate(routeUrl({ page: 'review-feedback', status }));
  };

  private readonly handleAction = async (item: ReviewerFeedback, status: string, form: FormData) => {
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    try {
      const updated = await updateFeedback(item.id, { status, response: text('response'), publicMessage: status === 'published' ? text('publicMessage') : undefined });
      this.items = (this.items ?? []).map((f) => (f.id === updated.id ? updated : f));
      this.announcement = status === 'published' ? 'Published: it now shows on “You said, we did”.' : `Saved: the feedback is now ${status}.`;
      this.error = '';
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'That could not be saved.';
    }
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
