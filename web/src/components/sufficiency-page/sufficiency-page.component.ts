import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { apiUrl, requestJson, ApiError } from '../../api/client.ts';
import { areas as fetchAreas } from '../../api/endpoints.ts';
import type { Area } from '../../api/types.ts';
import { navigate } from '../../routing/navigate.ts';
import { routeUrl } from '../../routing/route.ts';
import { setTitle } from '../app/pages.ts';
import { sufficiencyPageStyles } from './sufficiency-page.styles.ts';
import { offerRow, type OfferReview } from './offer-row.ts';

interface SufficiencyReply {
  summary: Record<string, number>;
  offers: OfferReview[];
}

const PAGE = 50;

/** Whether an offer has anything for a reviewer to follow up. */
const needsAttention = (o: OfferReview) => o.unanswered.length > 0 || o.thin.length > 0 || o.stale || o.shortfalls.length > 0 || o.feedback.awaitingResponse > 0;

const SUMMARY: Array<[string, string]> = [
  ['offers', 'Offers reviewed'], ['withUnanswered', 'With unanswered questions'], ['withThinAnswers', 'With thin answers'],
  ['stale', 'Not checked for 12 months'], ['settingsShortOfAreaWideOffer', 'Settings short of the area-wide offer'],
  ['feedbackAwaitingResponse', 'Feedback awaiting a response'],
];

/** The sufficiency review (CFA 2014 s.27) for reviewers: gaps in answers, stale entries, shortfalls, feedback; CSV export. */
export class LoSufficiencyPage extends LitElement {
  static override styles = [sharedStyles, sufficiencyPageStyles];

  @property({ attribute: false }) area: string | null = null;
  @state() private data: SufficiencyReply | null = null;
  @state() private needsSignIn = false;
  @state() private error = '';
  @state() private kind = '';
  @state() private attentionOnly = true;
  @state() private shown = PAGE;
  @state() private areaOptions: Area[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('Sufficiency review');
    fetchAreas().then((list) => { this.areaOptions = list; }, () => undefined);
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('area')) void this.load();
  }

  override render() {
    return html`<h1>Sufficiency review</h1>
      ${this.needsSignIn ? html`<p>Please sign in as a reviewer to see the review.</p>
        <p><a class="button" href="/sign-in?next=/review/sufficiency">Sign in</a></p>` : this.renderReview()}`;
  }

  private renderReview() {
    const offers = (this.data?.offers ?? []).filter((o) => (!this.kind || o.kind === this.kind) && (!this.attentionOnly || needsAttention(o)));
    return html`
      <p>Which settings and services have not answered the framework questions, whose answers are thin, which entries have not been
        checked for 12 months, which settings fall short of the area-wide offer, and what feedback is waiting for a response.</p>
      ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      ${this.data ? html`<ul class="summary">${SUMMARY.map(([key, label]) => html`<li><strong>${this.data?.summary[key] ?? 0}</strong>${label}</li>`)}</ul>` : nothing}
      <div class="controls">
        ${this.areaOptions.length ? html`<div><label for="area">Area</label><select id="area" @change=${this.handleArea}>
          <option value="" ?selected=${!this.area}>All areas</option>
          ${this.areaOptions.map((a) => html`<option value=${a.id} ?selected=${this.area === a.id}>${a.name}</option>`)}</select></div>` : nothing}
        <div><label for="kind">Show</label><select id="kind" @change=${(e: Event) => { this.kind = (e.target as HTMLSelectElement).value; this.shown = PAGE; }}>
          <option value="">Settings and services</option><option value="setting">Settings only</option><option value="service">Services only</option></select></div>
        <div class="check"><input type="checkbox" id="attention" .checked=${this.attentionOnly}
          @change=${(e: Event) => { this.attentionOnly = (e.target as HTMLInputElement).checked; this.shown = PAGE; }}>
          <label for="attention">Only offers with something to follow up</label></div>
        <a class="button secondary" download href=${apiUrl('/api/sufficiency', { area: this.area, format: 'csv' })}>Download as a spreadsheet (CSV)</a>
      </div>
      ${this.data === null && !this.error ? html`<p role="status">Loading…</p>` : nothing}
      ${this.data ? html`<p role="status">${offers.length} offers${offers.length > this.shown ? `, showing the first ${this.shown}` : ''}</p>
        <div class="table-wrap" role="region" aria-labelledby="review-caption" tabindex="0"><table>
          <caption id="review-caption" class="visually-hidden">Each offer's review</caption>
          <thead><tr><th scope="col">Offer</th><th scope="col">Questions answered</th><th scope="col">Unanswered or thin</th>
            <th scope="col">Last checked</th><th scope="col">Feedback</th><th scope="col">Against the area-wide offer</th></tr></thead>
          <tbody>${offers.slice(0, this.shown).map(offerRow)}</tbody>
        </table></div>
        ${offers.length > this.shown ? html`<p><button type="button" class="secondary" @click=${() => { this.shown += PAGE; }}>Show ${Math.min(PAGE, offers.length - this.shown)} more</button></p>` : nothing}` : nothing}
    `;
  }

  private async load(): Promise<void> {
    this.data = null;
    try {
      this.data = await requestJson<SufficiencyReply>(apiUrl('/api/sufficiency', { area: this.area }));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) this.needsSignIn = true;
      else this.error = error instanceof Error ? error.message : 'The review could not be loaded.';
    }
  }

  private readonly handleArea = (event: Event) => {
    const area = (event.target as HTMLSelectElement).value || null;
    navigate(routeUrl({ page: 'sufficiency', area }));
  };
}
