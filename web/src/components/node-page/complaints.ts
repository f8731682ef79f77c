import { html } from 'lit';
import { resultsUrl, nodeUrl } from '../../routing/route.ts';
import type { Linked } from '../../api/types.ts';

/**
 * How to complain or appeal, in plain English: the steps every family can take, and the processes the
 * graph links this offer to (for example mediation or the SEND Tribunal).
 */
export function complaintsSection(name: string, processes: readonly Linked[]) {
  const redress = processes.filter((p) => /complain|appeal|mediat|tribunal|disagree|resolution|ombuds/i.test(`${p.id} ${p.name}`));
  return html`
    <h2 id="complain">If you are unhappy: how to complain or appeal</h2>
    <ol>
      <li>Talk to ${name} first: most problems are sorted out quickly this way. Ask for their complaints procedure.</li>
      <li>If that does not work, you can make a formal complaint to the organisation that runs or pays for it (see “Who pays for it”).</li>
      <li>For decisions about an education, health and care (EHC) needs assessment or plan, you can ask for
        <strong>mediation</strong> and appeal to the <strong>SEND Tribunal</strong>. There are time limits, so ask early.</li>
      <li>The local SEND information, advice and support service (SENDIASS) gives free, impartial help with all of this.</li>
    </ol>
    ${redress.length ? html`<p>Linked to this:</p><ul class="links">${redress.map((p) => html`<li><a href=${nodeUrl(p.id)}>${p.name}</a></li>`)}</ul>` : ''}
    <p><a href=${resultsUrl('how to complain or appeal about SEND support')}>Find help with complaints and appeals</a></p>
  `;
}
