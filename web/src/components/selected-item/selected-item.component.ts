import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { emit } from '../../events.ts';
import { nodeUrl } from '../../routing/route.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import { shapeIcon } from '../map-legend/shape-icon.ts';
import '../pin-button/pin-button.ts';
import { selectedItemStyles } from './selected-item.styles.ts';

export interface SelectedItem {
  id: string;
  name: string;
  kind: string;
  why: string[];
  summary: string;
}

/**
 * What is selected in the map and the list, with what can be done with it: open its details, show or
 * hide its connections, add it to the shortlist. Every map action has a button here (no drag, no double click).
 *
 * @fires lo-node-expand
 */
export class LoSelectedItem extends LitElement {
  static override styles = [sharedStyles, selectedItemStyles];

  @property({ attribute: false }) item: SelectedItem | null = null;
  @property({ type: Boolean }) expanded = false;
  /** The question node cannot be opened or expanded. */
  @property({ type: Boolean }) question = false;

  override render() {
    const item = this.item;
    if (!item) return html`<p class="empty">Select something in the map or the list to see what you can do with it.</p>`;
    return html`<section aria-labelledby="selected-title">
      <h3 id="selected-title"><span class="visually-hidden">Selected: </span>${item.name}</h3>
      <div class="meta">${shapeIcon(item.kind)}<span class="tag">${kindName(item.kind)}</span></div>
      ${item.summary ? html`<p>${item.summary}</p>` : nothing}
      ${item.why.length ? html`<ul class="why">${item.why.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
      ${this.question ? nothing : html`<div class="actions">
        <a class="button" href=${nodeUrl(item.id)}>Open details<span class="visually-hidden">: ${item.name}</span></a>
        <button type="button" class="secondary" @click=${() => emit(this, 'lo-node-expand', { id: item.id, expand: !this.expanded })}>
          ${this.expanded ? 'Hide its connections' : 'Show its connections'}</button>
        <lo-pin-button .item=${{ id: item.id, name: item.name, kind: item.kind }}></lo-pin-button>
      </div>`}
    </section>`;
  }
}
