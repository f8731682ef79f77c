import { html, nothing } from 'lit';
import type { ChangeRequest } from '../../api/types.ts';
import { nodeUrl } from '../../routing/route.ts';
import { fieldDiff, orderedFields } from './field-diff.ts';
import { formatTime } from './format-time.ts';

export type Decide = (change: ChangeRequest, decision: 'approve' | 'reject', note: string) => Promise<void>;

/**
 * One suggested change: who asked and when, their note, each field as it is now → as suggested,
 * and the form to approve or reject it. `current` is the offer's values now (undefined: not loaded).
 */
export function changeCard(c: ChangeRequest, current: Record<string, string> | undefined, decide: Decide, busy: boolean) {
  const changes: Readonly<Record<string, string | undefined>> = c.changes;
  const rows = orderedFields(Object.keys(changes)).map((field) => ({ field, from: current ? current[field] ?? '' : undefined, to: changes[field] }));
  const handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const decision = (event.submitter as HTMLButtonElement | null)?.value;
    const note = String(new FormData(event.target as HTMLFormElement).get('note') ?? '').trim();
    if (decision === 'approve' || decision === 'reject') void decide(c, decision, note);
  };
  return html`<article aria-labelledby="ch-${c.id}">
    <h2 id="ch-${c.id}">Change to <a href=${nodeUrl(c.offerId)}>${c.offerName}</a></h2>
    <p class="meta">Suggested by ${c.requestedBy} on <time datetime=${c.requestedAt}>${formatTime(c.requestedAt)}</time></p>
    ${c.note ? html`<p><strong>Their note:</strong> ${c.note}</p>` : nothing}
    ${fieldDiff(rows, { from: 'Now', to: 'Suggested' })}
    <form @submit=${handleSubmit}>
      <div><label for="note-${c.id}">Note about your decision (optional)</label>
        <p class="hint" id="note-hint-${c.id}">For example, why you are rejecting it. It is kept with the decision.</p>
        <textarea id="note-${c.id}" name="note" maxlength="2000" aria-describedby="note-hint-${c.id}"></textarea></div>
      <div class="buttons">
        <button type="submit" value="approve" ?disabled=${busy}>Approve and publish<span class="visually-hidden">: change to ${c.offerName}</span></button>
        <button type="submit" value="reject" class="warning" ?disabled=${busy}>Reject<span class="visually-hidden">: change to ${c.offerName}</span></button>
      </div>
    </form>
  </article>`;
}
