import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { changeRequests, decideChange, node as fetchNode } from '../../api/endpoints.ts';
import { ApiError } from '../../api/client.ts';
import type { ChangeRequest, NodeDetail } from '../../api/types.ts';
import { setTitle } from '../app/pages.ts';
import { currentValues } from '../suggest-change/editable-values.ts';
import { changeCard, type Decide } from './change-card.ts';
import { diffStyles } from './diff.styles.ts';
import { changesPageStyles } from './changes-page.styles.ts';

/**
 * Reviewers approve or reject the changes providers suggested (GET /api/changes?status=pending), each shown
 * field by field as it is now (GET /api/nodes/:id) → as suggested. Approving publishes it and records it in the audit trail.
 */
export class LoChangesPage extends LitElement {
  static override styles = [sharedStyles, diffStyles, changesPageStyles];

  @state() private changes: ChangeRequest[] | null = null;
  /** Each offer's editable values now, by offer id (missing: could not be loaded). */
  @state() private current = new Map<string, Record<string, string>>();
  @state() private error = '';
  @state() private needsSignIn = false;
  @state() private announcement = '';
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('Changes waiting for review');
    void this.load();
  }

  override render() {
    return html`
      <h1>Changes waiting for review</h1>
      ${this.needsSignIn ? html`<p>Please sign in as a reviewer to see the changes providers have suggested.</p>
        <p><a class="button" href="/sign-in?next=/review/changes">Sign in</a></p>` : this.renderChanges()}
    `;
  }

  private renderChanges() {
    const changes = this.changes;
    return html`
      <p>Providers suggest changes to what the Local Offer says about their services. Nothing changes until a reviewer approves it,
        and every approved change is kept in the <a href="/review/audit">audit trail</a>.</p>
      <p role="status" tabindex="-1">${this.announcement}</p>
      ${this.error ? html`<p class="error" tabindex="-1">${this.error}</p>` : nothing}
      ${changes === null ? html`<p>Loading…</p>` : !changes.length ? html`<p>No changes are waiting for review.</p>`
        : html`<p>${changes.length === 1 ? '1 change is' : `${changes.length} changes are`} waiting for review, newest first.</p>
          <ol class="cards">${changes.map((c) => html`<li>${changeCard(c, this.current.get(c.offerId), this.handleDecide, this.busy)}</li>`)}</ol>`}
    `;
  }

  private async load(): Promise<void> {
    try {
      const changes = await changeRequests('pending');
      const offers = [...new Set(changes.map((c) => c.offerId))];
      const details = await Promise.allSettled(offers.map((id) => fetchNode<NodeDetail>(id)));
      const current = new Map<string, Record<string, string>>();
      details.forEach((d, i) => { if (d.status === 'fulfilled' && offers[i]) current.set(offers[i], currentValues(d.value)); });
      this.current = current;
      this.changes = changes;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) this.needsSignIn = true;
      else this.error = error instanceof Error ? error.message : 'The changes could not be loaded.';
    }
  }

  private readonly handleDecide: Decide = async (change, decision, note) => {
    this.busy = true;
    try {
      await decideChange(change.id, decision, note || undefined);
      this.changes = (this.changes ?? []).filter((c) => c.id !== change.id);
      this.announcement = decision === 'approve'
        ? `Approved: the change to ${change.offerName} is now published and recorded in the audit trail.`
        : `Rejected: the change to ${change.offerName} will not be published.`;
      this.error = '';
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'That decision could not be saved.';
      if (error instanceof ApiError && error.status === 409) this.changes = (this.changes ?? []).filter((c) => c.id !== change.id);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    // The card has gone: keep keyboard users where the news is.
    this.renderRoot.querySelector<HTMLElement>(this.error ? '.error' : '[role="status"]')?.focus();
  };
}
