import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { node as fetchNode } from '../../api/endpoints.ts';
import type { NodeDetail } from '../../api/types.ts';
import { nodeUrl, routeUrl } from '../../routing/route.ts';
import { readShortlist, replaceShortlist, unpin, SHORTLIST_CHANGED } from '../../state/shortlist.ts';
import { setTitle } from '../app/pages.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import { ages } from '../node-page/offer-sections.ts';
import { shortlistPageStyles } from './shortlist-page.styles.ts';
import { itemCard } from './item-card.ts';

/**
 * The shortlist: pinned items compared side by side, shared as a link (/shortlist?ids=...), printed
 * cleanly. A shared link shows that list, which the person can keep as their own.
 */
export class LoShortlistPage extends LitElement {
  static override styles = [sharedStyles, shortlistPageStyles];

  /** Ids from a shared link, or null for this browser's own shortlist. */
  @property({ attribute: false }) ids: string[] | null = null;
  @state() private details: Array<NodeDetail | { id: string; missing: true }> = [];
  @state() private copied = '';
  @state() private loading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(SHORTLIST_CHANGED, this.handleShortlistChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(SHORTLIST_CHANGED, this.handleShortlistChange);
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('ids')) void this.load();
    setTitle(this.shared ? 'A shortlist shared with you' : 'Your shortlist');
  }

  private get shared(): boolean {
    return this.ids !== null;
  }

  private get currentIds(): string[] {
    return this.ids ?? readShortlist().map((i) => i.id);
  }

  override render() {
    const ids = this.currentIds;
    const link = new URL(routeUrl({ page: 'shortlist', ids }), location.origin).href;
    const found = this.details.filter((d): d is NodeDetail => !('missing' in d));
    return html`
      <h1>${this.shared ? 'A shortlist shared with you' : 'Your shortlist'}</h1>
      <p class="print-only">From the Local Offer, ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}. ${link}</p>
      ${!ids.length ? html`<p>Your shortlist is empty. Use “Add to shortlist” on any service, setting or other item to keep it here,
        then share or print the list.</p><p><a href="/">Find support</a></p>` : html`
        <div class="share">
          <label for="share-link">Link to this shortlist</label>
          <p class="hint">Anyone with the link sees the same list. It holds no personal details.</p>
          <input id="share-link" type="text" readonly .value=${link} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}>
          <div class="row">
            <button type="button" class="secondary" @click=${() => void this.handleCopy(link)}>Copy link</button>
            <a class="button secondary" href="mailto:?subject=${encodeURIComponent('Local Offer shortlist')}&body=${encodeURIComponent(link)}">Email the link</a>
            <button type="button" class="secondary" @click=${() => window.print()}>Print</button>
            ${this.shared ? html`<button type="button" @click=${this.handleKeep}>Keep this as my shortlist</button>` : nothing}
            <span role="status">${this.copied}</span>
          </div>
        </div>
        <p role="status">${this.loading ? 'Loading the details…' : `${found.length} item${found.length === 1 ? '' : 's'}`}</p>
        ${found.length ? this.renderTable(found) : nothing}
        <h2>Details</h2>
        ${this.details.map((d) => ('missing' in d ? html`<p>One item is no longer in the Local Offer.</p>`
          : itemCard(d, this.shared ? undefined : () => unpin(d.id))))}`}
    `;
  }

  private renderTable(items: NodeDetail[]) {
    return html`<div class="table-wrap" role="region" aria-labelledby="compare-caption" tabindex="0"><table>
      <caption id="compare-caption">Compare</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Ages</th><th scope="col">Cost</th><th scope="col">Waiting time</th><th scope="col">Way in</th></tr></thead>
      <tbody>${items.map((n) => html`<tr>
        <th scope="row"><a href=${nodeUrl(n.id)}>${n.name}</a></th><td>${n.kindLabel || kindName(n.kind)}</td>
        <td>${n.offer ? ages(n.offer) : '–'}</td><td>${n.offer?.cost.type ?? '–'}</td><td>${n.offer?.waitingTime ?? 'Not stated'}</td>
        <td>${n.offer ? (n.offer.access.routes.map((r) => r.name).join(', ') || n.offer.access.routeText || 'Not stated') : '–'}</td>
      </tr>`)}</tbody></table></div>`;
  }

  private async load(): Promise<void> {
    const ids = this.currentIds.slice(0, 50);
    this.loading = true;
    this.details = await Promise.all(ids.map((id) => fetchNode<NodeDetail>(id).catch(() => ({ id, missing: true as const }))));
    this.loading = false;
  }

  private async handleCopy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied = 'Link copied.';
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
      this.copied = 'Select the link and copy it.';
    }
  }

  private readonly handleKeep = () => {
    replaceShortlist(this.details.filter((d): d is NodeDetail => !('missing' in d)).map((d) => ({ id: d.id, name: d.name, kind: d.kind })));
    this.copied = 'Saved as your shortlist.';
  };

  private readonly handleShortlistChange = () => {
    if (!this.shared) void this.load();
  };
}
