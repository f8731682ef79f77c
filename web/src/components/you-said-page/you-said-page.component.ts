import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { publishedFeedback } from '../../api/endpoints.ts';
import type { PublishedFeedback } from '../../api/types.ts';
import { nodeUrl } from '../../routing/route.ts';
import { setTitle } from '../app/pages.ts';
import { youSaidPageStyles } from './you-said-page.styles.ts';

/** "You said, we did": published feedback and the authority's responses (CFA 2014 s.30(6)), without personal details. */
export class LoYouSaidPage extends LitElement {
  static override styles = [sharedStyles, youSaidPageStyles];

  @state() private items: PublishedFeedback[] | null = null;
  @state() private error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('You said, we did');
    publishedFeedback().then((items) => { this.items = items; }, (error: unknown) => {
      this.error = error instanceof Error ? error.message : 'This could not be loaded.';
    });
  }

  override render() {
    return html`
      <h1>You said, we did</h1>
      <p>What families, young people and professionals told us about the Local Offer, and what we did about it.
        We publish these by law (Children and Families Act 2014, section 30). Names and contact details are never shown.</p>
      <p><a href="/feedback">Tell us what you think</a></p>
      ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      ${this.items === null && !this.error ? html`<p role="status">Loading…</p>` : nothing}
      ${this.items && !this.items.length ? html`<p>Nothing has been published yet.</p>` : nothing}
      ${this.items?.length ? html`<ol>${this.items.map((f) => html`<li><article aria-labelledby="about-${f.id}">
        <h2 id="about-${f.id}">About ${f.about === 'local-offer' ? 'the Local Offer' : html`<a href=${nodeUrl(f.about)}>${f.aboutName}</a>`}</h2>
        <p class="date">Published ${formatDate(f.publishedAt)}</p>
        <h3>You said</h3><blockquote>${f.message}</blockquote>
        <h3>We did</h3><p class="response">${f.response}</p>
      </article></li>`)}</ol>` : nothing}
    `;
  }
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
