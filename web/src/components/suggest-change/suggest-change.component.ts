import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { suggestChange } from '../../api/endpoints.ts';
import { EDITABLE_FIELDS, EDITABLE_FIELD_NAMES, type EditableField, type NodeDetail } from '../../api/types.ts';
import { changedFields, currentValues } from './editable-values.ts';
import { suggestChangeStyles } from './suggest-change.styles.ts';

/** How each field is asked for: a text box for long text, a one-line box otherwise, with a hint where it helps. */
const INPUTS: Record<EditableField, { long?: boolean; type?: 'text' | 'email' | 'tel'; inputmode?: string; hint?: string }> = {
  summary: { long: true, hint: 'One or two sentences, shown in search results.' },
  description: { long: true },
  eligibility: { long: true, hint: 'Ages, needs, where people must live, and anything else that decides who can use it.' },
  referral: { long: true, hint: 'Whether people can ask themselves or need a referral, and from whom.' },
  costText: { long: true, hint: 'For example: free, or what people pay and what help there is with the cost.' },
  waitingTime: { hint: 'For example: about 6 weeks from referral to first appointment.' },
  openingTimes: { long: true },
  website: { inputmode: 'url', hint: 'The full address, starting https://' },
  email: { type: 'email' },
  phone: { type: 'tel' },
};

/**
 * A provider suggests changes to one of its organisation's offers (POST /api/offers/:id/changes): the editable
 * fields, filled in with what the page says now, and an optional note. Only the fields changed are sent;
 * nothing is published until a reviewer approves it.
 */
export class LoSuggestChange extends LitElement {
  static override styles = [sharedStyles, suggestChangeStyles];

  @property({ attribute: false }) node: NodeDetail | null = null;
  @state() private error = '';
  @state() private sentFields: EditableField[] = [];
  @state() private sending = false;
  /** Changing it draws a fresh form (after "Suggest another change"). */
  @state() private round = 0;

  override render() {
    const node = this.node;
    if (!node?.offer) return nothing;
    if (this.sentFields.length) {
      return html`<div class="done" role="status" tabindex="-1">
        <h3>Your change has been sent for review</h3>
        <p>You suggested changes to: ${this.sentFields.map((f) => EDITABLE_FIELDS[f]).join(', ')}.</p>
        <p>A reviewer at the council will check it. Until they approve it, this page keeps showing the details it shows now.</p>
        <button type="button" class="secondary" @click=${this.handleAnother}>Suggest another change</button>
      </div>`;
    }
    const current = currentValues(node);
    return html`
      <p>Your organisation provides this, so you can suggest changes to what this page says. A reviewer at the council checks
        every change before it is published.</p>
      ${this.error ? html`<div class="error-summary" role="alert" tabindex="-1"><h3>There is a problem</h3><p>${this.error}</p></div>` : nothing}
      ${keyed(this.round, html`<details ?open=${this.round > 0 || !!this.error}>
        <summary>Change what this page says about ${node.name}</summary>
        <form @submit=${this.handleSubmit} novalidate>
          <p class="hint">Change only what is out of date or wrong. We send only the answers you change.</p>
          ${EDITABLE_FIELD_NAMES.map((field) => this.renderField(field, current[field]))}
          <div><label for="sc-note">Note for the reviewer (optional)</label>
            <p class="hint" id="sc-note-hint">For example, why it changed, or where the reviewer can check it.</p>
            <textarea id="sc-note" name="note" maxlength="2000" aria-describedby="sc-note-hint"></textarea></div>
          <button type="submit" ?disabled=${this.sending}>Send for review</button>
        </form>
      </details>`)}
    `;
  }

  private renderField(field: EditableField, value: string) {
    const input = INPUTS[field];
    const id = `sc-${field}`;
    const hint = input.hint ? html`<p class="hint" id="${id}-hint">${input.hint}</p>` : nothing;
    const describedBy = input.hint ? `${id}-hint` : '';
    return html`<div>
      <label for=${id}>${EDITABLE_FIELDS[field]}</label>${hint}
      ${input.long
        ? html`<textarea id=${id} name=${field} maxlength="20000" class=${field === 'description' ? 'long' : ''}
            aria-describedby=${describedBy || nothing} .value=${value}></textarea>`
        : html`<input id=${id} name=${field} type=${input.type ?? 'text'} inputmode=${input.inputmode ?? nothing} maxlength="2000"
            autocomplete="off" spellcheck=${input.type || input.inputmode ? 'false' : 'true'} aria-describedby=${describedBy || nothing} .value=${value}>`}
    </div>`;
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const node = this.node;
    if (!node) return;
    const form = new FormData(event.target as HTMLFormElement);
    const changes = changedFields(currentValues(node), (field) => {
      const value = form.get(field);
      return typeof value === 'string' ? value : null;
    });
    const note = String(form.get('note') ?? '').trim();
    if (!Object.keys(changes).length) {
      await this.showError('You have not changed anything yet. Change at least one answer, then send it for review.');
      return;
    }
    this.sending = true;
    try {
      await suggestChange(node.id, changes, note || undefined);
      this.error = '';
      this.sentFields = Object.keys(changes) as EditableField[];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.done')?.focus();
    } catch (error) {
      await this.showError(error instanceof Error ? error.message : 'Your change could not be sent. Please try again.');
    } finally {
      this.sending = false;
    }
  }

  private async showError(message: string): Promise<void> {
    this.error = message;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private handleAnother(): void {
    this.sentFields = [];
    this.round += 1;
  }
}
