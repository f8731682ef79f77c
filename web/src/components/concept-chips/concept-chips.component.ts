import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { emit } from '../../events.ts';
import type { Concept } from '../../api/types.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import { shapeIcon } from '../map-legend/shape-icon.ts';
import '../concept-finder/concept-finder.ts';
import { conceptChipsStyles } from './concept-chips.styles.ts';

/**
 * "What we understood": one chip per concept found in the question, each of which can be removed or
 * changed, and a way to add what was missed.
 *
 * @fires lo-concept-remove @fires lo-concept-replace @fires lo-concept-add
 */
export class LoConceptChips extends LitElement {
  static override styles = [sharedStyles, conceptChipsStyles];

  @property({ attribute: false }) concepts: Concept[] = [];
  @property({ attribute: false }) age: number | null = null;
  /** The concept being changed, or "add" while adding one. */
  @state() private editing: string | null = null;

  override render() {
    const editingConcept = this.concepts.find((c) => c.id === this.editing);
    return html`
      ${this.concepts.length ? html`<ul class="chips" aria-label="What we understood">
        ${this.concepts.map((c) => html`<li class="chip">${shapeIcon(c.kind)}<span>${c.name}</span>
          <span class="visually-hidden">(${kindName(c.kind)})</span>
          <button type="button" class="link" aria-label="Change ${c.name}" @click=${() => this.handleEdit(c.id)}>Change</button>
          <button type="button" class="link remove" aria-label="Remove ${c.name}" @click=${() => this.handleRemove(c)}>×</button>
        </li>`)}
      </ul>` : html`<p class="empty">We did not recognise particular needs or services in your question, so we searched for your words.</p>`}
      ${this.age !== null ? html`<p>Age: <strong>${this.age}</strong> <span class="hint">(you can change it in the filters)</span></p>` : nothing}
      ${this.editing ? html`<lo-concept-finder
          prompt=${editingConcept ? `What did you mean instead of “${editingConcept.name}”?` : 'What did we miss?'}
          @lo-concept-pick=${this.handlePick}></lo-concept-finder>`
        : html`<button type="button" class="secondary" @click=${() => this.handleEdit('add')}>Add something we missed</button>`}
    `;
  }

  private handleEdit(id: string): void {
    this.editing = id;
  }

  private handleRemove(concept: Concept): void {
    emit(this, 'lo-concept-remove', { id: concept.id });
  }

  private handlePick(event: CustomEvent<{ concept: Concept | null }>): void {
    event.stopPropagation();
    const { concept } = event.detail;
    const editing = this.editing;
    this.editing = null;
    if (!concept) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.secondary')?.focus());
      return;
    }
    if (editing && editing !== 'add') emit(this, 'lo-concept-replace', { from: editing, to: concept });
    else emit(this, 'lo-concept-add', concept);
  }
}
