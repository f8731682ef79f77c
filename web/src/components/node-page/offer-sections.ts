import { html, nothing } from 'lit';
import type { Linked, NodeDetail, OfferDetails } from '../../api/types.ts';
import { nodeUrl } from '../../routing/route.ts';
import { complaintsSection } from './complaints.ts';

const COST: Record<string, string> = { free: 'Free', paid: 'You pay', subsidised: 'Partly paid for (subsidised)', varies: 'It depends', unknown: 'Not stated' };

const links = (items: readonly Linked[]) => html`<ul class="links">${items.map((i) => html`<li><a href=${nodeUrl(i.id)}>${i.name}</a></li>`)}</ul>`;
const fact = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);

export function ages(o: OfferDetails): string {
  const { min, max } = o.ages;
  if (min === null && max === null) return 'Any age (not stated)';
  if (min === null) return `Up to ${max} years old`;
  if (max === null) return `From ${min} years old`;
  return `${min} to ${max} years old`;
}

/** The offer's sections, in the order a parent asks: what, who for, how to get it, cost, wait, where, who to call. */
export function offerSections(node: NodeDetail, o: OfferDetails) {
  return html`
    <h2 id="what">What it is</h2>
    <p class="prose">${node.description || node.summary}</p>
    ${o.organisation ? html`<p>Run by <a href=${nodeUrl(o.organisation.id)}>${o.organisation.name}</a>.</p>` : nothing}

    <h2 id="who">Who it is for</h2>
    <dl class="facts">
      ${fact('Ages', ages(o))}
      ${fact('Needs', o.needs.length ? links(o.needs) : '')}
      ${fact('Who can use it', o.access.eligibility)}
      ${fact('Areas', o.areas.length ? o.areas.map((a) => a.name).join(', ') : o.authority ? `All of ${o.authority.name}` : '')}
    </dl>

    <h2 id="how">How to get it</h2>
    <dl class="facts">
      ${fact('Way in', o.access.routes.length ? html`${o.access.routes.map((r) => html`<p><a href=${nodeUrl(r.id)}>${r.name}</a>${r.description ? html`: ${r.description}` : nothing}</p>`)}` : o.access.routeText)}
      ${fact('Referral', o.access.referral)}
      ${fact('Cost', html`${COST[o.cost.type] ?? o.cost.type}${o.cost.detail ? html`. ${o.cost.detail}` : nothing}`)}
      ${fact('Waiting time', o.waitingTime ?? 'Not stated. Ask how long the wait is when you get in touch.')}
    </dl>

    <h2 id="where">Where and when</h2>
    <dl class="facts">
      ${o.locations.map((l) => fact(l.name ?? 'Address', html`${[l.address, l.postcode].filter(Boolean).join(', ')}${l.accessibility.length ? html`<br>Access: ${l.accessibility.join('; ')}` : nothing}`))}
      ${fact('Opening times', o.contacts.openingTimes)}
      ${fact('How it is delivered', o.delivery.join(', '))}
      ${fact('Languages', o.languages.join(', '))}
      ${fact('Accessibility', o.accessibility.join('; '))}
    </dl>
    ${!o.locations.length && !o.contacts.openingTimes && !o.delivery.length ? html`<p>Not stated.</p>` : nothing}

    <h2 id="contact">Contacts</h2>
    <dl class="facts">
      ${fact('Phone', o.contacts.phone ? html`<a href="tel:${o.contacts.phone.replace(/\s+/g, '')}">${o.contacts.phone}</a>` : '')}
      ${fact('Email', o.contacts.email ? html`<a href="mailto:${o.contacts.email}">${o.contacts.email}</a>` : '')}
      ${fact('Website', o.contacts.website ? html`<a href=${safeUrl(o.contacts.website)} rel="noopener noreferrer">${o.contacts.website}</a>` : '')}
      ${o.contacts.people.map((p) => fact(p.role ?? 'Contact', [p.name, p.phone, p.email].filter(Boolean).join(', ')))}
    </dl>
    ${!o.contacts.phone && !o.contacts.email && !o.contacts.website && !o.contacts.people.length ? html`<p>No contact details given.</p>` : nothing}

    ${o.legislation.length ? html`<h2 id="law">The law behind it, in plain English</h2>
      <div class="law">${o.legislation.map((l) => html`<h3><a href=${nodeUrl(l.id)}>${l.name}</a></h3>
        ${l.description ? html`<p>${l.description}</p>` : nothing}
        ${l.url ? html`<p><a href=${safeUrl(l.url)} rel="noopener noreferrer">Read the law itself<span class="visually-hidden">: ${l.name}</span></a></p>` : nothing}`)}</div>` : nothing}

    ${o.commissioners.length || o.commissionerNames.length ? html`<h2 id="pays">Who pays for it</h2>
      ${o.commissioners.length ? links(o.commissioners) : html`<p>${o.commissionerNames.join(', ')}</p>`}` : nothing}

    ${complaintsSection(node.name, o.processes)}
  `;
}

/** Only web addresses (never javascript: or data:) become links. */
export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
