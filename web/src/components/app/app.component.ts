import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { parseRoute, type Route } from '../../routing/route.ts';
import { ROUTE_CHANGED, interceptLinks } from '../../routing/navigate.ts';
import { readShortlist, SHORTLIST_CHANGED } from '../../state/shortlist.ts';
import { currentUser, SESSION_CHANGED } from '../../state/session.ts';
import type { PublicUser } from '../../api/types.ts';
import { PAGE_LOADERS, prefetchWhenIdle } from './pages.ts';
import { renderPage } from './render-page.ts';

/**
 * The app shell: header, navigation, the page for the current address, footer. It renders in the
 * light DOM (styled by /styles.css) so the skip link can reach <main>; each page is its own component.
 * After an in-page navigation it moves focus to the new page's heading, as GOV.UK services do.
 */
export class LoApp extends LitElement {
  @state() private route: Route = parseRoute(location.pathname, location.search);
  /** Pages whose code is here; the start page comes in the first load, so it draws without a "Loading" frame. */
  @state() private loaded = new Set<Route['page']>(['start']);
  @state() private shortlistCount = readShortlist().length;
  @state() private user: PublicUser | null = null;
  private stopIntercepting: (() => void) | undefined;
  private focusAfterRender = false;

  override createRenderRoot() {
    this.replaceChildren(); // the "Loading…" placeholder from index.html
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopIntercepting = interceptLinks(document);
    window.addEventListener('popstate', this.handleRouteChange);
    window.addEventListener(ROUTE_CHANGED, this.handleRouteChange);
    window.addEventListener(SHORTLIST_CHANGED, this.handleShortlistChange);
    window.addEventListener(SESSION_CHANGED, this.handleSessionChange);
    void this.load(this.route.page);
    this.handleSessionChange();
    prefetchWhenIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopIntercepting?.();
    window.removeEventListener('popstate', this.handleRouteChange);
    window.removeEventListener(ROUTE_CHANGED, this.handleRouteChange);
    window.removeEventListener(SHORTLIST_CHANGED, this.handleShortlistChange);
    window.removeEventListener(SESSION_CHANGED, this.handleSessionChange);
  }

  override render() {
    const reviewer = this.user && (this.user.role === 'reviewer' || this.user.role === 'admin');
    return html`
      <header class="site-header">
        <div class="width">
          <a class="service-name" href="/">Local Offer <span>SEND support near you</span></a>
          <nav aria-label="Main">
            <ul>
              <li><a href="/shortlist">Shortlist${this.shortlistCount ? ` (${this.shortlistCount})` : ''}</a></li>
              <li><a href="/you-said-we-did">You said, we did</a></li>
              <li><a href="/feedback">Give feedback</a></li>
              ${reviewer ? html`<li><a href="/review">Reviewers</a></li>` : nothing}
              <li>${this.user ? html`<a href="/review">Signed in: ${this.user.name}</a>` : html`<a href="/sign-in">Sign in</a>`}</li>
            </ul>
          </nav>
        </div>
      </header>
      <div class="width phase" role="note"><strong class="phase-tag">Demo</strong>
        The councils, services and people in this demo are made up.</div>
      <main id="main" class="width" tabindex="-1">
        ${this.loaded.has(this.route.page) ? renderPage(this.route) : html`<p class="loading">Loading…</p>`}
      </main>
      <footer class="site-footer"><div class="width">
        <p>The Local Offer shows the support for children and young people with special educational needs and disabilities (SEND),
          and their families (Children and Families Act 2014, section 30).</p>
        <ul>
          <li><a href="/you-said-we-did">You said, we did</a></li>
          <li><a href="/feedback">Tell us what you think of the Local Offer</a></li>
          <li><a href="/gaps">Where provision is thin (for commissioners)</a></li>
          <li><a href="/api/docs">API for developers</a></li>
        </ul>
      </div></footer>
    `;
  }

  override async updated(): Promise<void> {
    if (!this.focusAfterRender || !this.loaded.has(this.route.page)) return;
    this.focusAfterRender = false;
    const page = this.querySelector('main > *') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await page?.updateComplete;
    const heading = page?.shadowRoot?.querySelector('h1') ?? this.querySelector('main');
    if (heading instanceof HTMLElement) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    }
  }

  private async load(page: Route['page']): Promise<void> {
    if (this.loaded.has(page)) return;
    await PAGE_LOADERS[page]();
    this.loaded = new Set([...this.loaded, page]);
  }

  private readonly handleRouteChange = (event: Event) => {
    const next = parseRoute(location.pathname, location.search);
    const replace = event instanceof CustomEvent && (event.detail as { replace?: boolean } | null)?.replace === true;
    // Moving within the same page (a filter, a selection) keeps focus where it is; a new page takes it.
    if (!replace && next.page !== this.route.page) this.focusAfterRender = true;
    if (next.page === 'node' && this.route.page === 'node' && next.id !== this.route.id) this.focusAfterRender = true;
    this.route = next;
    void this.load(next.page);
  };

  private readonly handleShortlistChange = () => {
    this.shortlistCount = readShortlist().length;
  };

  private readonly handleSessionChange = () => {
    void currentUser().then((user) => { this.user = user; });
  };
}
