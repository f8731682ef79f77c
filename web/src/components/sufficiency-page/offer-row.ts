import { html, nothing } from 'lit';
import { nodeUrl } from '../../routing/route.ts';

export interface OfferReview {
  id: string;
  name: string;
  kind: 'service' | 'setting';
  questionSet: string;
  questions: number;
  answered: number;
  unanswered: Array<{ id: string; label: string }>;
  thin: Array<{ id: string; label: string; words: number }>;
  lastReviewed: string | null;
  daysSinceReview: number | null;
  stale: boolean;
  feedback: { total: number; published: number; awaitingResponse: number };
  shortfalls: Array<{ questionId: string; question: string; expectation: string; answer: string | null; missing: string[] }>;
}

/** One offer's review as a table row; the details open in place. Problems are marked with words and a sign, not colour. */
export function offerRow(o: OfferReview) {
  return html`<tr>
    <th scope="row"><a href=${nodeUrl(o.id)}>${o.name}</a><br><span class="hint">${o.kind === 'setting' ? 'Setting' : 'Service'}</span></th>
    <td>${o.answered} of ${o.questions}</td>
    <td>${o.unanswered.length || o.thin.length ? html`<details><summary>${o.unanswered.length} unanswered, ${o.thin.length} thin</summary>
      ${o.unanswered.length ? html`<p><strong>Unanswered:</strong></p><ul>${o.unanswered.map((q) => html`<li>${q.label}</li>`)}</ul>` : nothing}
      ${o.thin.length ? html`<p><strong>Thin (few words):</strong></p><ul>${o.thin.map((q) => html`<li>${q.label} (${q.words} words)</li>`)}</ul>` : nothing}
    </details>` : 'All answered'}</td>
    <td>${o.stale ? html`<span class="flag">Stale</span><br>` : nothing}${o.lastReviewed ?? 'Never'}</td>
    <td>${o.feedback.total} received, ${o.feedback.published} published${o.feedback.awaitingResponse ? html`<br><span class="flag">${o.feedback.awaitingResponse} awaiting a response</span>` : nothing}</td>
    <td>${o.shortfalls.length ? html`<details><summary>${o.shortfalls.length} shortfall${o.shortfalls.length === 1 ? '' : 's'}</summary>
      <table class="shortfall"><thead><tr><th scope="col">The authority expects</th><th scope="col">The setting says</th><th scope="col">Missing</th></tr></thead>
      <tbody>${o.shortfalls.map((s) => html`<tr><td><strong>${s.question}</strong><br>${s.expectation}</td><td>${s.answer ?? 'No answer'}</td><td>${s.missing.join(', ')}</td></tr>`)}</tbody></table>
    </details>` : o.kind === 'setting' ? 'Meets it' : '–'}</td>
  </tr>`;
}
