import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { auditTrail, node as fetchNode } from '../../api/endpoints.ts';
import { ApiError } from '../../api/client.ts';
import type { AuditEvent, NodeDetail } from '../../api/types.ts';
import { nodeUrl, routeUrl } from '../../routing/route.ts';
import { setTitle } from '../app/pages.ts';
import { diffStyles } from '../changes-page/diff.styles.ts';
import { auditEvent } from './audit-event.ts';

/** For reviewers: every approved change to offers, or to one offer (GET /api/audit[?offer=id]): who, when, what changed, from → to. */
export class LoAuditPage extends LitElement {
  static override styles = [sharedStyles, diffStyles];

  /** Only this offer's changes (null: every offer's). */
  @property({ attribute: false }) offer: string | null = null;
  @state() private events: AuditEvent[] | null = null;
  @state() private offerName = '';
  @state() private error = '';
  @state() private needsSignIn = false;

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('offer')) void this.load();
  }

  override render() {
    const here = routeUrl({ page: 'audit', offer: this.offer });
    return html`
      <h1>Audit trail</h1>
      ${this.needsSignIn ? html`<p>Please sign in as a reviewer to see the audit trail.</p>
        <p><a class="button" href="/sign-in?next=${encodeURIComponent(here)}">Sign in</a></p>` : this.renderEvents()}
    `;
  }

  private renderEvents() {
    const events = this.events;
    return html`
      ${this.offer ? html`<p>Changes to <a href=${nodeUrl(this.offer)}>${this.offerName || this.offer}</a>, newest first.
        <a href="/review/audit">See changes to every offer</a>.</p>`
        : html`<p>Every change approved to what the Local Offer says, newest first: who approved it, when, and what it changed.</p>`}
      <p><a href="/review/changes">Changes waiting for review</a></p>
      ${this.error ? html`<p class="error">${this.error}</p>` : nothing}
      ${events === null ? html`<p>Loading…</p>` : !events.length ? html`<p>No changes have been made${this.offer ? ' to this offer' : ''} yet.</p>`
        : html`<ol class="cards">${events.map((e) => html`<li>${auditEvent(e)}</li>`)}</ol>`}
    `;
  }

  private async load(): Promise<void> {
    this.events = null;
    this.error = '';
    this.offerName = '';
    setTitle('Audit trail');
    try {
      const [events, detail] = await Promise.all([
        auditTrail(this.offer),
        this.offer ? fetchNode<NodeDetail>(this.offer).catch(() => null) : Promise.resolve(null),
      ]);
      this.events = events;
      this.offerName = detail?.name ?? events[0]?.offerName ?? '';
      if (this.offerName) setTitle(`Audit trail: ${this.offerName}`);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) this.needsSignIn = true;
      else this.error = error instanceof Error ? error.message : 'The audit trail could not be loaded.';
    }
  }
}
