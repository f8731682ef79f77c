import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { currentUser, signOut } from '../../state/session.ts';
import { navigate } from '../../routing/navigate.ts';
import { nodeUrl } from '../../routing/route.ts';
import type { PublicUser } from '../../api/types.ts';
import { setTitle } from '../app/pages.ts';

/** The reviewers' start: changes to approve, the audit trail, feedback to triage, the sufficiency review, where provision is thin. */
export class LoReviewPage extends LitElement {
  static override styles = [sharedStyles];

  @state() private user: PublicUser | null | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    setTitle('For local authority reviewers');
    void currentUser().then((user) => { this.user = user; });
  }

  override render() {
    const reviewer = this.user && (this.user.role === 'reviewer' || this.user.role === 'admin');
    return html`
      <h1>For local authority reviewers</h1>
      <p>The authority keeps its Local Offer under review (Children and Families Act 2014, section 27) and publishes the comments it
        receives with its responses (section 30).</p>
      ${this.user === null ? html`<p><a class="button" href="/sign-in?next=/review">Sign in</a></p>` : nothing}
      ${this.user && !reviewer ? html`<p>You are signed in as ${this.user.name}, who is not a reviewer.</p>` : nothing}
      ${this.user?.role === 'provider' ? html`<p>To suggest a change to one of your organisation's services, open its page and choose
        “Suggest a change”. ${this.renderOrganisations(this.user.organisationIds)}</p>` : nothing}
      <ul>
        <li><a href="/review/changes">Changes waiting for review</a></li>
        <li><a href="/review/audit">Audit trail: who changed what, and when</a></li>
        <li><a href="/review/feedback?status=new">Feedback to triage and respond to</a></li>
        <li><a href="/review/sufficiency">Sufficiency review: unanswered questions, stale entries and feedback</a></li>
        <li><a href="/gaps">Where provision is missing or thin</a></li>
        <li><a href="/you-said-we-did">You said, we did (the public page)</a></li>
      </ul>
      ${this.user ? html`<p>Signed in as ${this.user.name}. <button type="button" class="secondary" @click=${this.handleSignOut}>Sign out</button></p>` : nothing}
    `;
  }

  /** Links to the pages of the provider's organisations, which list their services. */
  private renderOrganisations(ids: readonly string[]) {
    if (!ids.length) return nothing;
    return html`Your services are listed on ${ids.map((id, i) => html`${i ? ', ' : ''}<a href=${nodeUrl(id)}>your organisation's page${ids.length > 1 ? ` (${i + 1})` : ''}</a>`)}.`;
  }

  private async handleSignOut(): Promise<void> {
    await signOut();
    this.user = null;
    navigate('/');
  }
}
