import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { node as fetchNode } from '../../api/endpoints.ts';
import { ApiError } from '../../api/client.ts';
import type { NodeDetail, PublicUser } from '../../api/types.ts';
import { currentUser, SESSION_CHANGED } from '../../state/session.ts';
import { navigate } from '../../routing/navigate.ts';
import { routeUrl, type FrameworkView } from '../../routing/route.ts';
import type { LoEvents } from '../../events.ts';
import { setTitle } from '../app/pages.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import '../pin-button/pin-button.ts';
import '../framework-answers/framework-answers.ts';
import '../node-connections/node-connections.ts';
import '../feedback-form/feedback-form.ts';
import { nodePageStyles } from './node-page.styles.ts';
import { offerSections } from './offer-sections.ts';
import { conceptSections } from './concept-sections.ts';

/** Everything about one node (GET /api/nodes/:id): an offer's details, or a concept's meaning, and its connections. */
export class LoNodePage extends LitElement {
  static override styles = [sharedStyles, nodePageStyles];

  @property() nodeId = '';
  @property() view: FrameworkView = 'parent';
  @state() private node: NodeDetail | null = null;
  @state() private error = '';
  @state() private user: PublicUser | null = null;
  private controller: AbortController | undefined;
  private suggestRequested = false;

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('nodeId')) void this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(SESSION_CHANGED, this.handleSessionChange);
    this.handleSessionChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    window.removeEventListener(SESSION_CHANGED, this.handleSessionChange);
  }

  override updated(): void {
    // The form's code is fetched only for a provider looking at one of its own offers.
    if (this.suggestRequested || !this.node || !this.canSuggest(this.node)) return;
    this.suggestRequested = true;
    void import('../suggest-change/suggest-change.ts');
  }

  override render() {
    // The heading stays the same element while the page loads, so focus put on it by the app stays there.
    const node = this.node;
    return html`
      <p class="caption">${node ? node.kindLabel || kindName(node.kind) : ''}</p>
      <h1>${this.error || (node?.name ?? 'Loading…')}</h1>
      ${this.error ? html`<p><a href="/">Start again</a></p>` : node ? this.renderNode(node) : nothing}
    `;
  }

  private renderNode(node: NodeDetail) {
    const offer = node.offer;
    const suggest = this.canSuggest(node);
    const reviewer = offer && (this.user?.role === 'reviewer' || this.user?.role === 'admin');
    return html`
      ${node.summary && !node.description.startsWith(node.summary) ? html`<p class="lede">${node.summary}</p>` : nothing}
      ${node.retired ? html`<p class="panel">This is no longer offered.</p>` : nothing}
      <div class="actions">
        <lo-pin-button .item=${{ id: node.id, name: node.name, kind: node.kind }}></lo-pin-button>
        <a class="button secondary" href="#feedback" @click=${this.handleJump}>Give feedback</a>
        ${suggest ? html`<a class="button secondary" href="#suggest" @click=${this.handleJump}>Suggest a change</a>` : nothing}
        ${reviewer ? html`<a class="button secondary" href=${routeUrl({ page: 'audit', offer: node.id })}>Audit trail<span class="visually-hidden">: changes to ${node.name}</span></a>` : nothing}
      </div>
      <nav class="contents" aria-label="On this page"><strong>On this page</strong><ol>
        ${(offer ? [['what', 'What it is'], ['who', 'Who it is for'], ['how', 'How to get it'], ['where', 'Where and when'], ['contact', 'Contacts'],
          ...(offer.framework.length ? [['answers', 'Questions answered']] : []), ['complain', 'How to complain or appeal']]
          : [['what', 'What it means']]).map(([id, label]) => html`<li><a href="#${id}" @click=${this.handleJump}>${label}</a></li>`)}
        <li><a href="#connections" @click=${this.handleJump}>Connections</a></li>
        <li><a href="#feedback" @click=${this.handleJump}>Give feedback</a></li>
        ${suggest ? html`<li><a href="#suggest" @click=${this.handleJump}>Suggest a change</a></li>` : nothing}
      </ol></nav>
      ${offer ? offerSections(node, offer) : node.concept ? conceptSections(node, node.concept) : html`<p class="prose">${node.description}</p>`}
      ${offer?.framework.length ? html`<h2 id="answers">${node.kind === 'setting' ? 'How this setting supports children and young people with SEND' : 'Questions answered'}</h2>
        <lo-framework-answers .answers=${offer.framework} .view=${this.view} @lo-view-change=${this.handleViewChange}></lo-framework-answers>` : nothing}
      <h2 id="connections">Connections</h2>
      <lo-node-connections .nodeId=${node.id} .name=${node.name} .kind=${node.kind}></lo-node-connections>
      <section class="feedback" aria-labelledby="feedback">
        <h2 id="feedback" tabindex="-1">Give feedback</h2>
        <lo-feedback-form .about=${offer ? node.id : 'local-offer'} .aboutName=${offer ? node.name : 'the Local Offer'}></lo-feedback-form>
      </section>
      ${suggest ? html`<section class="suggest" aria-labelledby="suggest">
        <h2 id="suggest" tabindex="-1">Suggest a change</h2>
        <lo-suggest-change .node=${node}></lo-suggest-change>
      </section>` : nothing}
      ${offer?.lastReviewed ? html`<p class="reviewed">Last checked: ${offer.lastReviewed}.</p>` : nothing}
    `;
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    this.controller = new AbortController();
    this.node = null;
    this.error = '';
    try {
      this.node = await fetchNode<NodeDetail>(this.nodeId, this.controller.signal);
      setTitle(this.node.name);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.error = error instanceof ApiError && error.status === 404 ? 'We could not find that' : 'This could not be loaded just now';
      setTitle(this.error);
    }
  }

  /** A provider may suggest changes to the offers its organisation provides. */
  private canSuggest(node: NodeDetail): boolean {
    const organisation = node.offer?.organisation;
    return !!organisation && !node.retired && this.user?.role === 'provider' && this.user.organisationIds.includes(organisation.id);
  }

  private readonly handleSessionChange = () => {
    void currentUser().then((user) => { this.user = user; });
  };

  /** In-page links inside a shadow root: move focus and scroll to the section (the address stays as it is). */
  private handleJump(event: Event): void {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  private readonly handleViewChange = (event: CustomEvent<LoEvents['lo-view-change']>) => {
    navigate(routeUrl({ page: 'node', id: this.nodeId, view: event.detail.view }), { replace: true });
  };
}
