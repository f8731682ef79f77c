import { html, type TemplateResult } from 'lit';
import type { Route } from '../../routing/route.ts';

/** The element for a route, given the page's component has been loaded. */
export function renderPage(route: Route): TemplateResult {
  switch (route.page) {
    case 'start': return html`<lo-start-page></lo-start-page>`;
    case 'results': return html`<lo-results-page .state=${route.state}></lo-results-page>`;
    case 'search': return html`<lo-search-page .audience=${route.audience} .state=${route.state}></lo-search-page>`;
    case 'node': return html`<lo-node-page .nodeId=${route.id} .view=${route.view}></lo-node-page>`;
    case 'shortlist': return html`<lo-shortlist-page .ids=${route.ids}></lo-shortlist-page>`;
    case 'feedback': return html`<lo-feedback-page .about=${route.about}></lo-feedback-page>`;
    case 'you-said': return html`<lo-you-said-page></lo-you-said-page>`;
    case 'sign-in': return html`<lo-sign-in-page .next=${route.next}></lo-sign-in-page>`;
    case 'review': return html`<lo-review-page></lo-review-page>`;
    case 'review-feedback': return html`<lo-triage-page .status=${route.status}></lo-triage-page>`;
    case 'sufficiency': return html`<lo-sufficiency-page .area=${route.area}></lo-sufficiency-page>`;
    case 'review-changes': return html`<lo-changes-page></lo-changes-page>`;
    case 'audit': return html`<lo-audit-page .offer=${route.offer}></lo-audit-page>`;
    case 'gaps': return html`<lo-gaps-page .route=${route}></lo-gaps-page>`;
    case 'not-found': return html`<lo-not-found-page .path=${route.path}></lo-not-found-page>`;
  }
}
