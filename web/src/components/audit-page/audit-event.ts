import { html } from 'lit';
import type { AuditEvent } from '../../api/types.ts';
import { nodeUrl } from '../../routing/route.ts';
import { fieldDiff, orderedFields } from '../changes-page/field-diff.ts';
import { formatTime } from '../changes-page/format-time.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One entry of the audit trail: which offer, what happened, who did it and when, and each field from → to. */
export function auditEvent(e: AuditEvent) {
  const rows = orderedFields(Object.keys(e.changes)).map((field) => ({ field, from: e.changes[field]?.from ?? null, to: e.changes[field]?.to ?? null }));
  return html`<article aria-labelledby="ev-${e.id}">
    <h2 id="ev-${e.id}"><a href=${nodeUrl(e.offerId)}>${e.offerName}</a></h2>
    <p class="meta">${capitalise(e.action)} by ${e.by} on <time datetime=${e.at}>${formatTime(e.at)}</time>${e.requestedBy ? html`, suggested by ${e.requestedBy}` : ''}</p>
    ${fieldDiff(rows, { from: 'Before', to: 'After' })}
  </article>`;
}
