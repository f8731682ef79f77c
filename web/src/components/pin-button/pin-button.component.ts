import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { isPinnedId, pin, unpin, SHORTLIST_CHANGED, type PinnedItem } from '../../state/shortlist.ts';

/** Adds an item to the shortlist or takes it off (a toggle button: aria-pressed says which). */
export class LoPinButton extends LitElement {
  static override styles = [sharedStyles, css`:host { display: inline-block; }`];

  @property({ attribute: false }) item: PinnedItem | null = null;
  @state() private pinned = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(SHORTLIST_CHANGED, this.handleShortlistChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(SHORTLIST_CHANGED, this.handleShortlistChange);
  }

  override willUpdate(): void {
    this.pinned = this.item ? isPinnedId(this.item.id) : false;
  }

  override render() {
    if (!this.item) return html``;
    return html`<button type="button" class="secondary" aria-pressed=${this.pinned ? 'true' : 'false'} @click=${this.handleClick}>
      ${this.pinned ? '★ On your shortlist' : '☆ Add to shortlist'}<span class="visually-hidden">: ${this.item.name}</span></button>`;
  }

  private handleClick(): void {
    if (!this.item) return;
    if (this.pinned) unpin(this.item.id);
    else pin(this.item);
  }

  private readonly handleShortlistChange = () => {
    this.requestUpdate();
  };
}
