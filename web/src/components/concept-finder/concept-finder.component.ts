import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { emit } from '../../events.ts';
import { findConcepts } from '../../api/endpoints.ts';
import type { Concept } from '../../api/types.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import { conceptFinderStyles } from './concept-finder.styles.ts';

/**
 * Finds a concept by name (GET /api/concepts?q=) so a person can correct or add to what we understood.
 * A plain search box and a list of buttons, rather than a combobox: simple with any input method.
 *
 * @fires lo-concept-pick
 */
export class LoConceptFinder extends LitElement {
  static override styles = [sharedStyles, conceptFinderStyles];

  /** The question the box asks ("What did you mean instead of ‘sleep’?"). */
  @property() prompt = 'What did we miss?';
  @state() private found: Concept[] | null = null;
  @state() private message = '';
  private controller: AbortController | undefined;

  override firstUpdated(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  override render() {
    return html`
      <form @submit=${this.handleSubmit}>
        <label for="concept-q">${this.prompt}</label>
        <p class="hint" id="concept-hint">Type a word or two, for example "speech" or "short breaks".</p>
        <div class="row">
          <input id="concept-q" type="search" name="q" autocomplete="off" aria-describedby="concept-hint">
          <button type="submit" class="secondary">Find</button>
        </div>
      </form>
      <p role="status" class="hint">${this.message}</p>
      ${this.found?.length ? html`<ul>${this.found.map((c) => html`<li>
          <button type="button" class="link" @click=${() => emit(this, 'lo-concept-pick', { concept: c })}>Use “${c.name}” <span class="hint">(${kindName(c.kind)})</span></button>
        </li>`)}</ul>` : nothing}
      <div class="actions"><button type="button" class="secondary" @click=${() => emit(this, 'lo-concept-pick', { concept: null })}>Cancel</button></div>
    `;
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    if (!q) {
      this.message = 'Type a word to look for.';
      return;
    }
    this.controller?.abort();
    this.controller = new AbortController();
    this.message = 'Looking…';
    try {
      this.found = await findConcepts(q, this.controller.signal);
      this.message = this.found.length ? `${this.found.length} found` : 'Nothing found. Try another word.';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.message = 'We could not search just now. Please try again.';
    }
  }
}
