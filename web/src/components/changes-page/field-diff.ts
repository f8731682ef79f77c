import { html } from 'lit';
import { EDITABLE_FIELDS, EDITABLE_FIELD_NAMES } from '../../api/types.ts';

/** A field's plain-English name ("waitingTime" → "Waiting time"); unknown fields keep their own name. */
export function fieldName(field: string): string {
  return (EDITABLE_FIELDS as Record<string, string>)[field] ?? field;
}

/** Field names in the order the offer page shows them, unknown ones last. */
export function orderedFields(fields: readonly string[]): string[] {
  const rank = (f: string) => {
    const i = (EDITABLE_FIELD_NAMES as readonly string[]).indexOf(f);
    return i === -1 ? EDITABLE_FIELD_NAMES.length : i;
  };
  return [...fields].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const shown = (value: string | null | undefined, empty: string) => (value?.trim() ? value : html`<em>${empty}</em>`);

export interface DiffRow {
  field: string;
  from: string | null | undefined;
  to: string | null | undefined;
}

/**
 * Each changed field as before → after, labelled in words (never colour alone), stacked on a phone and
 * side by side on a wider screen. `labels` names the two sides ("Now" / "Suggested", "Before" / "After").
 */
export function fieldDiff(rows: readonly DiffRow[], labels: { from: string; to: string }, fromUnknown = 'Not stated') {
  return html`<dl class="diff">${rows.map((r) => html`
    <div class="diff-row">
      <dt>${fieldName(r.field)}</dt>
      <dd class="from"><span class="side">${labels.from}</span><span class="text">${r.from === undefined ? html`<em>Could not be loaded</em>` : shown(r.from, fromUnknown)}</span></dd>
      <dd class="to"><span class="side">${labels.to}</span><span class="text">${shown(r.to, 'Left empty')}</span></dd>
    </div>`)}</dl>`;
}
