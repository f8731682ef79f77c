import { html, nothing } from 'lit';
import type { NodeDetail } from '../../api/types.ts';
import { nodeUrl } from '../../routing/route.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import { safeUrl } from '../node-page/offer-sections.ts';

/** One shortlisted item as printed for a family: what it is, how to get it, who to call. */
export function itemCard(n: NodeDetail, remove?: () => void) {
  const o = n.offer;
  return html`<article aria-labelledby="card-${n.id}">
    <h3 id="card-${n.id}"><a href=${nodeUrl(n.id)}>${n.name}</a></h3>
    <p class="tag">${n.kindLabel || kindName(n.kind)}</p>
    <p>${n.summary || n.description}</p>
    ${o ? html`<dl>
      ${o.access.referral ? html`<dt>How to get it</dt><dd>${o.access.referral}</dd>` : nothing}
      ${o.contacts.phone ? html`<dt>Phone</dt><dd>${o.contacts.phone}</dd>` : nothing}
      ${o.contacts.email ? html`<dt>Email</dt><dd>${o.contacts.email}</dd>` : nothing}
      ${o.contacts.website ? html`<dt>Website</dt><dd><a href=${safeUrl(o.contacts.website)} rel="noopener noreferrer">${o.contacts.website}</a></dd>` : nothing}
      ${o.locations[0]?.address ? html`<dt>Address</dt><dd>${[o.locations[0].address, o.locations[0].postcode].filter(Boolean).join(', ')}</dd>` : nothing}
    </dl>` : nothing}
    ${remove ? html`<button type="button" class="secondary no-print" @click=${remove}>Remove from shortlist<span class="visually-hidden">: ${n.name}</span></button>` : nothing}
  </article>`;
}
