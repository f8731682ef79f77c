import { html, nothing } from 'lit';
import type { ReviewerFeedback } from '../../api/types.ts';
import { nodeUrl } from '../../routing/route.ts';

type Act = (item: ReviewerFeedback, status: string, form: FormData) => Promise<void>;

/** What a reviewer may do next with feedback in each status (as the API allows). */
const NEXT: Record<string, Array<{ status: string; label: string; secondary?: boolean }>> = {
  new: [{ status: 'acknowledged', label: 'Acknowledge', secondary: true }, { status: 'responded', label: 'Save response' }, { status: 'closed', label: 'Close', secondary: true }],
  acknowledged: [{ status: 'responded', label: 'Save response' }, { status: 'closed', label: 'Close', secondary: true }],
  responded: [{ status: 'published', label: 'Publish' }, { status: 'closed', label: 'Close', secondary: true }],
  published: [{ status: 'closed', label: 'Close (unpublish)', secondary: true }],
  closed: [],
};

/** One piece of feedback, its contact details (reviewers only) and the form to respond, publish or close it. */
export function feedbackCard(f: ReviewerFeedback, act: Act) {
  const actions = NEXT[f.status] ?? [];
  const contact = [f.contact.name, f.contact.email, f.contact.phone].filter(Boolean).join(', ');
  const handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const submitter = event.submitter as HTMLButtonElement | null;
    if (submitter?.value) void act(f, submitter.value, new FormData(event.target as HTMLFormElement));
  };
  return html`<article aria-labelledby="fb-${f.id}">
    <h2 id="fb-${f.id}">About ${f.about === 'local-offer' ? 'the Local Offer' : html`<a href=${nodeUrl(f.about)}>${f.aboutName}</a>`}</h2>
    <div class="meta"><span class="tag status-${f.status}">Status: ${f.status}</span><span>Received ${f.createdAt.slice(0, 10)}</span></div>
    <blockquote>${f.message}</blockquote>
    <p class="contact">${contact ? html`Contact (private): ${contact}` : 'No contact details given.'}</p>
    ${actions.length ? html`<form @submit=${handleSubmit}>
      ${f.status === 'responded' || f.status === 'published' ? html`<p><strong>Our response:</strong> ${f.response}</p>`
        : html`<div><label for="response-${f.id}">Our response</label>
          <textarea id="response-${f.id}" name="response" maxlength="5000">${f.response ?? ''}</textarea></div>`}
      ${f.status === 'responded' ? html`<div><label for="public-${f.id}">Their message, as published</label>
        <p class="hint" id="public-hint-${f.id}">Take out names and anything that could identify someone.</p>
        <textarea id="public-${f.id}" name="publicMessage" maxlength="5000" aria-describedby="public-hint-${f.id}">${f.publicMessage ?? f.message}</textarea></div>` : nothing}
      <div class="buttons">${actions.map((a) => html`<button type="submit" name="status" value=${a.status} class=${a.secondary ? 'secondary' : ''}>${a.label}<span class="visually-hidden">: feedback about ${f.aboutName}</span></button>`)}</div>
    </form>` : nothing}
  </article>`;
}
