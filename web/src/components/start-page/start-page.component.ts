import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { navigate } from '../../routing/navigate.ts';
import { resultsUrl } from '../../routing/route.ts';
import { areas as fetchAreas } from '../../api/endpoints.ts';
import type { Area } from '../../api/types.ts';
import { setTitle } from '../app/pages.ts';
import { startPageStyles } from './start-page.styles.ts';
import { ENTRY_POINTS, EXAMPLE_QUESTIONS } from './examples.ts';

/** The start page: one question box in plain words, examples, optional age and area, and the other ways in. */
export class LoStartPage extends LitElement {
  static override styles = [sharedStyles, startPageStyles];

  @state() private error = '';
  @state() private areaOptions: Area[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('Find support for children and young people with SEND');
    fetchAreas().then((list) => { this.areaOptions = list; }, () => { this.areaOptions = []; });
  }

  override render() {
    return html`
      <h1>Find support for children and young people with SEND</h1>
      <p class="lede">Special educational needs and disabilities (SEND) support from birth to 25: health, education, care,
        money, your rights, and who to talk to. You do not need to know the right words.</p>
      ${this.error ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-title">
        <h2 id="error-title">There is a problem</h2><p><a href="#q" @click=${this.handleErrorLink}>${this.error}</a></p></div>` : nothing}
      <form @submit=${this.handleSubmit} novalidate>
        <div class=${this.error ? 'field-error' : ''}>
          <label for="q">Tell us what's happening, in your own words</label>
          <p class="hint" id="q-hint">For example: "my 7 year old is autistic and can't sleep"</p>
          ${this.error ? html`<p class="error" id="q-error"><span class="visually-hidden">Error:</span> ${this.error}</p>` : nothing}
          <textarea id="q" name="q" rows="3" maxlength="500" aria-describedby="q-hint ${this.error ? 'q-error' : ''}"
            aria-invalid=${this.error ? 'true' : 'false'}></textarea>
        </div>
        <div class="optional">
          <div>
            <label for="age">Age of the child or young person (optional)</label>
            <input id="age" name="age" type="number" inputmode="numeric" min="0" max="25" autocomplete="off">
          </div>
          ${this.areaOptions.length ? html`<div>
            <label for="area">Area (optional)</label>
            <select id="area" name="area">
              <option value="">Anywhere</option>
              ${this.areaOptions.map((a) => html`<option value=${a.id}>${a.name}</option>`)}
            </select>
          </div>` : nothing}
        </div>
        <button type="submit">Find support</button>
      </form>

      <h2>Not sure what to ask? Try one of these</h2>
      <ul class="examples">
        ${EXAMPLE_QUESTIONS.map((q) => html`<li><a href=${resultsUrl(q)}>${q}</a></li>`)}
      </ul>

      <h2>Other ways in</h2>
      <ul class="entry-points">
        ${ENTRY_POINTS.map((e) => html`<li><h3><a href=${e.href}>${e.title}</a></h3><p>${e.text}</p></li>`)}
        <li><h3><a href="/you-said-we-did">You said, we did</a></h3>
          <p>What families and young people told us about the Local Offer, and what we did about it.</p></li>
      </ul>
    `;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const q = String(form.get('q') ?? '').trim();
    if (!q) {
      this.error = 'Tell us what is happening, in a few words';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    const ageText = String(form.get('age') ?? '');
    const age = /^\d{1,2}$/.test(ageText) && Number(ageText) <= 25 ? Number(ageText) : null;
    navigate(resultsUrl(q, age, String(form.get('area') ?? '') || null));
  }

  private handleErrorLink(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLTextAreaElement>('#q')?.focus();
  }
}
