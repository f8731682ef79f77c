import { html, nothing } from 'lit';
import type { NodeDetail, ConceptDetails } from '../../api/types.ts';
import { nodeUrl, routeUrl } from '../../routing/route.ts';
import { emptyResultsState } from '../../routing/results-state.ts';
import { safeUrl } from './offer-sections.ts';

/** A concept's sections: what it means, other names, how it relates to other things, and the provision linked to it. */
export function conceptSections(node: NodeDetail, c: ConceptDetails) {
  const groups = new Map<string, Array<{ id: string; name: string }>>();
  for (const r of c.relations) groups.set(r.label, [...(groups.get(r.label) ?? []), { id: r.id, name: r.name }]);
  const explore = routeUrl({ page: 'results', state: { ...emptyResultsState(node.name), concepts: node.id.includes(':') ? [node.id] : [] } });
  return html`
    <h2 id="what">What it means</h2>
    <p class="prose">${node.description || node.summary}</p>
    ${c.altLabels.length ? html`<p>Also called: ${c.altLabels.slice(0, 12).join(', ')}.</p>` : nothing}
    ${c.forFamilies ? html`<p class="prose">${c.forFamilies}</p>` : nothing}
    ${c.timescale ? html`<p><strong>Timescale:</strong> ${c.timescale}</p>` : nothing}
    ${c.minAge !== null || c.maxAge !== null ? html`<p><strong>Ages:</strong> ${c.minAge ?? 0} to ${c.maxAge ?? 25}</p>` : nothing}
    ${c.url ? html`<p><a href=${safeUrl(c.url)} rel="noopener noreferrer">Read the source<span class="visually-hidden">: ${node.name}</span></a></p>` : nothing}
    ${node.offers ? html`<h2 id="provision">Services and settings linked to this</h2>
      <p>${node.offers.count} service${node.offers.count === 1 ? '' : 's'} and setting${node.offers.count === 1 ? '' : 's'}.</p>
      <ul class="links">${node.offers.sample.map((o) => html`<li><a href=${nodeUrl(o.id)}>${o.name}</a></li>`)}</ul>
      <p><a href=${explore}>Explore everything around ${node.name}</a></p>` : nothing}
    ${groups.size ? html`<h2 id="related">How it relates to other things</h2>
      <dl class="facts">${[...groups].map(([label, items]) => html`<dt>${capitalise(label)}</dt><dd>${items.map((i, n) => html`${n ? ', ' : ''}<a href=${nodeUrl(i.id)}>${i.name}</a>`)}</dd>`)}</dl>` : nothing}
  `;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
